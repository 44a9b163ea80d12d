// KaTeX output needs what markdown output never gets: inline `style` (for glyph placement),
// SVG (stretchy arrows, radicals) and MathML (for screen readers). It is sanitized apart, with
// its own allow-list, and only style declarations of the shapes KaTeX writes survive.
import type { Config, DOMPurify as Purifier } from 'dompurify';
import { createInertSanitizer } from '@/components/markdown/inert-html';

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

const config: Config = {
  ALLOWED_TAGS: [...htmlTags, ...svgTags, ...mathTags],
  ALLOWED_ATTR: textAttributes,
  ADD_URI_SAFE_ATTR: textAttributes,
  ALLOWED_URI_REGEXP: /^$/,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  FORBID_TAGS: ['style', 'script', 'a', 'img', 'image', 'use', 'foreignobject', 'iframe', 'form'],
  FORBID_ATTR: ['href', 'xlink:href', 'src', 'id', 'name', 'action', 'actiontype'],
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
};

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

function addHooks(instance: Purifier): void {
  instance.addHook('uponSanitizeAttribute', (_node, event) => {
    const name = event.attrName.toLowerCase();
    if (name === 'style') {
      const cleaned = cleanKatexStyle(event.attrValue);
      if (!cleaned) event.keepAttr = false;
      // KaTeX ends every declaration with `;`. A style that lost nothing keeps its own text:
      // DOMPurify writes back only a changed value, and each write re-parses the style.
      else if (event.attrValue !== `${cleaned};`) event.attrValue = cleaned;
    } else if (
      colourAttributes.has(name) &&
      !colour.test(event.attrValue)
    ) {
      event.keepAttr = false;
    } else if (name === 'class' && !katexClass.test(event.attrValue)) {
      event.keepAttr = false;
    }
  });
}

/** Sanitizes HTML produced by `katex.renderToString`; fails closed (escaped) without a DOM. */
export const sanitizeKatexHtml = createInertSanitizer(config, addHooks, 'span');
