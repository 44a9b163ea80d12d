// A typeset formula needs what markdown output never gets: MathML, and inline `style` for a few
// spacing and colour declarations. It is sanitized apart, with its own allow-list, and only
// style declarations of the shapes Temml writes survive.
import type { Config, DOMPurify as Purifier } from 'dompurify';
import { createInertSanitizer } from '@/components/markdown/inert-html';
import {
  cleanMathStyle,
  errorTags,
  keepsMathAttribute,
  mathAttributes,
  mathTags,
} from '@/components/markdown/math-allow-list';

const config: Config = {
  ALLOWED_TAGS: [...errorTags, ...mathTags],
  ALLOWED_ATTR: mathAttributes,
  ADD_URI_SAFE_ATTR: mathAttributes,
  ALLOWED_URI_REGEXP: /^$/,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  FORBID_TAGS: ['style', 'script', 'a', 'img', 'image', 'svg', 'use', 'iframe', 'form'],
  FORBID_ATTR: ['href', 'xlink:href', 'src', 'id', 'name', 'action', 'actiontype'],
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
};

function addHooks(instance: Purifier): void {
  instance.addHook('uponSanitizeAttribute', (node, event) => {
    const name = event.attrName.toLowerCase();
    if (!keepsMathAttribute(node.nodeName.toLowerCase(), name, event.attrValue)) {
      event.keepAttr = false;
    } else if (name === 'style') {
      const cleaned = cleanMathStyle(event.attrValue);
      if (!cleaned) event.keepAttr = false;
      // Temml ends every declaration with `;`. A style that lost nothing keeps its own text:
      // DOMPurify writes back only a changed value, and each write re-parses the style.
      else if (event.attrValue !== `${cleaned};`) event.attrValue = cleaned;
    }
  });
}

/** Sanitizes markup produced by `typesetMath`; fails closed (escaped) without a DOM. */
export const sanitizeMathHtml = createInertSanitizer(config, addHooks, 'span');
