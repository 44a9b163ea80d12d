// Decodes HTML character references (`&#106;`, `&#x6A;`, `&colon;`…) the way a browser would
// before it reads a URL, so a link check sees the same scheme the browser will.

const named: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  colon: ':',
  semi: ';',
  tab: '\t',
  newline: '\n',
  sol: '/',
  bsol: '\\',
  lpar: '(',
  rpar: ')',
  period: '.',
  comma: ',',
  excl: '!',
  num: '#',
  percnt: '%',
  quest: '?',
  equals: '=',
  plus: '+',
  commat: '@',
  lowbar: '_',
  hyphen: '-',
  dash: '\u2010',
  grave: '`',
  zwj: '\u200d',
  zwnj: '\u200c',
  shy: '\u00ad',
};

const reference = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,8})|([a-zA-Z][a-zA-Z0-9]{1,31}));?/g;

function fromCodePoint(codePoint: number): string {
  // Browsers map NUL, surrogates and out-of-range values to U+FFFD.
  if (codePoint === 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
    return '\ufffd';
  }
  return String.fromCodePoint(codePoint);
}

/** One decoding pass; unknown named references are left as they are. */
export function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(reference, (match, dec?: string, hex?: string, name?: string) => {
    if (dec) return fromCodePoint(Number.parseInt(dec, 10));
    if (hex) return fromCodePoint(Number.parseInt(hex, 16));
    const value = name ? named[name.toLowerCase()] : undefined;
    return value ?? match;
  });
}
