// From a validated export file to what is added: ids already in use (or deleted here, or used
// twice in the file) are replaced by fresh ones, with every reference to them — parentId,
// `selected`, image refs — following; answers the file caught mid-stream become interrupted.
// Pure: the caller says which ids are taken and how to make new ones.
import type { CompareColumn, Conversation, Message } from '@/domain/conversation';
import type { TransferFile } from '@/domain/transfer-format';

export interface TakenIds {
  conversations: ReadonlySet<string>;
  messages: ReadonlySet<string>;
  images: ReadonlySet<string>;
}

export type IdKind = 'conversation' | 'message' | 'image';

export interface ImportPlan {
  conversations: Conversation[];
  /** Images to store, under the id the imported messages now use. */
  images: { id: string; mimeType: string; data: string }[];
}

export function planImport(
  file: TransferFile,
  taken: TakenIds,
  freshId: (kind: IdKind) => string,
): ImportPlan {
  const used = {
    conversations: new Set<string>(),
    messages: new Set<string>(),
    images: new Set<string>(),
  };
  const claim = (
    kind: IdKind,
    original: string,
    takenIds: ReadonlySet<string>,
    usedIds: Set<string>,
  ) => {
    let next = original;
    while (takenIds.has(next) || usedIds.has(next)) next = freshId(kind);
    usedIds.add(next);
    return next;
  };

  const imageIds = new Map<string, string>();
  const imageId = (original: string) => {
    let next = imageIds.get(original);
    if (next === undefined) {
      next = claim('image', original, taken.images, used.images);
      imageIds.set(original, next);
    }
    return next;
  };

  const remapTree = (list: Message[], selected: Record<string, string>) => {
    const ids = new Map<string, string>();
    const messages = list.map((message): Message => {
      const id = claim('message', message.id, taken.messages, used.messages);
      ids.set(message.id, id);
      // Validation guarantees the parent came first, so it is already mapped.
      const parentId = message.parentId === null ? null : (ids.get(message.parentId) ?? null);
      if (message.role === 'user') {
        return {
          ...message,
          id,
          parentId,
          images: message.images.map((image) => ({ ...image, id: imageId(image.id) })),
        };
      }
      return {
        ...message,
        id,
        parentId,
        status: message.status === 'streaming' ? 'interrupted' : message.status,
      };
    });
    const remapped = Object.fromEntries(
      Object.entries(selected).flatMap(([parent, child]) => {
        const newParent = parent === 'root' ? 'root' : ids.get(parent);
        const newChild = ids.get(child);
        return newParent && newChild ? [[newParent, newChild]] : [];
      }),
    );
    return { messages, selected: remapped };
  };

  const conversations = file.conversations.map((conversation): Conversation => {
    const id = claim('conversation', conversation.id, taken.conversations, used.conversations);
    const imported: Conversation = {
      ...conversation,
      id,
      ...remapTree(conversation.messages, conversation.selected),
    };
    if (conversation.compare) {
      imported.compare = {
        ...conversation.compare,
        columns: conversation.compare.columns.map((column): CompareColumn => ({
          ...column,
          ...remapTree(column.messages, column.selected),
        })),
      };
    }
    return imported;
  });

  const images = [...imageIds].flatMap(([original, id]) => {
    const image = Object.hasOwn(file.images, original) ? file.images[original] : undefined;
    return image ? [{ id, mimeType: image.mimeType, data: image.data }] : [];
  });
  return { conversations, images };
}
