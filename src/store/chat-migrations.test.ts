import { describe, expect, it } from 'vitest';
import {
  CHAT_STATE_VERSION,
  migrateChatState,
  settleAfterReload,
  UnreadableStateError,
  type PersistedChatState,
} from '@/store/chat-migrations';
import { DEFAULT_SETTINGS } from '@/domain/defaults';

const v1Fixture: PersistedChatState = {
  activeId: 'c1',
  drafts: { c1: 'half-written prompt' },
  lastSettings: DEFAULT_SETTINGS,
  conversations: {
    c1: {
      id: 'c1',
      title: 'Hello',
      createdAt: 1,
      updatedAt: 2,
      settings: DEFAULT_SETTINGS,
      messages: [
        { id: 'm1', role: 'user', text: 'Hello', createdAt: 1 },
        {
          id: 'm2',
          role: 'assistant',
          modelId: 'alibaba/qwen3-32b',
          thinking: true,
          reasoning: 'Okay, the user said hello.',
          content: 'Hi th',
          status: 'streaming',
          timings: { startedAt: 1, firstReasoningAt: 2 },
          demo: false,
          createdAt: 1,
        },
      ],
    },
  },
};

describe('chat state migrations', () => {
  it('loads a state of the current version as it is', () => {
    expect(migrateChatState(structuredClone(v1Fixture), 1)).toEqual(v1Fixture);
  });

  it('refuses a state from a newer version instead of guessing', () => {
    expect(() => migrateChatState(v1Fixture, CHAT_STATE_VERSION + 1)).toThrow(UnreadableStateError);
  });

  it('refuses a damaged state, keeping the raw value for the backup', () => {
    const damaged = { conversations: { c1: { id: 'c1', messages: 'oops' } } };
    try {
      migrateChatState(damaged, 1);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UnreadableStateError);
      expect((error as UnreadableStateError).raw).toBe(damaged);
    }
  });

  it('marks a turn cut off by a reload as interrupted and keeps its partial text', () => {
    const settled = settleAfterReload(v1Fixture);
    const turn = settled.conversations.c1!.messages[1]!;
    expect(turn).toMatchObject({ status: 'interrupted', content: 'Hi th', reasoning: 'Okay, the user said hello.' });
    expect(settled.drafts.c1).toBe('half-written prompt');
  });
});
