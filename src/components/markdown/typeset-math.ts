// TeX to MathML with Temml, locked down: no \href/\url/\includegraphics (trust: false), bounded
// macro expansion and sizes, errors shown inline instead of thrown. The browser draws the
// MathML itself: a formula is ~25 elements, where KaTeX's HTML rendering was ~85, most of them
// positioned boxes. No DOM: the math worker (math-ahead.worker.ts) typesets with it too.
import type { MathApi } from '@/components/markdown/lazy-modules';
import { isPlainMathMarkup } from '@/components/markdown/math-markup-check';

const maxTexLength = 5_000;

/** How every formula is typeset (with `displayMode` per formula). */
export const MATH_OPTIONS = {
  throwOnError: false,
  trust: false,
  strict: false,
  maxExpand: 500,
  // [em, pt]: \rule, \kern and friends cannot draw boxes bigger than about a screen.
  maxSize: [20, 200] as [number, number],
  // Inline formulas may break after a relation or an operator, as TeX does: phone widths.
  wrap: 'tex',
  errorColor: '#cc0000',
} as const;

/** The key a formula's markup is cached under. */
export function mathKey(tex: string, display: boolean): string {
  return `${display ? 'D' : 'I'}${tex}`;
}

/**
 * Temml's MathML for `tex`, and whether it would pass its sanitizer unchanged
 * (math-markup-check.ts); null when it is too long or Temml fails.
 */
export function typesetMath(
  typesetter: MathApi,
  tex: string,
  display: boolean,
): { html: string; plain: boolean } | null {
  if (tex.length > maxTexLength) return null;
  try {
    const html = typesetter.renderToString(tex, { ...MATH_OPTIONS, displayMode: display });
    return { html, plain: isPlainMathMarkup(html) };
  } catch {
    return null;
  }
}
