// Puts new markup into an element by changing only the nodes that differ. A streaming block
// grows at its end, but setting innerHTML rebuilt all of it on every update: each formula
// (a few dozen MathML elements), row and highlighted line before the new text was created,
// styled and laid out again, and a selection in it was lost. Here the nodes that are the same
// stay, so an update costs the browser what changed. The markup is already sanitized; it is
// parsed in an inert template, where nothing in it loads or runs.

function sameAttributes(target: Element, source: Element): boolean {
  if (target.tagName !== source.tagName || target.attributes.length !== source.attributes.length)
    return false;
  for (const { name, value } of Array.from(source.attributes)) {
    if (target.getAttribute(name) !== value) return false;
  }
  return true;
}

/** Makes `target`'s children equal to `source`'s, moving the new nodes out of `source`. */
function patchChildren(target: Node, source: Node): void {
  let current = target.firstChild;
  let next = source.firstChild;
  while (next) {
    const following = next.nextSibling;
    if (!current) {
      target.appendChild(next);
    } else if (current.isEqualNode(next)) {
      current = current.nextSibling;
    } else if (
      current instanceof Element &&
      next instanceof Element &&
      sameAttributes(current, next)
    ) {
      patchChildren(current, next);
      current = current.nextSibling;
    } else if (current.nodeType === Node.TEXT_NODE && next.nodeType === Node.TEXT_NODE) {
      (current as Text).data = (next as Text).data;
      current = current.nextSibling;
    } else {
      const replaced = current;
      current = current.nextSibling;
      target.replaceChild(next, replaced);
    }
    next = following;
  }
  while (current) {
    const extra = current;
    current = current.nextSibling;
    target.removeChild(extra);
  }
}

/** Gives `element` the content `html` describes, keeping the nodes it already has right. */
export function patchMarkup(element: Element, html: string): void {
  // A new block has nothing to keep: parsed in place, its nodes need no moving.
  if (!element.firstChild) {
    element.innerHTML = html;
    return;
  }
  const template = element.ownerDocument.createElement('template');
  template.innerHTML = html;
  patchChildren(element, template.content);
}
