// TeX to HTML with KaTeX, locked down: no \href/\url/\htmlData (trust: false), bounded macro
// expansion and sizes, errors shown inline instead of thrown. No DOM: the math worker
// (math-ahead.worker.ts) typesets with it too.
import type { KatexApi } from '@/components/markdown/lazy-modules';
import { isPlainKatexMarkup } from '@/components/markdown/katex-markup-check';

const maxTexLength = 5_000;

/** How every formula is typeset (with `displayMode` per formula). */
export const KATEX_OPTIONS = {
  throwOnError: false,
  trust: false,
  strict: 'ignore',
  maxExpand: 500,
  maxSize: 20,
  output: 'htmlAndMathml',
  errorColor: '#cc0000',
} as const;

/** The key a formula's HTML is cached under. */
export function mathKey(tex: string, display: boolean): string {
  return `${display ? 'D' : 'I'}${tex}`;
}

/**
 * KaTeX's HTML for `tex`, and whether it would pass its sanitizer unchanged
 * (katex-markup-check.ts); null when it is too long or KaTeX fails.
 */
export function typesetMath(
  katex: KatexApi,
  tex: string,
  display: boolean,
): { html: string; plain: boolean } | null {
  if (tex.length > maxTexLength) return null;
  try {
    const html = katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: display });
    return { html, plain: isPlainKatexMarkup(html) };
  } catch {
    return null;
  }
}
