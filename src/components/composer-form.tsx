// The frame of a composer (chat and compare alike): a form with whatever sits above the
// `Message` box (attachments), the box, then the caller's rows (parameters, tools, Send).
// The box is focused when it appears and grows with its text up to `maxHeight`, then scrolls;
// Enter sends, Shift+Enter (or an IME) adds a line.
import { useEffect, type ClipboardEvent, type ReactNode, type RefObject } from 'react';

/** The id of a chat's `Message` box (the chat's composer gives it; others focus it by it). */
export const chatMessageBoxId = (conversationId: string) => `message-${conversationId}`;

export function ComposerForm({
  id,
  boxRef,
  value,
  placeholder,
  maxHeight,
  onChange,
  onSend,
  onPaste,
  above,
  children,
}: {
  id: string;
  boxRef: RefObject<HTMLTextAreaElement | null>;
  value: string;
  placeholder: string;
  maxHeight: number;
  onChange: (text: string) => void;
  onSend: () => void;
  onPaste?: (event: ClipboardEvent<HTMLTextAreaElement>) => void;
  above?: ReactNode;
  children: ReactNode;
}) {
  useEffect(() => {
    boxRef.current?.focus();
  }, [boxRef]);

  useEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    box.style.height = 'auto';
    box.style.height = `${Math.min(box.scrollHeight, maxHeight)}px`;
  }, [boxRef, value, maxHeight]);

  return (
    <form
      data-composer=""
      className="rounded-2xl border border-line bg-surface-2 shadow-sm focus-within:border-accent/60"
      onSubmit={(event) => {
        event.preventDefault();
        onSend();
      }}
    >
      {above}
      <label htmlFor={id} className="sr-only">
        Message
      </label>
      <textarea
        id={id}
        ref={boxRef}
        rows={1}
        value={value}
        placeholder={placeholder}
        onChange={(event) => onChange(event.target.value)}
        onPaste={onPaste}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            onSend();
          }
        }}
        style={{ maxHeight }}
        className="block min-h-[3rem] w-full resize-none bg-transparent px-4 pt-3 pb-1 text-[0.95rem] text-ink placeholder:text-ink-muted focus:outline-none"
      />
      {children}
    </form>
  );
}
