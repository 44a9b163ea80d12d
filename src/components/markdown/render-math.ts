// Formulas as safe MathML, cached: Temml's markup is sanitized unless it passes the sanitizer's
// allow-list unchanged (typeset-math.ts).
import type { MathApi } from '@/components/markdown/lazy-modules';
import { sanitizeMathHtml } from '@/components/markdown/sanitize-math';
import { mathKey, typesetMath } from '@/components/markdown/typeset-math';

const cacheSize = 256;
const cache = new Map<string, string>();

function remember(key: string, safeHtml: string): void {
  cache.delete(key);
  cache.set(key, safeHtml);
  if (cache.size > cacheSize) cache.delete(cache.keys().next().value ?? '');
}

/** Sanitized MathML for `tex`, or null when it is too long to typeset. */
export function renderMathToSafeHtml(
  typesetter: MathApi,
  tex: string,
  display: boolean,
): string | null {
  const key = mathKey(tex, display);
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const typeset = typesetMath(typesetter, tex, display);
  if (!typeset) return null;
  const safe = typeset.plain ? typeset.html : sanitizeMathHtml(typeset.html);
  remember(key, safe);
  return safe;
}

/**
 * A formula typeset elsewhere (the math worker) whose markup passed the same allow-list check,
 * so it is shown as is when a block needs it.
 */
export function rememberPlainMath(tex: string, display: boolean, html: string): void {
  remember(mathKey(tex, display), html);
}
