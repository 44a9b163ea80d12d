import { beforeEach, describe, expect, it } from 'vitest';
import type { Conversation } from '@/domain/conversation';
import { createConversation } from '@/domain/conversation-helpers';
import { DEFAULT_SETTINGS } from '@/domain/defaults';
import { useChatStore } from '@/store/chat-store';
import { describePreset, presetFromConversation, startChatFromPreset } from '@/features/presets/preset-actions';

function chat(): Conversation {
  return {
    ...createConversation('c', { ...DEFAULT_SETTINGS, systemPrompt: 'Sys', params: { seed: 9, stop: ['END'] } }, 0),
    title: 'Title',
    messages: [{ id: 'u', parentId: null, role: 'user', text: 'First', images: [], createdAt: 0 }],
  };
}

describe('presets and chats', () => {
  beforeEach(() => useChatStore.setState({ conversations: {}, activeId: null, drafts: {} }));

  it('takes the first message, or the draft before anything was sent', () => {
    const preset = presetFromConversation(chat(), 'draft', '  ');
    expect(preset).toEqual({ name: 'Title', systemPrompt: 'Sys', message: 'First', modelId: 'alibaba/qwen3-32b', thinking: true, params: { seed: 9, stop: ['END'] } });
    expect(presetFromConversation({ ...chat(), messages: [] }, 'draft', 'N').message).toBe('draft');
  });

  it('starts a chat with the preset applied and its message as the draft', () => {
    const preset = presetFromConversation(chat(), '', 'P');
    const id = startChatFromPreset({ ...preset, modelId: 'alibaba/qwen3-vl-32b-instruct', thinking: false });
    const state = useChatStore.getState();
    expect(state.activeId).toBe(id);
    expect(state.conversations[id]?.settings).toEqual({
      modelId: 'alibaba/qwen3-vl-32b-instruct',
      thinking: false,
      systemPrompt: 'Sys',
      params: { seed: 9, stop: ['END'] },
    });
    expect(state.drafts[id]).toBe('First');
    // The chat's params are a copy: editing them leaves the preset alone.
    expect(state.conversations[id]?.settings.params).not.toBe(preset.params);
  });

  it('summarises a preset', () => {
    expect(describePreset(presetFromConversation(chat(), '', 'P'), 'Qwen3 32B')).toBe('Qwen3 32B · thinking · seed, stop');
  });

  it('never says thinking for a model that cannot think', () => {
    const vision = chat();
    vision.settings = { ...vision.settings, modelId: 'alibaba/qwen3-vl-32b-instruct', thinking: true };
    const preset = presetFromConversation(vision, '', 'P');
    expect(preset.thinking).toBe(false);
    expect(describePreset({ ...preset, thinking: true }, 'Qwen3 VL 32B')).toBe('Qwen3 VL 32B · seed, stop');
  });
});
