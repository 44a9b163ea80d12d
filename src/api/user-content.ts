// A user turn's `content` for the API: plain text, or text + image parts for a model that can see.
// Pure and synchronous: the caller resolves image bytes to data URLs first (store/image-data-urls)
// and passes them in, so chat and compare build identical requests.
import type { ContentPart } from '@/api/request-body';
import type { ImageRef, UserMessage } from '@/domain/conversation';

/** Data URLs of stored images, by ImageRef id. */
export type ImageDataUrls = ReadonlyMap<string, string>;

export interface UserContentOptions {
  /** Whether the target model reads images; the text model never gets image parts. */
  canSee: boolean;
  imageUrls?: ImageDataUrls;
}

function note(kind: 'omitted' | 'unavailable', image: ImageRef): string {
  return `[image ${kind}: ${image.name}]`;
}

function withNotes(text: string, notes: readonly string[]): string {
  if (notes.length === 0) return text;
  return text.trim() ? `${text}\n\n${notes.join('\n')}` : notes.join('\n');
}

export function userContent(
  message: Pick<UserMessage, 'text' | 'images'>,
  { canSee, imageUrls }: UserContentOptions,
): string | ContentPart[] {
  const images = message.images ?? [];
  if (images.length === 0) return message.text;
  // A text model hears that there was an image, so "the image above" still makes sense to it.
  if (!canSee) return withNotes(message.text, images.map((image) => note('omitted', image)));

  const parts: ContentPart[] = [];
  const missing: string[] = [];
  for (const image of images) {
    const url = imageUrls?.get(image.id);
    if (url) parts.push({ type: 'image_url', image_url: { url, detail: 'auto' } });
    else missing.push(note('unavailable', image));
  }
  const text = withNotes(message.text, missing);
  if (parts.length === 0) return text;
  return text.trim() ? [{ type: 'text', text }, ...parts] : parts;
}
