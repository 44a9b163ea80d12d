import { describe, expect, it } from 'vitest';
import { sniffImageType } from '@/lib/image-sniff';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));

describe('sniffImageType', () => {
  it.each([
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'), 'image/jpeg'],
    ['PNG', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR'), 'image/png'],
    ['GIF87a', bytes('GIF87a', [1, 0, 1, 0]), 'image/gif'],
    ['GIF89a', bytes('GIF89a', [1, 0, 1, 0]), 'image/gif'],
    ['WEBP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
  ])('accepts %s by its signature', (_name, input, mimeType) => {
    expect(sniffImageType(input)).toEqual({ ok: true, mimeType });
  });

  it.each([
    ['SVG', bytes('<svg xmlns="http://www.w3.org/2000/svg"></svg>'), 'an SVG drawing'],
    ['SVG with XML prolog', bytes('  <?xml version="1.0"?>\n<svg></svg>'), 'an SVG drawing'],
    ['HEIC', bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic'), 'a HEIC/HEIF photo'],
    ['HEIF (mif1)', bytes([0, 0, 0, 0x18], 'ftypmif1'), 'a HEIC/HEIF photo'],
    ['AVIF', bytes([0, 0, 0, 0x1c], 'ftypavif'), 'an AVIF image'],
    ['MP4', bytes([0, 0, 0, 0x1c], 'ftypisom'), 'a video or ISO media file'],
    ['PDF', bytes('%PDF-1.7\n%âãÏÓ'), 'a PDF document'],
    ['BMP', bytes('BM', [0x36, 0x28, 0, 0, 0, 0]), 'a BMP bitmap'],
    ['TIFF', bytes([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0]), 'a TIFF image'],
    ['a renamed text file', bytes('Hello, this is not a PNG at all.\n'), 'a text file, not an image'],
    ['random bytes', bytes([0x00, 0x13, 0x37, 0x00, 0x99, 0x01]), 'not a recognised image'],
  ])('refuses %s and says what it is', (_name, input, kind) => {
    const result = sniffImageType(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.kind).toBe(kind);
      expect(result.reason).toContain(kind);
      expect(result.reason).toMatch(/JPEG, PNG, GIF and WebP/);
    }
  });

  it('refuses an empty file', () => {
    expect(sniffImageType(new Uint8Array())).toMatchObject({ ok: false, kind: 'empty' });
  });

  it('judges by bytes, not by a truncated half signature', () => {
    expect(sniffImageType(bytes([0x89], 'PNG'))).toMatchObject({ ok: false });
    expect(sniffImageType(bytes('RIFF', [0, 0, 0, 0], 'WAVE'))).toMatchObject({ ok: false });
  });
});
