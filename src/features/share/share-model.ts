// A conversation (or a comparison) as the shared page shows it: the branch on screen, figures as
// text, images read from the Blob store as data URLs.
import { turnFigures } from '@/components/turn/turn-figures';
import type {
  AssistantMessage,
  ChatSettings,
  Conversation,
  ImageRef,
  Message,
} from '@/domain/conversation';
import { activePath } from '@/domain/conversation-tree';
import { getModel } from '@/domain/models';
import { formatInteger, formatRate, formatSeconds, formatUsd } from '@/lib/format';
import { getImageBlob } from '@/store/image-blobs';
import type {
  SharedColumn,
  SharedDocument,
  SharedImage,
  SharedTurn,
} from '@/features/share/share-document';

export type LoadImage = (ref: ImageRef) => Promise<SharedImage | null>;

async function blobToDataUrl(blob: Blob, mimeType: string): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode with a huge argument list overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return `data:${mimeType};base64,${btoa(binary)}`;
}

export const loadImageFromStore: LoadImage = async (ref) => {
  const blob = await getImageBlob(ref.id);
  return blob ? { name: ref.name, dataUrl: await blobToDataUrl(blob, ref.mimeType) } : null;
};

export function figuresOf(message: AssistantMessage): string[] {
  const f = turnFigures(message);
  const out: string[] = [];
  if (f.timeToFirstTokenMs !== undefined)
    out.push(`First token ${formatSeconds(f.timeToFirstTokenMs)}`);
  if (f.reasoningMs !== undefined) out.push(`Reasoning ${formatSeconds(f.reasoningMs)}`);
  if (f.totalMs !== undefined) out.push(`Total ${formatSeconds(f.totalMs)}`);
  if (f.tokensPerSecond !== undefined) out.push(`Speed ${formatRate(f.tokensPerSecond)}`);
  if (f.promptTokens !== undefined) out.push(`Prompt ${formatInteger(f.promptTokens)} tok`);
  if (f.completionTokens !== undefined)
    out.push(`Completion ${formatInteger(f.completionTokens)} tok`);
  if (f.reasoningTokens !== undefined)
    out.push(`Reasoning tokens ${formatInteger(f.reasoningTokens)} tok`);
  if (f.costUsd !== undefined) out.push(`Cost ${formatUsd(f.costUsd)}`);
  return out;
}

function notesOf(message: AssistantMessage): string[] {
  const notes: string[] = [];
  if (message.status === 'stopped') notes.push('Stopped before the end.');
  if (message.status === 'interrupted') notes.push('Interrupted before the end.');
  if (message.error) {
    const { status: code, message: text } = message.error;
    const status = code && !text.includes(`HTTP ${code}`) ? `HTTP ${code}: ` : '';
    notes.push(`Failed — ${status}${text}`);
  }
  if (message.finishReason === 'length') notes.push('Cut short by the token limit.');
  if (message.replay) notes.push('Replayed from a recording.');
  else if (message.demo) notes.push('Answered by the offline demo provider.');
  return notes;
}

async function turnsOf(messages: Message[], loadImage: LoadImage): Promise<SharedTurn[]> {
  return Promise.all(
    messages.map(async (message): Promise<SharedTurn> => {
      if (message.role === 'user') {
        const images = await Promise.all(
          message.images.map((ref) => loadImage(ref).catch(() => null)),
        );
        return {
          role: 'user',
          text: message.text,
          images: images.filter((img): img is SharedImage => !!img),
        };
      }
      return {
        role: 'assistant',
        modelLabel: getModel(message.modelId).label,
        modelId: message.modelId,
        reasoning: message.reasoning,
        content: message.content,
        figures: figuresOf(message),
        notes: notesOf(message),
      };
    }),
  );
}

function describeSettings(settings: ChatSettings): string {
  const model = getModel(settings.modelId);
  return `${settings.modelId}${model.canThink ? (settings.thinking ? ', thinking on' : ', thinking off') : ''}`;
}

async function column(
  tree: Pick<Conversation, 'messages' | 'selected'>,
  settings: ChatSettings,
  loadImage: LoadImage,
): Promise<SharedColumn> {
  const path = activePath(tree as Conversation);
  return {
    heading: getModel(settings.modelId).label,
    subheading: describeSettings(settings),
    systemPrompt: settings.systemPrompt,
    turns: await turnsOf(path, loadImage),
  };
}

export async function sharedDocumentOf(
  conversation: Conversation,
  loadImage: LoadImage = loadImageFromStore,
  now = Date.now(),
): Promise<SharedDocument> {
  const compare = conversation.kind === 'compare' && conversation.compare;
  const columns = compare
    ? await Promise.all(compare.columns.map((col) => column(col, col.settings, loadImage)))
    : [await column(conversation, conversation.settings, loadImage)];
  return {
    title: conversation.title || 'Conversation',
    kind: compare ? 'compare' : 'chat',
    exportedAt: now,
    columns,
  };
}
