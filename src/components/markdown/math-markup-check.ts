// Whether a typeset formula's markup would pass its sanitizer (sanitize-math.ts) unchanged, so
// it can skip it (plain-markup-check.ts): parsing and purifying each formula was a quarter of
// the main thread's work while a formula-heavy answer streamed.
import { createPlainMarkupCheck } from '@/components/markdown/plain-markup-check';
import {
  cleanMathStyle,
  errorTags,
  keepsMathAttribute,
  mathTags,
} from '@/components/markdown/math-allow-list';

const error = new Set(errorTags);
const math = new Set(mathTags);

/**
 * Where an element's children stand: HTML (the error's span), MathML, or the text of a MathML
 * token element. A tag inside `<mi>`, `<mo>`, `<mn>` or `<mtext>` is parsed as HTML (they are
 * text integration points), so there only text passes; markup with a tag there (Temml's
 * equation numbers) takes the sanitizer's path.
 */
type Space = 'html' | 'math' | 'mathtext';
const mathText = new Set(['mi', 'mo', 'mn', 'mtext']);

function attributeKept(element: string, name: string, value: string): boolean {
  if (!keepsMathAttribute(element, name, value)) return false;
  if (name !== 'style') return true;
  const cleaned = cleanMathStyle(value);
  return cleaned !== '' && (value === cleaned || value === `${cleaned};`);
}

/** Whether `markup` (from `typesetMath`) would pass the math sanitizer unchanged. */
export const isPlainMathMarkup = createPlainMarkupCheck<Space>({
  root: 'html',
  spaceOf(name, parent) {
    if (parent === 'html') {
      if (error.has(name)) return 'html';
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
