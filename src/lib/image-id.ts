// Image ids carry their creation time, so a clean-up can leave fresh blobs alone (another tab may
// have just stored one for a message this tab has not seen yet).
import { newId } from '@/lib/ids';

export function newImageId(now = Date.now()): string {
  return `img_${now.toString(36)}_${newId()}`;
}

/** When the image was stored, or undefined for ids of another shape. */
export function imageIdTime(id: string): number | undefined {
  const match = /^img_([0-9a-z]+)_[0-9a-z]+$/.exec(id);
  if (!match) return undefined;
  const time = parseInt(match[1]!, 36);
  return Number.isFinite(time) ? time : undefined;
}
