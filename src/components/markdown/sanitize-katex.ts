// KaTeX output needs what markdown output never gets: inline `style` (for glyph placement),
// SVG (stretchy arrows, radicals) and MathML (for screen readers). It is sanitized apart, with
// its own allow-list, and only style declarations of the shapes KaTeX writes survive.
import type { Config, DOMPurify as Purifier } from 'dompurify';
import { createInertSanitizer } from '@/components/markdown/inert-html';
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
