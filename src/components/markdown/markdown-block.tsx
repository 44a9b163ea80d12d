// One top-level block of a message, memoized: while an answer streams, the blocks before the
// last keep their props and are skipped by React, so each token costs one block's render.
import { memo, useEffect, useMemo } from 'react';
import { highlighterModule, katexModule } from '@/components/markdown/lazy-modules';
import { renderMarkdownBlock } from '@/components/markdown/render-markdown';
import { blockRenderProbe } from '@/components/markdown/render-probe';
import { useLazyModule } from '@/components/markdown/use-lazy-module';

export interface MarkdownBlockProps {
  index: number;
  source: string;
  /** This is the growing last block of a streaming answer. */
  streaming: boolean;
  definitions: string;
}

// Cheap pre-checks so that blocks without code or math never re-render when a module loads.
const mayHaveCode = /```|~~~/;
const mayHaveMath = /\$|\\[([]/;

export const MarkdownBlock = memo(function MarkdownBlock({
  index,
  source,
  streaming,
  definitions,
}: MarkdownBlockProps) {
  blockRenderProbe.onRender?.(index);
  const highlighter = useLazyModule(highlighterModule, mayHaveCode.test(source));
  const katex = useLazyModule(katexModule, mayHaveMath.test(source));
  const rendered = useMemo(
    () =>
      renderMarkdownBlock(source, {
        streaming,
        definitions,
        copyButtons: true,
        highlighter,
        katex,
      }),
    [source, streaming, definitions, highlighter, katex],
  );

  const { usesCode, usesMath } = rendered;
  useEffect(() => {
    if (usesCode) void highlighterModule.load();
    if (usesMath) void katexModule.load();
  }, [usesCode, usesMath]);

  if (!rendered.html) return null;
  return <div className="md-block" dangerouslySetInnerHTML={{ __html: rendered.html }} />;
});
