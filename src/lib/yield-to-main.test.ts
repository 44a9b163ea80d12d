import { describe, expect, it } from 'vitest';
import { createYielder } from '@/lib/yield-to-main';

describe('createYielder', () => {
  it('does not yield while the loop is within its budget', () => {
    const yielder = createYielder(60_000);
    expect(yielder.maybeYield()).toBeUndefined();
  });

  it('yields once the budget is spent, then starts a new slice', async () => {
    const yielder = createYielder(5);
    const start = performance.now();
    while (performance.now() - start < 10) {
      // busy: spend the budget
    }
    const pending = yielder.maybeYield();
    expect(pending).toBeInstanceOf(Promise);
    await pending;
    expect(yielder.maybeYield()).toBeUndefined();
  });

  it('starts a new slice after a wait, so waiting is not charged as work', () => {
    const yielder = createYielder(5);
    const start = performance.now();
    while (performance.now() - start < 10) {
      // the loop waited for the network here
    }
    yielder.restart();
    expect(yielder.maybeYield()).toBeUndefined();
  });
});
