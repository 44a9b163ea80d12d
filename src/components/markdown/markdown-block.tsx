// One top-level block of a message, memoized: while an answer streams, the blocks before the
// last keep their props and are skipped by React, so each token costs one block's render.
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { highlighterModule, mathModule } from '@/components/markdown/lazy-modules';
import { patchMarkup } from '@/components/markdown/patch-markup';
import { renderMarkdownBlock } from '@/components/markdown/render-markdown';
import { repairStreamingMarkdown } from '@/components/markdown/repair-streaming';
import { blockRenderProbe } from '@/components/markdown/render-probe';
import { useLazyModule } from '@/components/markdown/use-lazy-module';

export interface MarkdownBlockProps {
  index: number;
  source: string;
  /** This is the growing last block of a streaming answer. */
  streaming: boolean;
  /** The last block of its group (markdown-groups.css drops its bottom margin). */
  groupEnd: boolean;
  definitions: string;
}

// Cheap pre-checks so that blocks without code or math never re-render when a module loads.
const mayHaveCode = /```|~~~/;
const mayHaveMath = /\$|\\[([]/;
/** Block math can be unclosed, which only the streaming renderer shows as pending. */
const mayOpenBlockMath = /\$\$|\\\[/;

// A growing block is rendered again on every update, at a cost that grows with its size. Past
// these sizes it is shown without highlighting, and rendered again only once it has grown by a
// quarter, so one huge block (a long table, a long program) cannot make every frame long.
const streamingHighlightLimit = 8 * 1024;
const bigStreamingBlock = 16 * 1024;
const bigBlockGrowth = 1.25;

/** The source to render: a big growing block keeps its last rendering until it has grown enough. */
function useThrottledSource(source: string, streaming: boolean): string {
  const [rendered, setRendered] = useState(source);
  if (!streaming || source.length <= bigStreamingBlock) return source;
  if (source.length < rendered.length * bigBlockGrowth && source.startsWith(rendered)) return rendered;
  if (rendered !== source) setRendered(source);
  return source;
}

export const MarkdownBlock = memo(function MarkdownBlock({
  index,
  source,
  streaming,
  groupEnd,
  definitions,
}: MarkdownBlockProps) {
  blockRenderProbe.onRender?.(index);
  const shown = useThrottledSource(source, streaming);
  // A growing block that needs no repair renders as it will once complete, so it is rendered
  // as complete at once: when the next block starts, this one is not rendered again.
  const repairs = streaming && (mayOpenBlockMath.test(shown) || repairStreamingMarkdown(shown) !== shown);
  const highlight = mayHaveCode.test(shown) && !(streaming && shown.length > streamingHighlightLimit);
  const highlighter = useLazyModule(highlighterModule, highlight);
  const typesetter = useLazyModule(mathModule, mayHaveMath.test(shown));
  const rendered = useMemo(
    () =>
      renderMarkdownBlock(shown, {
        streaming: repairs,
        definitions,
        copyButtons: true,
        highlighter,
        typesetter,
      }),
    [shown, repairs, definitions, highlighter, typesetter],
  );

  const { usesCode, usesMath } = rendered;
  useEffect(() => {
    if (usesCode) void highlighterModule.load();
    if (usesMath) void mathModule.load();
  }, [usesCode, usesMath]);

  // The markup is put in place by patching, not innerHTML: a growing block keeps what it had.
  const element = useRef<HTMLDivElement>(null);
  const { html } = rendered;
  useLayoutEffect(() => {
    if (element.current) patchMarkup(element.current, html);
  }, [html]);

  if (!html) return null;
  return <div ref={element} className={groupEnd ? 'md-block md-block-end' : 'md-block'} />;
});
