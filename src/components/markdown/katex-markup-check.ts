// Whether KaTeX's markup would pass its sanitizer (sanitize-katex.ts) unchanged, so it can skip
// it (plain-markup-check.ts): parsing and purifying each formula's MathML, SVG and inline styles
// was a quarter of the main thread's work while a formula-heavy answer streamed.
import { createPlainMarkupCheck } from '@/components/markdown/plain-markup-check';
import {
  cleanKatexStyle,
  colour,
  colourAttributes,
  htmlTags,
  katexClass,
  mathTags,
  svgTags,
  textAttributes,
} from '@/components/markdown/katex-allow-list';

const html = new Set(htmlTags);
const svg = new Set(svgTags);
const math = new Set(mathTags);
const attributes = new Set(textAttributes);

/**
 * Where an element's children stand: HTML, SVG, MathML, or the text of a MathML token element.
 * The browser parses a tag inside `<mi>`, `<mo>`, `<mn>`, `<ms>` or `<mtext>` as HTML (they are
 * text integration points) and the sanitizer would drop it, so those may hold text only.
 */
type Space = 'html' | 'svg' | 'math' | 'mathtext';
const mathText = new Set(['mi', 'mo', 'mn', 'ms', 'mtext']);

function attributeKept(name: string, value: string): boolean {
  if (!attributes.has(name)) return false;
  if (name === 'style') {
    const cleaned = cleanKatexStyle(value);
    return cleaned !== '' && (value === cleaned || value === `${cleaned};`);
  }
  if (name === 'class') return katexClass.test(value);
  if (colourAttributes.has(name)) return colour.test(value);
  return true;
}

/** Whether `markup` (from `katex.renderToString`) would pass the KaTeX sanitizer unchanged. */
export const isPlainKatexMarkup = createPlainMarkupCheck<Space>({
  root: 'html',
  spaceOf(name, parent) {
    if (parent === 'html') {
      if (html.has(name)) return 'html';
      if (name === 'svg') return 'svg';
      if (name === 'math') return 'math';
      return null;
    }
    if (parent === 'svg') return svg.has(name) && name !== 'svg' ? 'svg' : null;
    if (parent === 'mathtext' || !math.has(name) || name === 'math') return null;
    return mathText.has(name) ? 'mathtext' : 'math';
  },
  selfClosing: new Set<Space>(['svg', 'math', 'mathtext']),
  voids: new Set(['br']),
  keepsAttribute: (_element, name, value) => attributeKept(name, value),
});
