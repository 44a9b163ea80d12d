// How far the scroller holding an element is from its end, in px: whether the conversation
// follows a streaming answer. Shared by the e2e tests and the benchmarks.
import type { ElementHandle, Locator } from '@playwright/test';

/** The scroller holding `inside`: its nearest ancestor that scrolls vertically. */
export function scrollerOf(inside: Locator): Promise<ElementHandle<HTMLElement>> {
  return inside.evaluateHandle((element) => {
    let scroller = element.parentElement;
    while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowY))
      scroller = scroller.parentElement;
    if (!scroller) throw new Error('the element is in no scroller');
    return scroller;
  });
}

export async function distanceToEnd(inside: Locator): Promise<number> {
  const scroller = await scrollerOf(inside);
  try {
    return await scroller.evaluate(
      (element) => element.scrollHeight - element.scrollTop - element.clientHeight,
    );
  } finally {
    await scroller.dispose();
  }
}
