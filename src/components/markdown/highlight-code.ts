// Syntax highlighting with highlight.js, once it has been loaded. Results are cached because a
// remounted message (switching conversations) would otherwise highlight every block again.
import type { HLJSApi } from 'highlight.js';

// Past this size highlighting a block on every streamed token costs more than it is worth.
const maxHighlightLength = 60_000;
const cacheSize = 64;
const cache = new Map<string, string>();

/** Highlighted HTML (escaped code inside `<span class="hljs-…">`), or null for plain text. */
export function highlightCode(hljs: HLJSApi, code: string, language: string): string | null {
  if (!language || code.length > maxHighlightLength || !hljs.getLanguage(language)) return null;
  const key = `${language}\u0000${code}`;
  const cached = cache.get(key);
  if (cached !== undefined) {
    cache.delete(key);
    cache.set(key, cached);
    return cached;
  }
  let html: string;
  try {
    html = hljs.highlight(code, { language, ignoreIllegals: true }).value;
  } catch {
    return null;
  }
  cache.set(key, html);
  if (cache.size > cacheSize) cache.delete(cache.keys().next().value ?? '');
  return html;
}
