// Renders untrusted, possibly still-streaming model output as rich, safe markdown.
// The text is split into top-level blocks (re-lexing only the growing end), each block is a
// memoized child keyed by index, and the last block is repaired while it is still arriving.
// Blocks come in groups, so a long answer costs each update and each frame only its last group.
// Text that streams in faster than it renders is revealed over several frames.
import { useMemo, useState } from 'react';
import type { MouseEvent } from 'react';
import { copyText } from '@/lib/clipboard';
import { cx } from '@/lib/cx';
import { blocksPerGroup, MarkdownGroup } from '@/components/markdown/markdown-group';
import { createBlockSplitter } from '@/components/markdown/split-blocks';
import { useRevealedText } from '@/components/markdown/use-revealed-text';
import { useTypesetMathAhead } from '@/components/markdown/use-typeset-math-ahead';
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
  const groups = Math.ceil(split.blocks.length / blocksPerGroup);
  return Array.from({ length: groups }, (_, group) => (
    <MarkdownGroup
      // Blocks only ever grow at the end, so the index is a stable identity.
      key={group}
      blocks={split.blocks}
      from={group * blocksPerGroup}
      to={Math.min((group + 1) * blocksPerGroup, split.blocks.length)}
      streamingIndex={streaming ? last : -1}
      definitions={definitions}
    />
  ));
}

function RichMarkdown({ text, streaming, className }: { text: string; streaming: boolean; className: string }) {
  const revealed = useRevealedText(text, streaming);
  useTypesetMathAhead(text, revealed.text.length, revealed.revealing);
  const growing = streaming || revealed.revealing;
  return (
    <div className={className} aria-busy={growing || undefined} onClick={handleClick}>
      <MarkdownBlocks text={revealed.text} streaming={growing} />
    </div>
  );
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
    <RichMarkdown
      text={text}
      streaming={streaming}
      className={cx('md-root', variant === 'reasoning' && 'md-reasoning', className)}
    />
  );
}
