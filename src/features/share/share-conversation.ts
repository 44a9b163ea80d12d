// "Share as HTML": the open conversation as one self-contained page, downloaded.
import { preloadMarkdownModules } from '@/components/markdown/lazy-modules';
import { renderMarkdownToSafeHtml } from '@/components/markdown/render-markdown';
import type { Conversation } from '@/domain/conversation';
import { downloadFile, fileNameFor } from '@/lib/download-file';
import { buildShareHtml } from '@/features/share/share-html';
import { sharedDocumentOf } from '@/features/share/share-model';
import { shareCss } from '@/features/share/share-styles';

export async function shareConversationAsHtml(conversation: Conversation): Promise<void> {
  // Code highlighting and math are part of the page when their modules are ready.
  await preloadMarkdownModules().catch(() => undefined);
  const doc = await sharedDocumentOf(conversation);
  const html = buildShareHtml(doc, (markdown) => renderMarkdownToSafeHtml(markdown), shareCss);
  downloadFile(fileNameFor(doc.title, 'html'), html, 'text/html');
}
