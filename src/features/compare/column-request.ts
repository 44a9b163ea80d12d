// The request of one column: its own settings and its own history. Images go only to models that
// can see; the others get the same prompt as text only.
import { buildChatRequestBody, type ChatRequestBody } from '@/api/request-body';
import type { CompareColumn, Message } from '@/domain/conversation';
import { historyUpTo } from '@/domain/conversation-tree';
import { getModel } from '@/domain/models';
import { columnTree } from '@/store/compare-slice';

/** The column's own history down to `promptId`. */
export function columnHistory(column: CompareColumn, promptId: string): Message[] {
  return historyUpTo(columnTree(column), promptId);
}

/**
 * `imageUrls`: the history's images as data URLs by id (store/image-data-urls). Only a model that
 * sees gets image parts; a text model gets the text, with a note that an image was there
 * (api/user-content), so "the image above" still makes sense to it.
 */
export function columnRequestBody(
  column: CompareColumn,
  promptId: string,
  imageUrls?: ReadonlyMap<string, string>,
): ChatRequestBody {
  return buildChatRequestBody(column.settings, columnHistory(column, promptId), {
    stream: true,
    imageUrls: getModel(column.settings.modelId).canSee ? imageUrls : undefined,
  });
}

/** True when the prompt carries images this column's model will not get. */
export function getsTextOnly(
  column: CompareColumn,
  prompt: { images: readonly unknown[] },
): boolean {
  return prompt.images.length > 0 && !getModel(column.settings.modelId).canSee;
}
