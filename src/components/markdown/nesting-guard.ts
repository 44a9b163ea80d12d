// marked's cost grows steeply with nesting (a few hundred nested list levels take seconds, a few
// thousand nested quotes overflow the stack), and a model can be talked into writing that.
// Blocks nested deeper than anyone writes by hand are shown as plain text instead.

const maxDepth = 32;
const maxListIndent = 64;
const fence = /^[ \t]*(`{3,}|~{3,})/;

function indentWidth(line: string): number {
  let width = 0;
  for (const char of line) {
    if (char === ' ') width += 1;
    else if (char === '\t') width += 4 - (width % 4);
    else break;
  }
  return width;
}

/** Container markers (`>`, `-`, `1.`) at the start of a line, counted. */
function containerDepth(line: string): number {
  let depth = 0;
  let at = 0;
  for (;;) {
    while (line[at] === ' ' || line[at] === '\t') at++;
    const char = line[at];
    if (char === '>') {
      depth++;
      at++;
      continue;
    }
    const marker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(line.slice(at, at + 11));
    if (!marker) return depth;
    depth++;
    at += marker[0].length;
  }
}

/** True when `markdown` nests lists or quotes too deeply to be worth parsing. */
export function isTooDeeplyNested(markdown: string): boolean {
  let openFence: string | null = null;
  for (const line of markdown.split('\n')) {
    const fenceMatch = fence.exec(line);
    if (fenceMatch?.[1]) {
      if (!openFence) openFence = fenceMatch[1];
      else if (fenceMatch[1][0] === openFence[0] && fenceMatch[1].length >= openFence.length)
        openFence = null;
      continue;
    }
    if (openFence) continue;
    const depth = containerDepth(line);
    if (depth > maxDepth) return true;
    if (depth > 0 && indentWidth(line) > maxListIndent) return true;
  }
  return false;
}
