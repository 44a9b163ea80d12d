// The header's `View code` button and its dialog, for the open conversation.
import { useState } from 'react';
import { lazyDialog } from '@/components/lazy-component';
import { Button } from '@/components/button';

// Loaded on first use, not with the app (bench/: initial JS budget).
const ViewCodeDialog = lazyDialog(() => import('@/features/code-view/view-code-dialog').then((module) => module.ViewCodeDialog));

export function ViewCodeButton({ conversationId }: { conversationId: string | null }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="ghost"
        size="sm"
        disabled={!conversationId}
        onClick={() => setOpen(true)}
        title="The request the next Send makes, as curl, Python and JavaScript"
        className="h-9"
      >
        <span aria-hidden="true" className="font-mono text-[0.8rem]">{'</>'}</span>
        <span className="max-md:sr-only">View code</span>
      </Button>
      {conversationId && <ViewCodeDialog conversationId={conversationId} open={open} onClose={() => setOpen(false)} />}
    </>
  );
}
