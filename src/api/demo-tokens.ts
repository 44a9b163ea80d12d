// Token arithmetic for the demo: about four characters a token, the usual rule of thumb for
// English text, and the pieces a streamed answer is cut into.

export const CHARS_PER_TOKEN = 4;
const MAX_PIECE_CHARS = 48;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function estimateTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN);
}

/** The longest prefix of `text` that fits in `tokens`, never splitting a surrogate pair. */
export function truncateToTokens(text: string, tokens: number): string {
  const limit = Math.max(0, tokens) * CHARS_PER_TOKEN;
  if (text.length <= limit) return text;
  let end = limit;
  if (isHighSurrogate(text.charCodeAt(end - 1))) end--;
  return text.slice(0, end);
}

/**
 * Cuts text into stream pieces of one to three words each (a word keeps its leading space or
 * newlines), the way a server flushes a few tokens at a time. Very long words are split so no
 * piece runs much past a dozen tokens.
 */
export function splitIntoPieces(text: string, random: () => number): string[] {
  const words = text.match(/\s*\S+|\s+$/g) ?? [];
  const pieces: string[] = [];
  let i = 0;
  while (i < words.length) {
    const count = 1 + Math.floor(random() * 3);
    const piece = words.slice(i, i + count).join('');
    i += count;
    let start = 0;
    while (start < piece.length) {
      let end = Math.min(piece.length, start + MAX_PIECE_CHARS);
      if (end < piece.length && isHighSurrogate(piece.charCodeAt(end - 1))) end--;
      pieces.push(piece.slice(start, end));
      start = end;
    }
  }
  return pieces;
}
