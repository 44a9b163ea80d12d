// Conversations as a Markdown document to read: the branch on screen, reasoning as a quote
// above each answer, images as links (data URLs when their bytes are at hand).
import type { Conversation, ImageRef, Message } from '@/domain/conversation';
import { activePath } from '@/domain/conversation-tree';

const quote = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');

/** Brackets and parentheses would end the link early. */
const linkText = (text: string) => text.replace(/[[\]()\\]/g, '');

function messageMarkdown(
  message: Message,
  imageUrl: (image: ImageRef) => string | undefined,
): string {
  if (message.role === 'user') {
    const images = message.images.map((image) => {
      const url = imageUrl(image);
      return url ? `![${linkText(image.name)}](${url})` : `*(image: ${linkText(image.name)})*`;
    });
    return ['### You', '', message.text, ...(images.length ? ['', ...images] : [])].join('\n');
  }
  const parts = [`### Assistant (${message.modelId})`, ''];
  if (message.reasoning.trim()) parts.push('> **Reasoning**', '>', quote(message.reasoning), '');
  parts.push(message.content || '*(no answer)*');
  if (message.status !== 'done')
    parts.push('', `*(${message.status}${message.error ? `: ${message.error.message}` : ''})*`);
  return parts.join('\n');
}

export function conversationToMarkdown(
  conversation: Conversation,
  imageUrl: (image: ImageRef) => string | undefined,
): string {
  const lines = [`# ${conversation.title.replace(/\s+/g, ' ')}`, ''];
  const settings = conversation.settings;
  lines.push(
    `*Model: ${settings.modelId}${settings.thinking ? ', thinking' : ''} · created ${new Date(conversation.createdAt).toISOString()}*`,
    '',
  );
  if (settings.systemPrompt.trim())
    lines.push('**System prompt**', '', quote(settings.systemPrompt), '');
  const path = (tree: Pick<Conversation, 'messages' | 'selected'>) =>
    activePath({ ...conversation, ...tree });
  for (const message of path(conversation)) lines.push(messageMarkdown(message, imageUrl), '');
  for (const column of conversation.compare?.columns ?? []) {
    lines.push(
      `## Column: ${column.settings.modelId}${column.settings.thinking ? ' (thinking)' : ''}`,
      '',
    );
    for (const message of path(column)) lines.push(messageMarkdown(message, imageUrl), '');
  }
  return lines.join('\n').trimEnd() + '\n';
}

export function conversationsToMarkdown(
  conversations: readonly Conversation[],
  imageUrl: (image: ImageRef) => string | undefined,
): string {
  return conversations
    .map((conversation) => conversationToMarkdown(conversation, imageUrl))
    .join('\n---\n\n');
}
