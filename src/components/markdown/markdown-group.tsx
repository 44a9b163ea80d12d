// A run of consecutive blocks of one message. A long answer has thousands of blocks; in groups,
// an update reconciles one memoized group per run instead of every block, and off screen the
// browser skips a group's style, layout, paint and hit testing (content-visibility,
// markdown-groups.css), so a frame costs what is on screen, not the length of the answer.
// Every group is such a box from its first block on, so nothing about a group changes when it
// fills: a change that any selector sees restyles the whole group (~800 elements).
import { memo } from 'react';
import { MarkdownBlock } from '@/components/markdown/markdown-block';
import { definitionsFor } from '@/components/markdown/render-markdown';
import type { MarkdownBlockSource } from '@/components/markdown/split-blocks';
import '@/components/markdown/markdown-groups.css';

export const blocksPerGroup = 24;

export interface MarkdownGroupProps {
  /** Every block of the message; this group shows `blocks[from..to)`. */
  blocks: readonly MarkdownBlockSource[];
  from: number;
  to: number;
  /** The block still growing (-1: none), which keeps its group open. */
  streamingIndex: number;
  definitions: string;
}

/** Until measured by being on screen, a skipped group takes this much room (then its last size). */
function estimatedHeightPx(blocks: readonly MarkdownBlockSource[], from: number, to: number): number {
  let height = 0;
  for (let index = from; index < to; index++) {
    const source = (blocks[index] as MarkdownBlockSource).source;
    let lines = 1;
    for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) lines++;
    height += 12 + Math.max(lines * 16, (source.length / 90) * 26);
  }
  return Math.round(height);
}

function holdsStreaming({ from, to, streamingIndex }: Pick<MarkdownGroupProps, 'from' | 'to' | 'streamingIndex'>): boolean {
  return streamingIndex >= from && streamingIndex < to;
}

function sameGroup(previous: MarkdownGroupProps, next: MarkdownGroupProps): boolean {
  if (
    previous.from !== next.from ||
    previous.to !== next.to ||
    previous.definitions !== next.definitions
  )
    return false;
  if (holdsStreaming(previous) || holdsStreaming(next)) {
    if (previous.streamingIndex !== next.streamingIndex) return false;
  }
  for (let index = next.from; index < next.to; index++) {
    if (previous.blocks[index] !== next.blocks[index]) return false;
  }
  return true;
}

export const MarkdownGroup = memo(function MarkdownGroup({
  blocks,
  from,
  to,
  streamingIndex,
  definitions,
}: MarkdownGroupProps) {
  // While the message grows, only a full group's last block is marked: the mark moving from
  // block to block as blocks are appended restyled the whole block it left (a formula is ~85
  // elements). The growing group's last block keeps its bottom margin until the message ends.
  const endIndex = streamingIndex === -1 || to - from === blocksPerGroup ? to - 1 : -1;
  const children = [];
  for (let index = from; index < to; index++) {
    const block = blocks[index] as MarkdownBlockSource;
    children.push(
      <MarkdownBlock
        key={index}
        index={index}
        source={block.source}
        streaming={index === streamingIndex}
        groupEnd={index === endIndex}
        definitions={definitionsFor(block, definitions)}
      />,
    );
  }
  return (
    <div className="md-group" style={{ containIntrinsicSize: `auto ${estimatedHeightPx(blocks, from, to)}px` }}>
      {children}
    </div>
  );
}, sameGroup);
