import { describe, expect, it } from 'vitest';
import type { Conversation, Message } from '@/domain/conversation';
import { activePath } from '@/domain/conversation-tree';
import { DEFAULT_SETTINGS } from '@/domain/defaults';
import { buildTransferFile } from '@/domain/transfer-format';
import { planImport } from '@/domain/transfer-import';

const messages: Message[] = [
  {
    id: 'm1',
    parentId: null,
    role: 'user',
    text: 'Hi',
    createdAt: 1,
    images: [{ id: 'img1', name: 'a.png', mimeType: 'image/png', width: 1, height: 1, bytes: 1 }],
  },
  {
    id: 'm2',
    parentId: 'm1',
    role: 'assistant',
    modelId: 'alibaba/qwen3-32b',
    thinking: false,
    reasoning: '',
    content: 'one',
    status: 'done',
    timings: { startedAt: 1 },
    demo: true,
    createdAt: 2,
  },
  {
    id: 'm3',
    parentId: 'm1',
    role: 'assistant',
    modelId: 'alibaba/qwen3-32b',
    thinking: false,
    reasoning: '',
    content: 'two',
    status: 'streaming',
    timings: { startedAt: 1 },
    demo: true,
    createdAt: 3,
  },
];
const conversation: Conversation = {
  id: 'c1',
  kind: 'chat',
  title: 'T',
  pinned: false,
  createdAt: 1,
  updatedAt: 3,
  settings: DEFAULT_SETTINGS,
  messages,
  selected: { root: 'm1', m1: 'm2' },
};
const file = buildTransferFile(
  [conversation],
  { img1: { mimeType: 'image/png', data: 'aGk=' } },
  new Date(0),
);
const none = {
  conversations: new Set<string>(),
  messages: new Set<string>(),
  images: new Set<string>(),
};
const counter = () => {
  let next = 0;
  return (kind: string) => `${kind[0]}new${(next += 1)}`;
};

describe('planImport', () => {
  it('keeps the ids when nothing collides, and marks an answer caught mid-stream interrupted', () => {
    const plan = planImport(file, none, counter());
    expect(plan.conversations[0]).toEqual({
      ...conversation,
      messages: [messages[0], messages[1], { ...messages[2], status: 'interrupted' }],
    });
    expect(plan.images).toEqual([{ id: 'img1', mimeType: 'image/png', data: 'aGk=' }]);
  });

  it('gives fresh ids on collision and keeps the tree, the chosen branch and the images linked', () => {
    const taken = {
      conversations: new Set(['c1']),
      messages: new Set(['m1', 'm2', 'm3']),
      images: new Set(['img1']),
    };
    const plan = planImport(file, taken, counter());
    const imported = plan.conversations[0]!;
    expect(imported.id).not.toBe('c1');
    const ids = imported.messages.map((message) => message.id);
    expect(ids.some((id) => taken.messages.has(id))).toBe(false);
    expect(
      activePath(imported).map((message) =>
        message.role === 'user' ? message.text : message.content,
      ),
    ).toEqual(['Hi', 'one']);
    const firstPrompt = imported.messages[0]!;
    expect(firstPrompt.role === 'user' && firstPrompt.images[0]!.id).toBe(plan.images[0]!.id);
    expect(plan.images[0]!.id).not.toBe('img1');
  });

  it('gives the second of two identical conversations in one file its own ids', () => {
    const twice = { ...file, conversations: [conversation, conversation] };
    const plan = planImport(twice, none, counter());
    const [first, second] = plan.conversations;
    expect(first!.id).not.toBe(second!.id);
    const firstIds = new Set(first!.messages.map((message) => message.id));
    expect(second!.messages.some((message) => firstIds.has(message.id))).toBe(false);
    expect(activePath(second!)).toHaveLength(2);
  });
});
