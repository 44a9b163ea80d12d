import { describe, expect, it } from 'vitest';
import {
  CHAT_STATE_VERSION,
  migrateChatState,
  settleAfterReload,
  UnreadableStateError,
} from '@/store/chat-migrations';
import { activePath } from '@/domain/conversation-tree';
import v1Fixture from '@/store/fixtures/chat-state-v1.json';
import v2Fixture from '@/store/fixtures/chat-state-v2.json';

// One fixture per older version: every stored shape ever shipped must still load.
const fixtures: [version: number, state: unknown][] = [
  [1, v1Fixture],
  [2, v2Fixture],
];

describe('chat state migrations', () => {
  it.each(fixtures)('loads a v%i state with every message and setting intact', (version, state) => {
    const migrated = migrateChatState(structuredClone(state), version);
    const conversation = migrated.conversations.c1!;
    expect(conversation.settings).toMatchObject({ systemPrompt: 'Be kind.', params: { temperature: 0.6 } });
    expect(activePath(conversation).map((message) => message.id)).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(migrated.drafts.c1).toBe('half-written prompt');
    expect(conversation.messages[1]).toMatchObject({ content: 'Hi! How can I help?', usage: { reasoningTokens: 20 } });
    expect(conversation).toMatchObject({ kind: 'chat', pinned: false });
    expect(conversation.messages[0]).toMatchObject({ images: [] });
  });

  it('keeps the other versions of a regenerated answer (v2 and later)', () => {
    const migrated = migrateChatState(structuredClone(v2Fixture), 2);
    expect(migrated.conversations.c1!.messages.map((message) => message.id)).toContain('m2b');
  });

  it('covers every version before the current one', () => {
    expect(fixtures.map(([version]) => version)).toEqual(
      Array.from({ length: CHAT_STATE_VERSION - 1 }, (_, index) => index + 1),
    );
  });

  it('refuses a state from a newer version instead of guessing', () => {
    expect(() => migrateChatState(v1Fixture, CHAT_STATE_VERSION + 1)).toThrow(UnreadableStateError);
  });

  it('refuses a damaged state, keeping the raw value for the backup', () => {
    const damaged = { conversations: { c1: { id: 'c1', messages: 'oops' } } };
    try {
      migrateChatState(damaged, CHAT_STATE_VERSION);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UnreadableStateError);
      expect((error as UnreadableStateError).raw).toBe(damaged);
    }
  });

  it('marks a turn cut off by a reload as interrupted and keeps its partial text', () => {
    const settled = settleAfterReload(migrateChatState(structuredClone(v1Fixture), 1));
    expect(settled.conversations.c1!.messages[3]).toMatchObject({
      status: 'interrupted',
      content: 'Sure, th',
      reasoning: 'Let me',
    });
  });
});
