// What typeset formulas may hold: Temml's MathML elements, attributes and style declarations,
// and the span of an error message. The sanitizer (sanitize-math.ts) and the check that lets
// markup skip it (math-markup-check.ts) share it; no DOM here, so the math worker can check
// markup too.

export const htmlTags = ['span'];
export const mathTags = [
  'math',
  'mrow',
  'mi',
  'mo',
  'mn',
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
  'mmultiscripts',
  'mprescripts',
  'mtable',
  'mtr',
  'mtd',
  'mstyle',
  'mpadded',
  'mphantom',
  'menclose',
];
export const textAttributes = [
  'class',
  'style',
  'title',
  'display',
  'mathvariant',
  'form',
  'stretchy',
  'fence',
  'separator',
  'lspace',
  'rspace',
  'accent',
  'accentunder',
  'minsize',
  'maxsize',
  'symmetric',
  'largeop',
  'movablelimits',
  'notation',
  'scriptlevel',
  'displaystyle',
  'mathcolor',
  'mathbackground',
  'mathsize',
  'width',
  'height',
  'depth',
  'voffset',
  'linethickness',
  'rowspacing',
  'rowlines',
  'rowalign',
  'columnalign',
  'columnspacing',
  'columnlines',
];

// One CSS value: a length or number, a keyword, a hex colour, or rgb()/rgba() of numbers.
const cssValue =
  /^(?:[-+]?(?:\d+(?:\.\d+)?|\.\d+)(?:em|ex|px|pt|pc|mm|cm|in|mu|rem|%)?|[a-z]+(?:-[a-z]+)*|#[0-9a-f]{3,8}|rgba?\(\s*[\d.]+%?\s*(?:,\s*[\d.]+%?\s*){2,3}\))$/i;
const allowedProperties = new Set([
  'display',
  'width',
  'height',
  'margin-left',
  'margin-right',
  'padding',
  'padding-left',
  'padding-right',
  'padding-top',
  'padding-bottom',
  'border',
  'border-top',
  'border-bottom',
  'border-left',
  'border-right',
  'color',
  'background-color',
  'text-align',
  'white-space',
  'math-depth',
  'math-style',
]);
export const colour = /^(?:#[0-9a-f]{3,8}|[a-z]+)$/i;
export const mathClass = /^[\w\s-]*$/;
/** Attributes whose values must be a colour. */
export const colourAttributes = new Set(['mathcolor', 'mathbackground']);
/**
 * Whether an attribute named `form` is MathML's operator form. On a form control the same name
 * would tie it to a form elsewhere in the page, so it is kept only on `<mo>`, with its 3 values.
 */
export function isOperatorForm(element: string, value: string): boolean {
  return element === 'mo' && /^(?:prefix|infix|postfix)$/.test(value);
}

/** Keeps only declarations Temml writes: known properties with plain values (no url(), no expression()). */
export function cleanMathStyle(style: string): string {
  const kept: string[] = [];
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon === -1) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    if (!allowedProperties.has(property) || !value) continue;
    if (!value.split(/\s+/).every((part) => cssValue.test(part))) continue;
    kept.push(`${property}:${value}`);
  }
  return kept.join(';');
}
