// TeX to MathML with Temml, locked down: no \href/\url/\includegraphics (trust: false), bounded
// macro expansion and sizes. A formula Temml cannot read shows its TeX in red, the reason on
// hover (Temml's own error output writes the whole message into the text). The browser draws the
// MathML itself: a formula is ~25 elements, where KaTeX's HTML rendering was ~85, most of them
// positioned boxes. No DOM: the math worker (math-ahead.worker.ts) typesets with it too.
import type { MathApi } from '@/components/markdown/lazy-modules';
import { escapeHtml } from '@/lib/escape-html';
import { isPlainMathMarkup } from '@/components/markdown/math-markup-check';

const maxTexLength = 5_000;
/** Past this much markup a formula is shown as TeX: a few nested macros expand to megabytes. */
const maxMarkupLength = 200_000;

/** How every formula is typeset (with `displayMode` per formula). */
export const MATH_OPTIONS = {
  throwOnError: true,
  trust: false,
  strict: false,
  maxExpand: 500,
  // [em, pt]: \rule, \kern and friends cannot draw boxes bigger than about a screen.
  maxSize: [20, 200] as [number, number],
  // Inline formulas may break after a relation or an operator, as TeX does: phone widths.
  wrap: 'tex',
} as const;

/** The key a formula's markup is cached under. */
export function mathKey(tex: string, display: boolean): string {
  return `${display ? 'D' : 'I'}${tex}`;
}

/** The TeX of a formula that could not be typeset, with the reason as its tooltip. */
function errorMarkup(tex: string, error: unknown): string {
  // "Unsupported function name: \foo at position 1: …": the position repeats the TeX.
  const reason = error instanceof Error ? error.message.split(' at position ')[0]?.trim() : '';
  const title = `Not typeset: ${reason || 'the TeX could not be read'}`;
  return `<span class="md-math-error" title="${escapeHtml(title)}">${escapeHtml(tex)}</span>`;
}

/**
 * Temml's MathML for `tex` (or its TeX marked as an error), and whether it would pass its
 * sanitizer unchanged (math-markup-check.ts); null when it is too long to typeset.
 */
export function typesetMath(
  typesetter: MathApi,
  tex: string,
  display: boolean,
): { html: string; plain: boolean } | null {
  if (tex.length > maxTexLength) return null;
  let html: string;
  try {
    html = typesetter.renderToString(tex, { ...MATH_OPTIONS, displayMode: display });
  } catch (error) {
    html = errorMarkup(tex, error);
  }
  if (html.length > maxMarkupLength)
    html = errorMarkup(tex, new Error('it expands to too much markup'));
  return { html, plain: isPlainMathMarkup(html) };
}
