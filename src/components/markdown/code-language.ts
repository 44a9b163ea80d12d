// What a code fence's info string names: the language, cleaned, and whether it is a ```math
// fence (display math, not code). Shared by the renderer and the formula finder.
import type { Tokens } from 'marked';

export function cleanLanguage(info: string | undefined): string {
  const word = (info ?? '').trim().split(/\s+/)[0] ?? '';
  // `{.python}` and `js"…` style info strings: keep the leading run of name characters.
  return /^[\w+#-][\w+#.-]{0,31}/.exec(word.replace(/^[{.]+/, ''))?.[0] ?? '';
}

/** A ```math fence: display math, not code. */
export function isMathFence(token: Tokens.Code): boolean {
  return token.codeBlockStyle !== 'indented' && cleanLanguage(token.lang).toLowerCase() === 'math';
}
