import { describe, expect, it } from 'vitest';
import { createLatestValueSignal } from '@/lib/latest-value-signal';

describe('createLatestValueSignal', () => {
  it('tells every listener of each value, in order', () => {
    const signal = createLatestValueSignal<string | null>();
    const heard: (string | null)[] = [];
    signal.subscribe((value) => heard.push(value));
    signal.publish('full');
    signal.publish(null);
    expect(heard).toEqual(['full', null]);
  });

  it('gives a late listener the latest value at once, but not a null one', () => {
    const signal = createLatestValueSignal<string | null>();
    signal.publish('first');
    signal.publish('second');
    const late: (string | null)[] = [];
    signal.subscribe((value) => late.push(value));
    expect(late).toEqual(['second']);

    signal.publish(null);
    const later: (string | null)[] = [];
    signal.subscribe((value) => later.push(value));
    expect(later).toEqual([]);
  });

  it('stops telling a listener once it unsubscribes', () => {
    const signal = createLatestValueSignal<number>();
    const heard: number[] = [];
    const unsubscribe = signal.subscribe((value) => heard.push(value));
    signal.publish(1);
    unsubscribe();
    signal.publish(2);
    expect(heard).toEqual([1]);
  });
});
