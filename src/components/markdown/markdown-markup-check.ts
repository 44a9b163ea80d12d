// Whether the markdown renderer's markup would pass its sanitizer (sanitize-html.ts) unchanged,
// so it can skip it (plain-markup-check.ts): every element and attribute on the allow-list,
// every class one the sanitizer keeps, links only to what `safeHref` returns as is, and opening
// in a new tab without a handle on this window, as the sanitizer would make them.
import { safeHref } from '@/lib/safe-href';
import { createPlainMarkupCheck } from '@/components/markdown/plain-markup-check';
import {
  allowedAlign,
  allowedClass,
  allowedTags,
  textAttributes,
} from '@/components/markdown/sanitize-html';

const tags = new Set(allowedTags);
const attributes = new Set(textAttributes);

function attributeKept(element: string, name: string, value: string): boolean {
  if (name === 'href') return element === 'a' && safeHref(value) === value;
  if (!attributes.has(name)) return false;
  // The sanitizer drops unknown classes and joins the rest with single spaces.
  if (name === 'class') return value !== '' && value.split(' ').every((one) => allowedClass.test(one));
  if (name === 'align') return allowedAlign.has(value);
  return true;
}

/** Whether `markup` (from the markdown renderer) would pass the markdown sanitizer unchanged. */
export const isPlainMarkdownMarkup = createPlainMarkupCheck<'html'>({
  root: 'html',
  spaceOf: (name) => (tags.has(name) ? 'html' : null),
  selfClosing: new Set(),
  voids: new Set(['br', 'hr']),
  keepsAttribute: attributeKept,
  keepsElement: (name, attrs) =>
    name !== 'a' || (attrs.get('target') === '_blank' && attrs.get('rel') === 'noopener noreferrer'),
});
