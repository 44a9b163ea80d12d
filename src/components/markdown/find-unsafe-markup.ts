// Test helper: lists everything in rendered markup that the markdown renderer promises never to
// produce. An empty list means the markup is inert. Used by the XSS tests (and usable by an
// end-to-end test that reads the DOM of a rendered answer).
import { isSafeHref } from '@/lib/safe-href';

// Elements the renderer writes itself.
const markdownTags = new Set([
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
]);
// Elements a typeset formula has (Temml's MathML, or the span of an error); allowed only inside
// the renderer's `.md-math` wrapper. The list is the sanitizer's own, read independently here.
const formulaTags = new Set([
  'span',
  'math',
  'mrow',
  'mi',
  'mo',
  'mn',
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
  'mmultiscripts',
  'mprescripts',
  'mtable',
  'mtr',
  'mtd',
  'mstyle',
  'mpadded',
  'mphantom',
  'menclose',
]);
const neverAttributes = new Set([
  'id',
  'name',
  'src',
  'srcset',
  'srcdoc',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'background',
  'data',
  'form',
  'autofocus',
  'ping',
  'download',
  'http-equiv',
  'content',
]);
const allowedDataAttributes = new Set(['data-md-copy', 'data-state']);
const markdownClass = /^(?:md-[\w-]+|hljs(?:-[\w-]+)?|language-[\w+#.-]+|[a-z]+_+)$/;
const dangerousCss =
  /url\s*\(|expression\s*\(|javascript|@import|behavior|-moz-binding|position\s*:\s*(?:fixed|absolute|sticky)/i;

/**
 * The one style outside formulas: the size a block group (markdown-group.tsx) takes while skipped.
 * Groups are the app's own elements, children of `.md-root`; model output is inside their blocks.
 */
const groupStyle = /^contain-intrinsic-size: auto \d+px;?$/;

function isGroupStyle(element: Element, value: string): boolean {
  return (
    element.className === 'md-group' &&
    element.parentElement?.classList.contains('md-root') === true &&
    groupStyle.test(value)
  );
}

// A length in a formula's style or attributes that would push boxes far over the page (lenient
// bounds: more than 30 em, or less than -3 em).
const lengthToken = /([-+]?\d*\.?\d+)(em|rem|ex|mu|px|pt|pc|mm|cm|in)\b/gi;
const emsPer: Record<string, number> = {
  em: 1,
  rem: 1,
  ex: 0.5,
  mu: 1 / 18,
  px: 1 / 16,
  pt: 0.1,
  pc: 1.2,
  mm: 0.285,
  cm: 2.85,
  in: 7.2,
};

function hasHugeLength(value: string): boolean {
  for (const [, number = '0', unit = ''] of value.matchAll(lengthToken)) {
    const ems = Number(number) * (emsPer[unit.toLowerCase()] ?? 1);
    if (ems > 30 || ems < -3) return true;
  }
  return false;
}

/** MathML's operator form on `<mo>`; on a form control, `form` would tie it to a page's form. */
function isMathOperatorForm(tag: string, value: string): boolean {
  return tag === 'mo' && /^(?:prefix|infix|postfix)$/.test(value);
}

function describe(element: Element): string {
  return element.outerHTML.slice(0, 160);
}

function checkElement(element: Element, inFormula: boolean, problems: string[]): void {
  const tag = element.localName.toLowerCase();
  if (!markdownTags.has(tag) && !(inFormula && formulaTags.has(tag))) {
    problems.push(`unexpected <${tag}>: ${describe(element)}`);
  }
  for (const attribute of Array.from(element.attributes)) {
    const name = attribute.name.toLowerCase();
    const value = attribute.value;
    if (name.startsWith('on')) problems.push(`event handler ${name}: ${describe(element)}`);
    const operatorForm = inFormula && name === 'form' && isMathOperatorForm(tag, value);
    if (neverAttributes.has(name) && !operatorForm)
      problems.push(`attribute ${name}: ${describe(element)}`);
    if (name.startsWith('data-') && !allowedDataAttributes.has(name))
      problems.push(`attribute ${name}: ${describe(element)}`);
    // (A tooltip is text: the reason a formula was not typeset may quote its TeX.)
    if (inFormula && name !== 'title' && hasHugeLength(value))
      problems.push(`length "${value}": ${describe(element)}`);
    if (name === 'style' && (!inFormula || dangerousCss.test(value)) && !isGroupStyle(element, value))
      problems.push(`style "${value}": ${describe(element)}`);
    if (
      name === 'class' &&
      !inFormula &&
      !value.split(/\s+/).every((token) => markdownClass.test(token))
    ) {
      problems.push(`class "${value}": ${describe(element)}`);
    }
    if (name === 'href' && (tag !== 'a' || !isSafeHref(value)))
      problems.push(`href "${value}": ${describe(element)}`);
  }
  if (tag === 'a') {
    if (element.getAttribute('target') !== '_blank')
      problems.push(`anchor without target=_blank: ${describe(element)}`);
    if (element.getAttribute('rel') !== 'noopener noreferrer')
      problems.push(`anchor without rel: ${describe(element)}`);
  }
  if (
    tag === 'button' &&
    (element.getAttribute('type') !== 'button' || !element.hasAttribute('data-md-copy'))
  ) {
    problems.push(`foreign button: ${describe(element)}`);
  }
}

function walk(parent: ParentNode, inFormula: boolean, problems: string[]): void {
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    // A formula's own markup (MathML, style) is allowed only inside the renderer's `.md-math`.
    const childInFormula = inFormula || child.classList.contains('md-math');
    checkElement(child, childInFormula, problems);
    walk(child, childInFormula, problems);
  }
}

/** Problems found under `root`; empty when the markup is safe. */
export function findUnsafeMarkup(root: ParentNode): string[] {
  const problems: string[] = [];
  walk(root, root instanceof Element && root.closest('.md-math') !== null, problems);
  return problems;
}
