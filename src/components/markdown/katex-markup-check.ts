// KaTeX writes its markup in a few fixed shapes: `<name attr="value">`, `</name>`, `<path d="…"/>`
// and `<line …/>`, with text and values escaped. Markup made only of those shapes, every name,
// attribute and value on the KaTeX allow-list (sanitize-katex.ts), and every element where the
// sanitizer would keep it, comes out of the sanitizer unchanged: it can skip parsing it into a
// document and purifying it, which was a quarter of the main thread's work while a formula-heavy
// answer streamed (bench/: streaming render). Anything else, however harmless, fails the check
// and goes through the sanitizer as before.
import {
  cleanKatexStyle,
  colour,
  colourAttributes,
  htmlTags,
  katexClass,
  mathTags,
  svgTags,
  textAttributes,
} from '@/components/markdown/sanitize-katex';

const html = new Set(htmlTags);
const svg = new Set(svgTags);
const math = new Set(mathTags);
const attributes = new Set(textAttributes);

// One token at a time: text without `<` or `>`, an end tag, or a start tag whose attributes are
// double-quoted and free of `"`, `&`, `<` and `>` (so the value the browser sees is the text
// checked). KaTeX's MathML nodes write ` class ="…"`, hence the optional space before `=`.
const token = /([^<>]+)|<\/([a-z]+)>|<([a-z]+)((?:\s+[a-zA-Z][\w:-]* ?="[^"&<>]*")*)\s*(\/?)>/y;
const attribute = /\s+([a-zA-Z][\w:-]*) ?="([^"&<>]*)"/g;

function attributeAllowed(name: string, value: string): boolean {
  if (!attributes.has(name)) return false;
  if (name === 'style') {
    const cleaned = cleanKatexStyle(value);
    return cleaned !== '' && (value === cleaned || value === `${cleaned};`);
  }
  if (name === 'class') return katexClass.test(value);
  if (colourAttributes.has(name)) return colour.test(value);
  return true;
}

/** Where an element may stand: HTML, inside `<svg>`, or inside `<math>`. */
type Space = 'html' | 'svg' | 'math';

function spaceOf(name: string, parent: Space): Space | null {
  if (parent === 'html') {
    if (html.has(name)) return 'html';
    if (name === 'svg') return 'svg';
    if (name === 'math') return 'math';
    return null;
  }
  if (parent === 'svg') return svg.has(name) && name !== 'svg' ? 'svg' : null;
  return math.has(name) && name !== 'math' ? 'math' : null;
}

/** Whether `markup` (from `katex.renderToString`) would pass the KaTeX sanitizer unchanged. */
export function isPlainKatexMarkup(markup: string): boolean {
  const open: string[] = [];
  const spaces: Space[] = ['html'];
  token.lastIndex = 0;
  while (token.lastIndex < markup.length) {
    const at = token.lastIndex;
    const match = token.exec(markup);
    if (!match || match.index !== at) return false;
    const [, text, end, start, attrs = '', slash] = match;
    if (text !== undefined) continue;
    if (end !== undefined) {
      if (open.pop() !== end) return false;
      spaces.pop();
      continue;
    }
    if (start === undefined) return false;
    const space = spaceOf(start, spaces[spaces.length - 1] ?? 'html');
    if (space === null) return false;
    for (const [, name = '', value = ''] of attrs.matchAll(attribute)) {
      if (!attributeAllowed(name.toLowerCase(), value)) return false;
    }
    // `/>` closes an element in SVG and MathML (`<path …/>`, `<mspace …/>`); in HTML it is ignored.
    if (slash) {
      if (space === 'html') return false;
    } else if (start !== 'br') {
      open.push(start);
      spaces.push(space);
    }
  }
  return open.length === 0;
}
