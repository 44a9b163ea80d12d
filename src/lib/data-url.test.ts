import { describe, expect, it } from 'vitest';
import { blobToDataUrl, bytesToBase64, bytesToDataUrl, parseDataUrl } from '@/lib/data-url';

describe('data URLs', () => {
  it('encodes bytes as Node does', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7919) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('round-trips through a data URL', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255]);
    const url = bytesToDataUrl(bytes, 'image/png');
    expect(url).toBe('data:image/png;base64,iVBORwD/');
    expect(parseDataUrl(url)).toEqual({ mimeType: 'image/png', bytes });
  });

  it('reads a Blob with the type it is told', async () => {
    const url = await blobToDataUrl(new Blob([new Uint8Array([1, 2, 3])]), 'image/gif');
    expect(url).toBe('data:image/gif;base64,AQID');
  });

  it('refuses what is not a base64 data URL', () => {
    expect(parseDataUrl('https://example.com/a.png')).toBeUndefined();
    expect(parseDataUrl('data:text/plain,hello')).toBeUndefined();
    expect(parseDataUrl('data:image/png;base64,@@@')).toBeUndefined();
  });
});
