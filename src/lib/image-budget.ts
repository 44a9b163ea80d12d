// How big an image may be when it is sent, and what it will cost. Qwen3-VL reads one visual token
// per 32 × 32 px patch, 4 to 16,384 per image (256–1,280 suggested); large photos are downscaled
// in the browser to a pixel budget near that, keeping the aspect ratio and never upscaling.

export type ImageSizePreset = 'low' | 'standard' | 'high' | 'original';

export interface ImageBudget {
  preset: ImageSizePreset;
  label: string;
  /** Largest width × height sent; Infinity = as given. */
  maxPixels: number;
  /** A file within the pixel budget but heavier than this is re-encoded. */
  maxBytes: number;
  /** JPEG quality when re-encoding. */
  jpegQuality: number;
}

const PATCH = 32;
export const MIN_IMAGE_TOKENS = 4;
export const MAX_IMAGE_TOKENS = 16_384;
/** Qwen3-VL's processor refuses images thinner than this. */
export const MAX_ASPECT_RATIO = 200;
/** Images per message: enough for a comparison, few enough to stay within a context window. */
export const MAX_IMAGES_PER_MESSAGE = 8;
/** Files larger than this are not even decoded. */
export const MAX_FILE_BYTES = 40 * 1024 * 1024;

export const IMAGE_BUDGETS: Record<ImageSizePreset, ImageBudget> = {
  // 256 tokens: Qwen's lower suggestion; fine for "what is this?".
  low: { preset: 'low', label: 'Low', maxPixels: 256 * 1024, maxBytes: 400 * 1024, jpegQuality: 0.8 },
  // 1,600 tokens ≈ 1.6 MP (e.g. 1478 × 1108): reads text in screenshots and photos.
  standard: { preset: 'standard', label: 'Standard', maxPixels: 1600 * 1024, maxBytes: 1536 * 1024, jpegQuality: 0.86 },
  // 4,096 tokens ≈ 4.2 MP: dense documents and charts.
  high: { preset: 'high', label: 'High', maxPixels: 4096 * 1024, maxBytes: 4 * 1024 * 1024, jpegQuality: 0.9 },
  // The file as given; the model's own processor clamps it to 16,384 tokens.
  original: { preset: 'original', label: 'Original', maxPixels: Infinity, maxBytes: Infinity, jpegQuality: 0.92 },
};

export const IMAGE_SIZE_PRESETS = Object.keys(IMAGE_BUDGETS) as ImageSizePreset[];

export function isImageSizePreset(value: unknown): value is ImageSizePreset {
  return typeof value === 'string' && Object.hasOwn(IMAGE_BUDGETS, value);
}

/** Estimated visual tokens: one per 32 × 32 patch (sides rounded as Qwen does), clamped to 4–16,384. */
export function estimateImageTokens(width: number, height: number): number {
  const tokens = Math.max(1, Math.round(width / PATCH)) * Math.max(1, Math.round(height / PATCH));
  return Math.min(MAX_IMAGE_TOKENS, Math.max(MIN_IMAGE_TOKENS, tokens));
}

/** The largest size within `maxPixels` with the same aspect ratio; never larger than given. */
export function fitWithinPixels(width: number, height: number, maxPixels: number): { width: number; height: number } {
  if (width * height <= maxPixels) return { width, height };
  const scale = Math.sqrt(maxPixels / (width * height));
  // Floor keeps the product within the budget; at least 1 px a side, the other side then shrinks.
  let w = Math.max(1, Math.floor(width * scale));
  let h = Math.max(1, Math.floor(height * scale));
  if (w * h > maxPixels) {
    if (h === 1) w = Math.max(1, Math.floor(maxPixels));
    else h = Math.max(1, Math.floor(maxPixels / w));
  }
  return { width: w, height: h };
}

export type SizePlan =
  | { action: 'keep' }
  | { action: 'reencode'; width: number; height: number; why: 'too-many-pixels' | 'too-heavy' };

/** Whether a decoded image goes as it is or is redrawn (smaller, or only re-encoded). */
export function planImageSize(
  image: { width: number; height: number; bytes: number },
  budget: ImageBudget,
): SizePlan {
  const fitted = fitWithinPixels(image.width, image.height, budget.maxPixels);
  if (fitted.width !== image.width || fitted.height !== image.height)
    return { action: 'reencode', ...fitted, why: 'too-many-pixels' };
  if (image.bytes > budget.maxBytes)
    return { action: 'reencode', width: image.width, height: image.height, why: 'too-heavy' };
  return { action: 'keep' };
}

export function aspectRatioTooExtreme(width: number, height: number): boolean {
  return Math.max(width, height) / Math.max(1, Math.min(width, height)) > MAX_ASPECT_RATIO;
}

/** "1.6 MP" or "≤ 1.6 MP" style budget text for the UI. */
export function describeBudget(budget: ImageBudget): string {
  if (!Number.isFinite(budget.maxPixels)) return 'as given';
  const mp = budget.maxPixels / 1e6;
  return `≤ ${mp < 1 ? mp.toFixed(2) : mp.toFixed(1)} MP, ≈ ${Math.round(budget.maxPixels / 1024).toLocaleString('en-US')} tokens`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
