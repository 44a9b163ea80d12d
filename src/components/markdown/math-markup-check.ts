// Whether a typeset formula's markup would pass its sanitizer (sanitize-math.ts) unchanged, so
// it can skip it (plain-markup-check.ts): parsing and purifying each formula was a quarter of
// the main thread's work while a formula-heavy answer streamed.
import { createPlainMarkupCheck } from '@/components/markdown/plain-markup-check';
import {
  cleanMathStyle,
  colour,
  colourAttributes,
  htmlTags,
  isOperatorForm,
  mathClass,
  mathTags,
  textAttributes,
} from '@/components/markdown/math-allow-list';

const html = new Set(htmlTags);
const math = new Set(mathTags);
const attributes = new Set(textAttributes);

/**
 * Where an element's children stand: HTML, MathML, or the text of a MathML token element.
 * The browser parses a tag inside `<mi>`, `<mo>`, `<mn>` or `<mtext>` as HTML (they are text
 * integration points) and the sanitizer would drop it, so those may hold text only.
 */
type Space = 'html' | 'math' | 'mathtext';
const mathText = new Set(['mi', 'mo', 'mn', 'mtext']);

function attributeKept(element: string, name: string, value: string): boolean {
  if (!attributes.has(name)) return false;
  if (name === 'form') return isOperatorForm(element, value);
  if (name === 'style') {
    const cleaned = cleanMathStyle(value);
    return cleaned !== '' && (value === cleaned || value === `${cleaned};`);
  }
  if (name === 'class') return mathClass.test(value);
  if (colourAttributes.has(name)) return colour.test(value);
  return true;
}

/** Whether `markup` (from `temml.renderToString`) would pass the math sanitizer unchanged. */
export const isPlainMathMarkup = createPlainMarkupCheck<Space>({
  root: 'html',
  spaceOf(name, parent) {
    if (parent === 'html') {
      if (html.has(name)) return 'html';
      if (name === 'math') return 'math';
      return null;
    }
    if (parent === 'mathtext' || !math.has(name) || name === 'math') return null;
    return mathText.has(name) ? 'mathtext' : 'math';
  },
  selfClosing: new Set<Space>(['math', 'mathtext']),
  voids: new Set(),
  keepsAttribute: attributeKept,
});
