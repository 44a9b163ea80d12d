// The last gate before markup reaches the DOM. The renderer already escapes all raw HTML from
// the model; this strict allow-list (DOMPurify, with its own instance so its hooks touch no other
// code) removes anything a renderer bug could let through. Only the elements and attributes
// the renderer itself writes survive.
import type { Config, DOMPurify as Purifier } from 'dompurify';
import { createInertSanitizer } from '@/components/markdown/inert-html';
import { safeHref } from '@/lib/safe-href';

export const allowedTags = [
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'em',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'a',
  'span',
  'div',
  'button',
];

// Attributes that are not URLs. DOMPurify checks every attribute outside its "URI safe" list
// against the URL allow-list, so these are declared URI-safe to keep their plain-text values.
export const textAttributes = [
  'class',
  'title',
  'align',
  'start',
  'type',
  'role',
  'target',
  'rel',
  'aria-label',
  'aria-hidden',
  'aria-checked',
  'aria-disabled',
  'aria-busy',
  'data-md-copy',
  'data-md-math',
  'data-lang',
];

const config: Config = {
  ALLOWED_TAGS: allowedTags,
  ALLOWED_ATTR: [...textAttributes, 'href'],
  ADD_URI_SAFE_ATTR: textAttributes,
  ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  FORBID_TAGS: [
    'style',
    'script',
    'iframe',
    'object',
    'embed',
    'form',
    'base',
    'meta',
    'link',
    'svg',
    'math',
  ],
  FORBID_ATTR: ['style', 'id', 'name', 'src', 'srcset', 'action', 'formaction', 'xlink:href'],
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  KEEP_CONTENT: true,
  RETURN_DOM: false,
  RETURN_DOM_FRAGMENT: false,
};

// Class names the renderer and highlight.js write; anything else (a would-be `fixed inset-0`
// overlay) is dropped.
export const allowedClass = /^(?:md-[\w-]+|hljs(?:-[\w-]+)?|language-[\w+#.-]+|[a-z]+_+)$/;
export const allowedAlign = new Set(['left', 'right', 'center']);

function addHooks(instance: Purifier): void {
  instance.addHook('uponSanitizeAttribute', (_node, event) => {
    if (event.attrName === 'class') {
      event.attrValue = event.attrValue
        .split(/\s+/)
        .filter((name) => allowedClass.test(name))
        .join(' ');
      if (!event.attrValue) event.keepAttr = false;
    } else if (event.attrName === 'align' && !allowedAlign.has(event.attrValue)) {
      event.keepAttr = false;
    }
  });
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName !== 'A') return;
    const href = node.getAttribute('href');
    const safe = href === null ? null : safeHref(href);
    if (safe) node.setAttribute('href', safe);
    else node.removeAttribute('href');
    // Every link opens in a new tab and gives the target no handle on this window.
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  });
}

/**
 * Sanitizes renderer output with the strict allow-list. Without a DOM (a plain Node process)
 * there is nothing to parse with, so it fails closed: the whole string is escaped.
 */
export const sanitizeMarkdownHtml = createInertSanitizer(config, addHooks, 'div');
