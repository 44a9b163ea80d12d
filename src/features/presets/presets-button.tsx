// The sidebar's "Saved prompts" button and its dialog.
import { useState } from 'react';
import { lazyDialog } from '@/components/lazy-component';
import { Button } from '@/components/button';
import { Icon } from '@/components/icons';

// Loaded on first use, not with the app (bench/: initial JS budget).
const PresetsDialog = lazyDialog(() => import('@/features/presets/presets-dialog').then((module) => module.PresetsDialog));

export function PresetsButton({ conversationId, onStarted }: { conversationId: string | null; onStarted?: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="ghost" className="mt-2 w-full justify-center" title="Save this chat as a preset, or start a chat from one" onClick={() => setOpen(true)}>
        <Icon name="message" /> Saved prompts
      </Button>
      <PresetsDialog
        conversationId={conversationId}
        open={open}
        onClose={() => setOpen(false)}
        onStarted={() => {
          setOpen(false);
          onStarted?.();
        }}
      />
    </>
  );
}
