// What KaTeX's markup may hold: its elements, attributes and style declarations. The sanitizer
// (sanitize-katex.ts) and the check that lets markup skip it (katex-markup-check.ts) share it;
// no DOM here, so the math worker can check markup too.

export const htmlTags = ['span', 'br'];
export const svgTags = ['svg', 'path', 'line', 'g', 'rect'];
export const mathTags = [
  'math',
  'semantics',
  'annotation',
  'mrow',
  'mi',
  'mo',
  'mn',
  'ms',
  'mtext',
  'mspace',
  'msup',
  'msub',
  'msubsup',
  'mfrac',
  'msqrt',
  'mroot',
  'mover',
  'munder',
  'munderover',
  'mtable',
  'mtr',
  'mtd',
  'mstyle',
  'mpadded',
  'mphantom',
  'menclose',
  'mlabeledtr',
  'merror',
];
export const textAttributes = [
  'class',
  'style',
  'title',
  'aria-hidden',
  'xmlns',
  'width',
  'height',
  'viewbox',
  'preserveaspectratio',
  'd',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'stroke-width',
  'fill',
  'stroke',
  'encoding',
  'display',
  'mathvariant',
  'stretchy',
  'fence',
  'separator',
  'lspace',
  'rspace',
  'accent',
  'accentunder',
  'minsize',
  'maxsize',
  'notation',
  'scriptlevel',
  'displaystyle',
  'mathcolor',
  'mathbackground',
  'mathsize',
  'voffset',
  'depth',
  'rowspacing',
  'rowlines',
  'rowalign',
  'columnalign',
  'columnspacing',
  'columnlines',
  'frame',
  'linebreak',
  'symmetric',
  'largeop',
  'movablelimits',
  'linethickness',
  'side',
];

// One CSS value: a length or number, a keyword, a hex colour, or rgb()/rgba() of numbers.
const cssValue =
  /^(?:[-+]?(?:\d+(?:\.\d+)?|\.\d+)(?:em|ex|px|pt|pc|mm|cm|in|mu|rem|%)?|[a-z]+(?:-[a-z]+)*|#[0-9a-f]{3,8}|rgba?\(\s*[\d.]+%?\s*(?:,\s*[\d.]+%?\s*){2,3}\))$/i;
const allowedProperties = new Set([
  'height',
  'width',
  'min-width',
  'max-width',
  'top',
  'bottom',
  'left',
  'right',
  'position',
  'vertical-align',
  'margin',
  'margin-left',
  'margin-right',
  'margin-top',
  'margin-bottom',
  'padding',
  'padding-left',
  'padding-right',
  'padding-top',
  'padding-bottom',
  'border',
  'border-width',
  'border-style',
  'border-color',
  'border-top-width',
  'border-bottom-width',
  'border-left-width',
  'border-right-width',
  'border-top-style',
  'border-bottom-style',
  'border-left-style',
  'border-right-style',
  'border-radius',
  'color',
  'background-color',
  'font-size',
  'line-height',
  'display',
]);
const allowedPositions = new Set(['relative', 'static']);
export const colour = /^(?:#[0-9a-f]{3,8}|[a-z]+)$/i;
export const katexClass = /^[\w\s-]*$/;
/** Attributes whose values must be a colour. */
export const colourAttributes = new Set(['mathcolor', 'mathbackground', 'fill', 'stroke']);

/** Keeps only declarations KaTeX writes: known properties with plain values (no url(), no expression()). */
export function cleanKatexStyle(style: string): string {
  const kept: string[] = [];
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon === -1) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    if (!allowedProperties.has(property) || !value) continue;
    if (property === 'position' && !allowedPositions.has(value.toLowerCase())) continue;
    if (!value.split(/\s+/).every((part) => cssValue.test(part))) continue;
    kept.push(`${property}:${value}`);
  }
  return kept.join(';');
}
