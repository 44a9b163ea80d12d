// `Inspect` on an assistant turn. The dialog is portalled to <body> so its text never becomes
// part of the turn's article.
import { useState } from 'react';
import { lazyComponent } from '@/components/lazy-component';
import { createPortal } from 'react-dom';
import { Button } from '@/components/button';

// Loaded on first use, not with the app (bench/: initial JS budget).
const InspectorDialog = lazyComponent(() => import('@/features/inspector/inspector-dialog').then((module) => module.InspectorDialog));

export function InspectButton({ messageId }: { messageId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="sm" variant="ghost" onClick={() => setOpen(true)} title="The raw request, response headers and stream of this turn">
        <span aria-hidden="true" className="font-mono">{'{ }'}</span> Inspect
      </Button>
      {open && createPortal(<InspectorDialog messageId={messageId} open onClose={() => setOpen(false)} />, document.body)}
    </>
  );
}
