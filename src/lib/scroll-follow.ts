// A scroller that follows its growing end (an answer streaming in, live stream events) until
// the reader scrolls away. Whether the reader left cannot be read from the distance to the end
// alone: content that grows between the follower's scroll to the end and the next scroll event
// (a big render on a slow machine, a burst of text) leaves the end far below without anyone
// scrolling, and taking that for the reader's move stopped the following for good within the
// first second of a fast 20,000-token answer. Only a move up is the reader's.

export interface ScrollPosition {
  scrollTop: number;
  scrollHeight: number;
  clientHeight: number;
}

function distanceToEnd({ scrollTop, scrollHeight, clientHeight }: ScrollPosition): number {
  return scrollHeight - scrollTop - clientHeight;
}

/**
 * Whether the end is followed after a scroll event that moved the view from `previousTop` to
 * `position`: near the end it is; away from it, only if it was and the view did not move up.
 */
export function followsEndAfterScroll(
  wasFollowing: boolean,
  previousTop: number,
  position: ScrollPosition,
  nearEndPx: number,
): boolean {
  if (distanceToEnd(position) < nearEndPx) return true;
  return wasFollowing && position.scrollTop >= previousTop;
}
