import DOMPurify from 'dompurify';
import type { Config, DOMPurify as Purifier } from 'dompurify';
import { escapeHtml } from '@/lib/escape-html';

// Markup parsed here never loads an image or runs a handler: the document has no browsing
// context. The sanitizers parse into it and clean the tree in place, instead of DOMPurify
// building a new document for every call (the main cost of sanitizing a streamed block).

// Every sanitize leaves a NodeIterator registered on the document until garbage collection,
// and each registered iterator makes node removal slower, so the document is renewed now and then.
const usesPerDocument = 100;

let inertDocument: Document | null = null;
let uses = 0;

/** `html` parsed into a detached `<tag>` of an inert document, or null without a DOM. */
function parseInert(html: string, tag: 'div' | 'span'): HTMLElement | null {
  if (typeof document === 'undefined' || !document.implementation) return null;
  if (!inertDocument || ++uses > usesPerDocument) {
    inertDocument = document.implementation.createHTMLDocument('');
    uses = 0;
  }
  const root = inertDocument.createElement(tag);
  root.innerHTML = html;
  return root;
}

/**
 * `html` cleaned in place by `purifier` inside a detached `<tag>`. Fails closed: with no DOM or
 * no purifier, or when DOMPurify refuses the tree, the whole string comes back escaped as text.
 */
function sanitizeInert(
  purifier: Purifier | null,
  html: string,
  tag: 'div' | 'span',
): string {
  const root = purifier ? parseInert(html, tag) : null;
  if (!purifier || !root) return escapeHtml(html);
  try {
    purifier.sanitize(root);
  } catch {
    return escapeHtml(html);
  }
  return root.innerHTML;
}

/**
 * A sanitizer for one allow-list: the DOMPurify instance is built on first use (never without a
 * DOM) with `addHooks` and one fixed config, parsed once; every call then cleans a tree in place.
 */
export function createInertSanitizer(
  config: Config,
  addHooks: (purifier: Purifier) => void,
  tag: 'div' | 'span',
): (html: string) => string {
  let purifier: Purifier | null = null;
  const getPurifier = (): Purifier | null => {
    if (purifier || typeof window === 'undefined') return purifier;
    const instance = DOMPurify(window);
    if (!instance.isSupported) return null;
    addHooks(instance);
    instance.setConfig({ ...config, IN_PLACE: true });
    purifier = instance;
    return purifier;
  };
  return (html) => sanitizeInert(getPurifier(), html, tag);
}
