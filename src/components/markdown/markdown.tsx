// Renders untrusted, possibly still-streaming model output as rich, safe markdown.
// The text is split into top-level blocks (re-lexing only the growing end), each block is a
// memoized child keyed by index, and the last block is repaired while it is still arriving.
import { useMemo, useState } from 'react';
import type { MouseEvent } from 'react';
import { copyText } from '@/lib/clipboard';
import { cx } from '@/lib/cx';
import { MarkdownBlock } from '@/components/markdown/markdown-block';
import { definitionsFor } from '@/components/markdown/render-markdown';
import { createBlockSplitter } from '@/components/markdown/split-blocks';
import '@/components/markdown/markdown.css';

export type MarkdownVariant = 'answer' | 'reasoning' | 'plain';

export interface MarkdownProps {
  text: string;
  /** The text is still growing: repair its unfinished end instead of showing raw markup. */
  streaming?: boolean;
  /** `reasoning` is smaller and muted; `plain` shows the text as is, without markdown. */
  variant?: MarkdownVariant;
  className?: string;
}

const copyResetMs = 1500;

// Code blocks are HTML strings, so their clipboard buttons are handled here by delegation.
function handleClick(event: MouseEvent<HTMLDivElement>) {
  const target = event.target;
  if (!(target instanceof Element)) return;
  const button = target.closest<HTMLButtonElement>('button[data-md-copy]');
  if (!button || !event.currentTarget.contains(button)) return;
  const code = button.closest('.md-code')?.querySelector('pre code')?.textContent ?? '';
  void copyText(code).then((copied) => {
    button.textContent = copied ? 'On the clipboard' : 'Clipboard blocked';
    button.dataset.state = copied ? 'copied' : 'failed';
    window.setTimeout(() => {
      button.textContent = 'To clipboard';
      delete button.dataset.state;
    }, copyResetMs);
  });
}

function MarkdownBlocks({ text, streaming }: { text: string; streaming: boolean }) {
  const [splitter] = useState(createBlockSplitter);
  const split = useMemo(() => splitter.split(text), [splitter, text]);
  // While streaming, a definition still being typed would re-render every block that uses it.
  const definitions = streaming ? split.stableDefinitions : split.definitions;
  const last = split.blocks.length - 1;
  return split.blocks.map((block, index) => (
    <MarkdownBlock
      // Blocks only ever grow at the end, so the index is a stable identity.
      key={index}
      index={index}
      source={block.source}
      streaming={streaming && index === last}
      definitions={definitionsFor(block, definitions)}
    />
  ));
}

export function Markdown({
  text,
  streaming = false,
  variant = 'answer',
  className,
}: MarkdownProps) {
  if (variant === 'plain') {
    return <div className={cx('md-root md-plain', className)}>{text}</div>;
  }
  return (
    <div
      className={cx('md-root', variant === 'reasoning' && 'md-reasoning', className)}
      aria-busy={streaming || undefined}
      onClick={handleClick}
    >
      <MarkdownBlocks text={text} streaming={streaming} />
    </div>
  );
}
