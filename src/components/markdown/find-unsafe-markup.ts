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
// Elements KaTeX writes; allowed only inside the renderer's `.md-math` wrapper.
const katexTags = new Set([
  'span',
  'br',
  'svg',
  'path',
  'line',
  'g',
  'rect',
  'math',
  'semantics',
  'annotation',
  'mrow',
  'mi',
  'mo',
  'mn',
  'ms',
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
  'mtable',
  'mtr',
  'mtd',
  'mstyle',
  'mpadded',
  'mphantom',
  'menclose',
  'mlabeledtr',
  'merror',
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
 * The one style outside KaTeX: the size a block group (markdown-group.tsx) takes while skipped.
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

function describe(element: Element): string {
  return element.outerHTML.slice(0, 160);
}

function checkElement(element: Element, inKatex: boolean, problems: string[]): void {
  const tag = element.localName.toLowerCase();
  if (!markdownTags.has(tag) && !(inKatex && katexTags.has(tag))) {
    problems.push(`unexpected <${tag}>: ${describe(element)}`);
  }
  for (const attribute of Array.from(element.attributes)) {
    const name = attribute.name.toLowerCase();
    const value = attribute.value;
    if (name.startsWith('on')) problems.push(`event handler ${name}: ${describe(element)}`);
    if (neverAttributes.has(name)) problems.push(`attribute ${name}: ${describe(element)}`);
    if (name.startsWith('data-') && !allowedDataAttributes.has(name))
      problems.push(`attribute ${name}: ${describe(element)}`);
    if (name === 'style' && (!inKatex || dangerousCss.test(value)) && !isGroupStyle(element, value))
      problems.push(`style "${value}": ${describe(element)}`);
    if (
      name === 'class' &&
      !inKatex &&
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

function walk(parent: ParentNode, inKatex: boolean, problems: string[]): void {
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    // KaTeX's own markup (style, SVG, MathML) is allowed only inside the renderer's `.md-math`.
    const childInKatex = inKatex || child.classList.contains('md-math');
    checkElement(child, childInKatex, problems);
    walk(child, childInKatex, problems);
  }
}

/** Problems found under `root`; empty when the markup is safe. */
export function findUnsafeMarkup(root: ParentNode): string[] {
  const problems: string[] = [];
  walk(root, root instanceof Element && root.closest('.md-math') !== null, problems);
  return problems;
}
