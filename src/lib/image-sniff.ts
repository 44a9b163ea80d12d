// What an attached file really is, read from its first bytes: a name or a MIME type can lie
// (a renamed text file, a HEIC called .jpg). Only the four formats the VL model takes pass.

/** The formats the VL model takes (the same union as domain's ImageMimeType; lib imports nothing). */
export type SendableImageType = 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp';

export type SniffResult =
  | { ok: true; mimeType: SendableImageType }
  | { ok: false; kind: string; reason: string };

/** How many leading bytes `sniffImageType` needs to decide. */
export const SNIFF_BYTES = 1024;

const ACCEPTED = 'only JPEG, PNG, GIF and WebP images can be sent';

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((byte, i) => bytes[at + i] === byte);
}

// ISO-BMFF brands (`ftyp` box): HEIC/HEIF from phones, AVIF.
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

/** Printable UTF-8-ish text: no NUL and almost no control bytes. */
function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  let control = 0;
  for (const byte of bytes) {
    if (byte === 0) return false;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control / bytes.length < 0.02;
}

function refuse(kind: string, why = ACCEPTED): SniffResult {
  return { ok: false, kind, reason: `it is ${kind}; ${why}` };
}

export function sniffImageType(bytes: Uint8Array): SniffResult {
  if (bytes.length === 0) return { ok: false, kind: 'empty', reason: 'the file is empty' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ok: true, mimeType: 'image/jpeg' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { ok: true, mimeType: 'image/png' };
  const six = ascii(bytes, 0, 6);
  if (six === 'GIF87a' || six === 'GIF89a') return { ok: true, mimeType: 'image/gif' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP')
    return { ok: true, mimeType: 'image/webp' };

  if (ascii(bytes, 4, 4) === 'ftyp') {
    const brand = ascii(bytes, 8, 4);
    if (HEIF_BRANDS.has(brand)) return refuse('a HEIC/HEIF photo', `${ACCEPTED} (export it as JPEG first)`);
    if (AVIF_BRANDS.has(brand)) return refuse('an AVIF image');
    return refuse('a video or ISO media file');
  }
  if (ascii(bytes, 0, 5) === '%PDF-') return refuse('a PDF document');
  if (ascii(bytes, 0, 2) === 'BM') return refuse('a BMP bitmap');
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]))
    return refuse('a TIFF image');
  if (startsWith(bytes, [0x00, 0x00, 0x01, 0x00])) return refuse('an ICO icon');

  if (looksLikeText(bytes)) {
    const head = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '').trimStart().toLowerCase();
    if (head.startsWith('<svg') || ((head.startsWith('<?xml') || head.startsWith('<!doctype svg')) && head.includes('<svg')))
      return refuse('an SVG drawing', `${ACCEPTED} (take a screenshot or export it as PNG)`);
    return refuse('a text file, not an image');
  }
  return refuse('not a recognised image');
}
