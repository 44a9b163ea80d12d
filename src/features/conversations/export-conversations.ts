// Export: one conversation or all, as JSON (complete, with image bytes, re-importable) or as
// Markdown (to read). Built from the chat store's conversations and the image blobs only — the
// settings store (API key, base URL) is never read here.
import type { Conversation, ImageRef } from '@/domain/conversation';
import { conversationsToMarkdown } from '@/domain/conversation-markdown';
import { compareForList } from '@/domain/conversation-search';
import {
  buildTransferFile,
  imageRefsOf,
  type TransferFile,
  type TransferImage,
} from '@/domain/transfer-format';
import { bytesToBase64 } from '@/lib/data-url';
import { useChatStore } from '@/store/chat-store';
import { getImageBlob } from '@/store/image-blobs';
import { downloadFile } from '@/lib/download-file';

export type ExportScope = { kind: 'all' } | { kind: 'one'; id: string };
export type ExportFormat = 'json' | 'markdown';

function conversationsIn(scope: ExportScope): Conversation[] {
  const { conversations } = useChatStore.getState();
  if (scope.kind === 'one') {
    const one = conversations[scope.id];
    return one ? [one] : [];
  }
  return Object.values(conversations).sort(compareForList);
}

/** The bytes of every image the conversations show; unreadable ones are left out. */
async function readImages(refs: readonly ImageRef[]): Promise<Record<string, TransferImage>> {
  const entries = await Promise.all(
    refs.map(async (ref): Promise<[string, TransferImage] | null> => {
      try {
        const blob = await getImageBlob(ref.id);
        if (!blob) return null;
        return [
          ref.id,
          { mimeType: ref.mimeType, data: bytesToBase64(new Uint8Array(await blob.arrayBuffer())) },
        ];
      } catch {
        return null;
      }
    }),
  );
  return Object.fromEntries(entries.filter((entry) => entry !== null));
}

export async function buildExport(scope: ExportScope): Promise<TransferFile> {
  const conversations = conversationsIn(scope);
  return buildTransferFile(conversations, await readImages(imageRefsOf(conversations)), new Date());
}

export async function buildMarkdownExport(scope: ExportScope): Promise<string> {
  const file = await buildExport(scope);
  return conversationsToMarkdown(file.conversations, (image) => {
    const bytes = Object.hasOwn(file.images, image.id) ? file.images[image.id] : undefined;
    return bytes ? `data:${bytes.mimeType};base64,${bytes.data}` : undefined;
  });
}

function fileName(scope: ExportScope, extension: string): string {
  const date = new Date().toISOString().slice(0, 10);
  if (scope.kind === 'all') return `qwen-playground-conversations-${date}.${extension}`;
  const title = useChatStore.getState().conversations[scope.id]?.title ?? 'conversation';
  const slug =
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'conversation';
  return `${slug}-${date}.${extension}`;
}

export async function exportConversations(scope: ExportScope, format: ExportFormat): Promise<void> {
  if (format === 'json') {
    const file = await buildExport(scope);
    downloadFile(fileName(scope, 'json'), JSON.stringify(file, null, 2), 'application/json');
  } else {
    downloadFile(fileName(scope, 'md'), await buildMarkdownExport(scope), 'text/markdown');
  }
}
