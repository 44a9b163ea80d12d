// Presets ⇄ conversations: what "Save as preset" takes from a chat, and what "Start chat" sets.
import type { Conversation } from '@/domain/conversation';
import { activePath } from '@/domain/conversation-tree';
import { getModel } from '@/domain/models';
import { useChatStore } from '@/store/chat-store';
import type { PresetDraft } from '@/store/presets-store';

/** The chat's system prompt, its first message (or the draft when nothing was sent) and settings. */
export function presetFromConversation(conversation: Conversation, draft: string, name: string): PresetDraft {
  const first = activePath(conversation).find((message) => message.role === 'user');
  const { settings } = conversation;
  return {
    name: name.trim() || conversation.title,
    systemPrompt: settings.systemPrompt,
    message: first?.role === 'user' ? first.text : draft,
    modelId: settings.modelId,
    // The VL model keeps the Thinking choice made for another model; it cannot think.
    thinking: settings.thinking && getModel(settings.modelId).canThink,
    params: structuredClone(settings.params),
  };
}

/** Opens a new chat with the preset's settings and its message in the composer, ready to send. */
export function startChatFromPreset(preset: PresetDraft): string {
  const store = useChatStore.getState();
  const id = store.newConversation();
  store.updateSettings(id, {
    modelId: preset.modelId,
    thinking: preset.thinking,
    systemPrompt: preset.systemPrompt,
    params: structuredClone(preset.params),
  });
  store.setDraft(id, preset.message);
  return id;
}

/** A one-line summary: model, thinking, and which parameters are set. */
export function describePreset(preset: PresetDraft, modelLabel: string): string {
  const names = Object.keys(preset.params);
  return [
    modelLabel,
    preset.thinking && getModel(preset.modelId).canThink ? 'thinking' : '',
    names.length ? names.join(', ') : 'no parameters',
  ]
    .filter(Boolean)
    .join(' · ');
}
