import { describe, expect, it } from 'vitest';
import { isSafeHref, safeHref, safeImageSrc } from '@/lib/safe-href';

describe('isSafeHref', () => {
  it('accepts absolute http, https and mailto', () => {
    expect(isSafeHref('https://example.com/a?b=1#c')).toBe(true);
    expect(isSafeHref('http://example.com')).toBe(true);
    expect(isSafeHref('HTTPS://EXAMPLE.COM')).toBe(true);
    expect(isSafeHref('mailto:ada@example.com')).toBe(true);
    expect(isSafeHref('  https://example.com  ')).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\u0000script:alert(1)',
    '\u0001javascript:alert(1)',
    '\u200bjavascript:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    '&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1)',
    'javascript&colon;alert(1)',
    'java&Tab;script:alert(1)',
    '&amp;#106;avascript:alert(1)',
    'javascript%3Aalert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'blob:https://example.com/x',
    'about:blank',
    '//evil.example',
    '/relative',
    '#anchor',
    'https://',
    'https:// spaced.example',
    'ｊavascript:alert(1)',
    'https://exa\tmple.com',
    '',
  ])('refuses %j', (href) => {
    expect(isSafeHref(href)).toBe(false);
  });

  it('decodes character references the way a browser would', () => {
    expect(safeHref('&#104;ttps://example.com/')).toBe('https://example.com/');
    expect(safeHref('https://example.com/?a=1&amp;b=2')).toBe('https://example.com/?a=1&b=2');
  });

  it('leaves references alone when asked to (autolinks are literal)', () => {
    expect(safeHref('&#104;ttps://example.com/', { decodeReferences: false })).toBeNull();
  });

  it('returns a canonical URL', () => {
    expect(safeHref('https://Example.com/a b')).toBe('https://example.com/a%20b');
  });
});

describe('safeImageSrc', () => {
  it('allows only http and https', () => {
    expect(safeImageSrc('https://img.example/cat.png')).toBe('https://img.example/cat.png');
    expect(safeImageSrc('mailto:a@example.com')).toBeNull();
    expect(safeImageSrc('data:image/png;base64,AAAA')).toBeNull();
  });
});
