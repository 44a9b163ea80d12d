// How far the scroller holding an element is from its end, in px: whether the conversation
// follows a streaming answer. Shared by the e2e tests and the benchmarks.
import type { Locator } from '@playwright/test';

export function distanceToEnd(inside: Locator): Promise<number> {
  return inside.evaluate((element) => {
    let scroller = element.parentElement;
    while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowY))
      scroller = scroller.parentElement;
    if (!scroller) throw new Error('the element is in no scroller');
    return scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight;
  });
}
