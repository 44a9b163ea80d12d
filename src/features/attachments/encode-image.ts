// Redraws a decoded image at a given size and encodes it. JPEG has no alpha, so transparency is
// flattened on white first (as Qwen3-VL's processor does); PNG keeps it.
export type EncodeType = 'image/jpeg' | 'image/png';

export async function encodeImage(
  source: ImageBitmap,
  width: number,
  height: number,
  type: EncodeType,
  quality: number,
): Promise<Blob> {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    draw(context, source, width, height, type);
    return canvas.convertToBlob({ type, quality });
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  draw(context, source, width, height, type);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('encoding failed'))), type, quality),
  );
}

function draw(
  context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D,
  source: ImageBitmap,
  width: number,
  height: number,
  type: EncodeType,
) {
  if (type === 'image/jpeg') {
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
  }
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(source, 0, 0, width, height);
}
