// One file → what will be sent: checked by its bytes, decoded, shrunk to the budget when larger,
// re-encoded when too heavy; small ones go exactly as given.
import type { ImageMimeType, ImageRef } from '@/domain/conversation';
import {
  MAX_ASPECT_RATIO,
  MAX_FILE_BYTES,
  aspectRatioTooExtreme,
  formatBytes,
  planImageSize,
  type ImageBudget,
} from '@/lib/image-budget';
import { newImageId } from '@/lib/image-id';
import { SNIFF_BYTES, sniffImageType } from '@/lib/image-sniff';
import type { AttachedImage } from '@/store/image-drafts';
import { encodeImage, type EncodeType } from '@/features/attachments/encode-image';

export type PrepareResult = { ok: true; image: AttachedImage } | { ok: false; reason: string };

async function decode(file: Blob): Promise<ImageBitmap | undefined> {
  try {
    return await createImageBitmap(file);
  } catch {
    return undefined;
  }
}

/** Graphics (PNG, GIF) stay PNG while that fits the byte budget; photos become JPEG. */
async function reencode(
  bitmap: ImageBitmap,
  width: number,
  height: number,
  source: ImageMimeType,
  budget: ImageBudget,
  onlyTooHeavy: boolean,
): Promise<{ blob: Blob; mimeType: EncodeType }> {
  if (!onlyTooHeavy && (source === 'image/png' || source === 'image/gif')) {
    const png = await encodeImage(bitmap, width, height, 'image/png', 1);
    if (png.size <= budget.maxBytes) return { blob: png, mimeType: 'image/png' };
  }
  const jpeg = await encodeImage(bitmap, width, height, 'image/jpeg', budget.jpegQuality);
  return { blob: jpeg, mimeType: 'image/jpeg' };
}

export async function prepareImage(file: File, budget: ImageBudget): Promise<PrepareResult> {
  if (file.size > MAX_FILE_BYTES)
    return { ok: false, reason: `it is too large (${formatBytes(file.size)}; the limit is ${formatBytes(MAX_FILE_BYTES)})` };
  const sniffed = sniffImageType(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()));
  if (!sniffed.ok) return { ok: false, reason: sniffed.reason };

  const bitmap = await decode(file);
  if (!bitmap) return { ok: false, reason: 'the browser could not decode it (a damaged or unusual file)' };
  try {
    const { width, height } = bitmap;
    if (aspectRatioTooExtreme(width, height))
      return { ok: false, reason: `it is ${width} × ${height} px; the model takes aspect ratios up to ${MAX_ASPECT_RATIO}:1` };

    const base = { id: newImageId(), name: file.name || 'pasted image' };
    const plan = planImageSize({ width, height, bytes: file.size }, budget);
    if (plan.action === 'reencode') {
      const out = await reencode(bitmap, plan.width, plan.height, sniffed.mimeType, budget, plan.why === 'too-heavy');
      // Re-encoding only to save bytes is pointless when it saves none.
      if (plan.why === 'too-many-pixels' || out.blob.size < file.size) {
        const ref: ImageRef = {
          ...base,
          mimeType: out.mimeType,
          width: plan.width,
          height: plan.height,
          bytes: out.blob.size,
          original: { width, height, bytes: file.size, mimeType: sniffed.mimeType },
        };
        return { ok: true, image: { ref, blob: out.blob } };
      }
    }
    // As given, typed by its bytes (a .png that is really a JPEG is sent as image/jpeg).
    const blob = new Blob([file], { type: sniffed.mimeType });
    const ref: ImageRef = { ...base, mimeType: sniffed.mimeType, width, height, bytes: blob.size };
    return { ok: true, image: { ref, blob } };
  } finally {
    bitmap.close();
  }
}
