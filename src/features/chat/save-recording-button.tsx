// Saves a finished turn as a recording (its request and raw SSE events with their timing), while
// its capture is still in memory, so it can be replayed offline later.
import { useState } from 'react';
import { Button } from '@/components/button';
import { Icon } from '@/components/icons';
import type { AssistantMessage } from '@/domain/conversation';
import { useChatStore } from '@/store/chat-store';
import { recordingFromCapture, useRecordingsStore } from '@/store/recordings-store';
import { useTurnCaptures } from '@/store/turn-captures';

type SaveState = 'idle' | 'saved' | 'failed';

export function SaveRecordingButton({
  conversationId,
  message,
}: {
  conversationId: string;
  message: AssistantMessage;
}) {
  const hasCapture = useTurnCaptures(
    (state) => (state.captures[message.id]?.events.length ?? 0) > 0,
  );
  const [state, setState] = useState<SaveState>('idle');
  if (!hasCapture || message.status !== 'done') return null;

  const save = async () => {
    const capture = useTurnCaptures.getState().captures[message.id];
    const conversation = useChatStore.getState().conversations[conversationId];
    const prompt = conversation?.messages.find((candidate) => candidate.id === message.parentId);
    if (!capture || !prompt || prompt.role !== 'user') return;
    try {
      await useRecordingsStore.getState().save(recordingFromCapture(capture, message, prompt.text));
      setState('saved');
    } catch {
      setState('failed');
    }
  };

  return (
    <Button
      size="sm"
      variant="ghost"
      aria-label="Save recording"
      title={
        state === 'saved'
          ? 'Saved: find it under Recordings'
          : 'Save this turn as a recording that replays offline'
      }
      onClick={save}
    >
      <Icon name={state === 'saved' ? 'check' : 'record'} />
      <span aria-live="polite" className="sr-only">
        {state === 'saved'
          ? 'Recording saved'
          : state === 'failed'
            ? 'The recording could not be saved'
            : ''}
      </span>
    </Button>
  );
}
