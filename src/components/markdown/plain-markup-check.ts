// Markup our own renderers write has a few fixed shapes: `<name attr="value">`, `</name>`, `<br>`,
// and in SVG or MathML `<name …/>`, with text and values escaped. When markup has only those
// shapes and the sanitizer's allow-list keeps every element and attribute exactly as written,
// sanitizing returns it unchanged, so it may skip being parsed into a document and purified: on
// a long streamed answer that was about a third of the main thread's work (bench/: streaming render).
// Anything else, however harmless, fails the check and is sanitized as before.

export interface PlainMarkupRules<Space extends string> {
  /** Where top-level elements stand. */
  root: Space;
  /** The space an element's children stand in, when it may stand in `parent`; else null. */
  spaceOf(name: string, parent: Space): Space | null;
  /** Spaces where `/>` closes an element (SVG, MathML); in HTML it would leave it open. */
  selfClosing: ReadonlySet<Space>;
  /** Elements with no content and no end tag. */
  voids: ReadonlySet<string>;
  /** Whether the sanitizer keeps this attribute (name lower-cased) of this element as written. */
  keepsAttribute(element: string, name: string, value: string): boolean;
  /** Whether it keeps the element as it is once each attribute passed (a link's target, say). */
  keepsElement?(element: string, attributes: ReadonlyMap<string, string>): boolean;
}

// One token at a time: text without `<` or `>`, an end tag, or a start tag whose attributes are
// double-quoted and free of `"`, `&`, `<` and `>`, so the value the browser reads is the text
// checked. Only HTML's own whitespace separates attributes (not `\s`, which also matches
// U+00A0 and others the browser would read as part of a name).
const token =
  /([^<>]+)|<\/([a-z][a-z0-9]*)>|<([a-z][a-z0-9]*)((?:[\t\n\f\r ]+[a-zA-Z][\w:-]*="[^"&<>]*")*)[\t\n\f\r ]*(\/?)>/y;
const attribute = /[\t\n\f\r ]+([a-zA-Z][\w:-]*)="([^"&<>]*)"/g;

/** A check: whether `markup` would come out of the sanitizer with these rules unchanged. */
export function createPlainMarkupCheck<Space extends string>(
  rules: PlainMarkupRules<Space>,
): (markup: string) => boolean {
  return (markup) => {
    const open: string[] = [];
    const spaces: Space[] = [rules.root];
    token.lastIndex = 0;
    while (token.lastIndex < markup.length) {
      const at = token.lastIndex;
      const match = token.exec(markup);
      if (!match || match.index !== at) return false;
      const [, text, end, start, attrs = '', slash] = match;
      if (text !== undefined) continue;
      if (end !== undefined) {
        if (open.pop() !== end) return false;
        spaces.pop();
        continue;
      }
      if (start === undefined) return false;
      const space = rules.spaceOf(start, spaces[spaces.length - 1] ?? rules.root);
      if (space === null) return false;
      const attributes = new Map<string, string>();
      for (const [, name = '', value = ''] of attrs.matchAll(attribute)) {
        const lower = name.toLowerCase();
        if (attributes.has(lower) || !rules.keepsAttribute(start, lower, value)) return false;
        attributes.set(lower, value);
      }
      if (rules.keepsElement && !rules.keepsElement(start, attributes)) return false;
      if (slash) {
        if (!rules.selfClosing.has(space)) return false;
      } else if (!rules.voids.has(start)) {
        open.push(start);
        spaces.push(space);
      }
    }
    return open.length === 0;
  };
}
