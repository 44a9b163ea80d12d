// The export file: every conversation complete (all branches, settings, comparisons) and the
// bytes of its images as base64, so it can be imported again anywhere. It holds nothing else:
// no API key, no base URL, no drafts.
import type { Conversation, ImageMimeType, ImageRef, Message } from '@/domain/conversation';

export const TRANSFER_FORMAT = 'qwen-playground/conversations';
export const TRANSFER_VERSION = 1;

export interface TransferImage {
  mimeType: ImageMimeType;
  /** The bytes, base64. */
  data: string;
}

export interface TransferFile {
  format: typeof TRANSFER_FORMAT;
  version: typeof TRANSFER_VERSION;
  exportedAt: string;
  conversations: Conversation[];
  /** Image id → its bytes; images whose bytes could not be read are left out. */
  images: Record<string, TransferImage>;
}

/** What an import accepts at most: enough for years of use, small enough to stay responsive. */
export const TRANSFER_LIMITS = {
  fileBytes: 50 * 1024 * 1024,
  conversations: 5000,
  messagesPerConversation: 5000,
  messagesInTotal: 200_000,
  textChars: 1_000_000,
  titleChars: 1000,
  images: 2000,
  imagesPerMessage: 20,
  /** 20 MB of bytes as base64. */
  imageBase64Chars: Math.ceil((20 * 1024 * 1024 * 4) / 3) + 4,
  columns: 8,
} as const;

/** Every message of a conversation, a comparison's columns included. */
export function allMessages(conversation: Conversation): Message[] {
  const columns = conversation.compare?.columns ?? [];
  return columns.length === 0
    ? conversation.messages
    : [...conversation.messages, ...columns.flatMap((column) => column.messages)];
}

/** The images the conversations refer to, each once. */
export function imageRefsOf(conversations: readonly Conversation[]): ImageRef[] {
  const refs = new Map<string, ImageRef>();
  for (const conversation of conversations) {
    for (const message of allMessages(conversation)) {
      if (message.role === 'user') for (const image of message.images) refs.set(image.id, image);
    }
  }
  return [...refs.values()];
}

export function buildTransferFile(
  conversations: readonly Conversation[],
  images: Record<string, TransferImage>,
  now: Date,
): TransferFile {
  return {
    format: TRANSFER_FORMAT,
    version: TRANSFER_VERSION,
    exportedAt: now.toISOString(),
    conversations: [...conversations],
    images,
  };
}
