// The `Attach image` file input (ui-contract.md): several at once, image/* offered by the picker;
// the bytes decide what is accepted (attach-files.ts). The visible part is its label.
import { useId } from 'react';
import { MAX_IMAGES_PER_MESSAGE } from '@/lib/image-budget';
import { attachFiles } from '@/features/attachments/attach-files';

export function AttachButton({ conversationId }: { conversationId: string }) {
  const id = useId();
  return (
    <span className="inline-flex">
      <input
        id={id}
        type="file"
        accept="image/*"
        multiple
        aria-label="Attach image"
        className="peer sr-only"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared so picking the same file again fires a change.
          event.target.value = '';
          void attachFiles(conversationId, files);
        }}
      />
      <label
        htmlFor={id}
        title={`Attach images: JPEG, PNG, GIF or WebP, up to ${MAX_IMAGES_PER_MESSAGE} per message (or paste, or drop them on the chat)`}
        className="inline-flex h-7 cursor-pointer items-center gap-1 rounded-lg px-2 text-xs font-medium text-ink-muted transition-colors peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent hover:bg-surface-3 hover:text-ink"
      >
        <svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
          <path d="M3 5h18v14H3z M3 16l5-5 4 4 3-3 6 6 M15.5 9.5a1.5 1.5 0 1 0 0-.01" />
        </svg>
        <span aria-hidden="true">Image</span>
      </label>
    </span>
  );
}
