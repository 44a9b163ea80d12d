// A word-level diff of two texts: the longest common subsequence of their words, with the
// whitespace carried along. Pure and synchronous; big inputs degrade to a coarse diff instead of
// eating memory.

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** Past this many table cells (words × words) the middle is reported as removed + added. */
const MAX_CELLS = 16_000_000;

/** Words, each with the whitespace that follows it, so joining the tokens gives the text back. */
export function wordTokens(text: string): string[] {
  return text.match(/\s+|\S+\s*/g) ?? [];
}

/** Compares tokens by their word only: a changed line break is not a changed word. */
const word = (token: string) => token.trimEnd();

function push(parts: DiffPart[], kind: DiffPart['kind'], text: string) {
  if (!text) return;
  const last = parts[parts.length - 1];
  // Tokens from the two sides meet here: keep a space between words (the last word of a text
  // has no trailing whitespace of its own).
  if (last && !/\s$/.test(last.text) && !/^\s/.test(text)) last.text += ' ';
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/**
 * `before` → `after` as runs of unchanged, removed and added text. Unchanged runs take their
 * text from `after`; joining `same` + `removed` gives `before`'s words, `same` + `added` gives `after`'s.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = wordTokens(before);
  const b = wordTokens(after);
  // A common head and tail cost nothing to match and shrink the table.
  let head = 0;
  while (head < a.length && head < b.length && word(a[head]!) === word(b[head]!)) head += 1;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    word(a[a.length - 1 - tail]!) === word(b[b.length - 1 - tail]!)
  )
    tail += 1;

  const parts: DiffPart[] = [];
  push(parts, 'same', b.slice(0, head).join(''));
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  for (const part of diffMiddle(midA, midB)) push(parts, part.kind, part.text);
  push(parts, 'same', b.slice(b.length - tail).join(''));
  return parts;
}

function diffMiddle(a: string[], b: string[]): DiffPart[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_CELLS) {
    return [
      { kind: 'removed', text: a.join('') },
      { kind: 'added', text: b.join('') },
    ];
  }
  // lcs[i * (m + 1) + j]: the LCS length of a[i..] and b[j..].
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lcs[i * width + j] =
        word(a[i]!) === word(b[j]!)
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (word(a[i]!) === word(b[j]!)) {
      push(parts, 'same', b[j]!);
      i += 1;
      j += 1;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) {
      push(parts, 'removed', a[i]!);
      i += 1;
    } else {
      push(parts, 'added', b[j]!);
      j += 1;
    }
  }
  for (; i < n; i += 1) push(parts, 'removed', a[i]!);
  for (; j < m; j += 1) push(parts, 'added', b[j]!);
  return parts;
}

/** How much two texts share, 0–1: twice the shared words over all words of both (Dice). */
export function similarity(parts: readonly DiffPart[]): number {
  const counts = { same: 0, added: 0, removed: 0 };
  for (const part of parts)
    counts[part.kind] += wordTokens(part.text).filter((token) => token.trim()).length;
  const all = 2 * counts.same + counts.added + counts.removed;
  return all === 0 ? 1 : (2 * counts.same) / all;
}
