// The demo provider's eyes: real pixel size and dominant colour of an image data URL, measured in
// the browser (decode → tiny canvas → coarse colour histogram).
import type { DemoImageFacts } from '@/api/demo-answer-types';
import { parseDataUrl } from '@/lib/data-url';
import { measureDominantColor } from '@/lib/dominant-color';

const SAMPLE = 48;

export async function describeImage(url: string): Promise<DemoImageFacts> {
  const parsed = parseDataUrl(url);
  if (!parsed) throw new Error('not a base64 data URL');
  const bitmap = await createImageBitmap(new Blob([parsed.bytes], { type: parsed.mimeType }));
  try {
    const { width, height } = bitmap;
    const scale = Math.min(1, SAMPLE / Math.max(width, height));
    const w = Math.max(1, Math.round(width * scale));
    const h = Math.max(1, Math.round(height * scale));
    const canvas = new OffscreenCanvas(w, h);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(bitmap, 0, 0, w, h);
    const { color, share } = measureDominantColor(context.getImageData(0, 0, w, h).data);
    return { width, height, dominantColor: color, dominantShare: share };
  } finally {
    bitmap.close();
  }
}
