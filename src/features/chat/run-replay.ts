// A replayed turn: the recording's prompt as a user turn, then its answer streamed again through
// the same loop a live turn uses (api/stream-turn), from a fetch that re-emits the recorded SSE
// events at their recorded pace. No network, no key. Stop works as for any turn.
import { createReplayFetch } from '@/api/replay-fetch';
import type { ChatRequestBody } from '@/api/request-body';
import { streamTurn } from '@/api/load-stream-turn';
import { createStreamingAnswer, isStreaming } from '@/domain/conversation-helpers';
import type { Recording, ReplaySpeed } from '@/domain/recording';
import { newId } from '@/lib/ids';
import { useChatStore } from '@/store/chat-store';
import { captureHooks, useTurnCaptures } from '@/store/turn-captures';
import { beginTurn, endTurn } from '@/features/chat/active-turns';

const REPLAY_BASE_URL = 'https://replay.invalid/v1';

/** Replays `recording` as a new turn of the conversation. False when a turn is running there. */
export function replayRecording(
  conversationId: string,
  recording: Recording,
  speed: ReplaySpeed,
): boolean {
  const store = useChatStore.getState();
  const conversation = store.conversations[conversationId];
  if (!conversation || isStreaming(conversation)) return false;
  const prompt = store.addUserMessage(conversationId, recording.prompt);
  store.setDraft(conversationId, '');
  void streamReplay(conversationId, prompt.id, recording, speed);
  return true;
}

async function streamReplay(
  conversationId: string,
  promptId: string,
  recording: Recording,
  speed: ReplaySpeed,
): Promise<void> {
  const assistant = createStreamingAnswer(
    newId('m'),
    {
      parentId: promptId,
      modelId: recording.modelId,
      thinking: recording.thinking,
      demo: recording.demo,
      replay: true,
    },
    Date.now(),
  );
  useChatStore.getState().addAssistantMessage(conversationId, assistant);

  const controller = beginTurn(conversationId);
  const captures = useTurnCaptures.getState();
  try {
    const outcome = await streamTurn({
      connection: {
        apiKey: '',
        baseUrl: REPLAY_BASE_URL,
        fetchImpl: createReplayFetch(recording, speed),
        demo: recording.demo,
      },
      // Only the Inspector reads it: the replay fetch answers from the recording.
      body: recording.request.body as ChatRequestBody,
      signal: controller.signal,
      onDelta: (delta) => {
        useChatStore.getState().applyAssistantDelta(conversationId, assistant.id, delta);
        captures.publish(assistant.id);
      },
      ...captureHooks(assistant.id, recording.demo),
    });
    useChatStore.getState().finishAssistant(conversationId, assistant.id, outcome);
    captures.publish(assistant.id);
  } finally {
    endTurn(conversationId, controller);
  }
}
