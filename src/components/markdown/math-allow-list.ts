// What typeset formulas may hold: Temml's MathML elements, attributes and style declarations,
// and the span of an error message. The sanitizer (sanitize-math.ts) and the check that lets
// markup skip it (math-markup-check.ts) share it; no DOM here, so the math worker can check
// markup too. Some styles Temml writes are dropped on purpose: `position` and
// `justify-content` (\llap and \clap no longer overlap), `transform` (\reflectbox) and
// `font-weight` (\pmb).

/** Only the error of a formula that could not be typeset (typeset-math.ts). */
export const errorTags = ['span'];
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
export const mathAttributes = [
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
  'math-depth',
]);
/** `display` only as Temml writes it: a block formula. */
const allowedDisplays = new Set(['block math', 'flex']);

const length = /^([-+]?(?:\d+(?:\.\d+)?|\.\d+))(em|ex|rem|mu|px|pt|pc|mm|cm|in|%)?$/i;
// Ems per unit; absolute units at 10 pt to the em (Temml's maxSize is [20 em, 200 pt]).
const emPerUnit: Record<string, number> = {
  '': 1,
  em: 1,
  rem: 1,
  ex: 0.431,
  mu: 1 / 18,
  pt: 0.1,
  px: 0.075,
  pc: 1.2,
  mm: 0.2845,
  cm: 2.845,
  in: 7.2,
};
const longestEm = 20;
const mostNegativeEm = -2;

/**
 * Whether a value, if it is a length, is bounded: Temml caps what TeX asks for (maxSize) only
 * when positive, and not `\arraystretch` at all, so `\kern-1000em` or a huge stretch would
 * push boxes over the page. TeX's own negative spaces are a fraction of an em.
 */
export function isBoundedLength(value: string): boolean {
  const match = length.exec(value);
  if (!match) return true; // not a length (a keyword, a colour)
  const number = Number(match[1]);
  const unit = (match[2] ?? '').toLowerCase();
  if (unit === '%') return number >= -100 && number <= 100;
  const em = number * (emPerUnit[unit] ?? 1);
  return em >= mostNegativeEm && em <= longestEm;
}

/** Attributes that hold a length. */
const lengthAttributes = new Set([
  'width',
  'height',
  'depth',
  'voffset',
  'lspace',
  'rspace',
  'minsize',
  'maxsize',
  'mathsize',
  'linethickness',
]);
const colour = /^(?:#[0-9a-f]{3,8}|[a-z]+)$/i;
/** Attributes whose values must be a colour. */
const colourAttributes = new Set(['mathcolor', 'mathbackground']);
/** The classes Temml writes (its stylesheet's). */
const mathClassToken = new RegExp(
  '^(?:(?:tml|wbk|chr|ff)-[a-z0-9-]+|' +
    'mathcal|mathscr|menclose|upstrike|downstrike|sout|actuarial|special-fraction)$',
);

function isMathClass(value: string): boolean {
  return value.split(/\s+/).every((token) => token === '' || mathClassToken.test(token));
}

const attributeNames = new Set(mathAttributes);

/**
 * Keeps only declarations Temml writes: known properties with plain, bounded values (no url(),
 * no expression(), no huge or very negative lengths).
 */
export function cleanMathStyle(style: string): string {
  const kept: string[] = [];
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon === -1) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    if (!allowedProperties.has(property) || !value) continue;
    if (property === 'display' && !allowedDisplays.has(value.toLowerCase())) continue;
    const parts = value.split(/\s+/);
    if (!parts.every((part) => cssValue.test(part) && isBoundedLength(part))) continue;
    kept.push(`${property}:${value}`);
  }
  return kept.join(';');
}

/**
 * Whether the sanitizer keeps this attribute (name lower-cased) of this element: as written,
 * or for `style`, cleaned by `cleanMathStyle`. The error's `<span>` has only its class and
 * tooltip; `form` is MathML's operator form, kept only on `<mo>` with its 3 values (on a form
 * control the same name would tie it to a form elsewhere in the page).
 */
export function keepsMathAttribute(element: string, name: string, value: string): boolean {
  if (!attributeNames.has(name)) return false;
  if (element === 'span') return name === 'class' ? value === 'md-math-error' : name === 'title';
  if (name === 'style') return true;
  if (name === 'title') return false;
  if (name === 'class') return isMathClass(value);
  if (name === 'form') return element === 'mo' && /^(?:prefix|infix|postfix)$/.test(value);
  if (colourAttributes.has(name)) return colour.test(value);
  if (lengthAttributes.has(name)) return isBoundedLength(value.trim());
  return true;
}
