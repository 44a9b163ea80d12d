// TeX to HTML with KaTeX, locked down: no \href/\url/\htmlData (trust: false), bounded macro
// expansion and sizes, errors shown inline instead of thrown, and the output checked against the
// sanitizer's allow-list (sanitized where it does not pass).
import type { KatexApi } from '@/components/markdown/lazy-modules';
import { isPlainKatexMarkup } from '@/components/markdown/katex-markup-check';
import { sanitizeKatexHtml } from '@/components/markdown/sanitize-katex';

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
const cacheSize = 256;
const cache = new Map<string, string>();

/** Sanitized KaTeX HTML for `tex`, or null when it is too long to typeset. */
export function renderMathToSafeHtml(
  katex: KatexApi,
  tex: string,
  display: boolean,
): string | null {
  if (tex.length > maxTexLength) return null;
  const key = `${display ? 'D' : 'I'}${tex}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  let html: string;
  try {
    html = katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: display });
  } catch {
    return null;
  }
  // Markup the sanitizer would return unchanged skips it (katex-markup-check.ts).
  const safe = isPlainKatexMarkup(html) ? html : sanitizeKatexHtml(html);
  cache.set(key, safe);
  if (cache.size > cacheSize) cache.delete(cache.keys().next().value ?? '');
  return safe;
}
