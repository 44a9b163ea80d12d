// The conversation as a drop target for image files, with a visible hint while dragging.
import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { MAX_IMAGES_PER_MESSAGE } from '@/lib/image-budget';
import { attachFiles, filesOf } from '@/features/attachments/attach-files';

const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

export function ImageDropZone({ conversationId, children }: { conversationId: string; children: ReactNode }) {
  const [over, setOver] = useState(false);
  // dragenter/dragleave fire for every child crossed; count them to know when the pointer left.
  const depth = useRef(0);

  return (
    <div
      className="relative flex min-h-0 flex-1 flex-col"
      onDragEnter={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        depth.current += 1;
        setOver(true);
      }}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDrop={(event) => {
        const files = filesOf(event.dataTransfer);
        depth.current = 0;
        setOver(false);
        if (files.length === 0) return;
        event.preventDefault();
        void attachFiles(conversationId, files);
      }}
    >
      {children}
      {over && (
        <div className="pointer-events-none absolute inset-2 z-20 flex items-center justify-center rounded-2xl border-2 border-dashed border-accent bg-surface/80 text-sm font-medium text-ink backdrop-blur-sm">
          Drop images to attach — JPEG, PNG, GIF or WebP, up to {MAX_IMAGES_PER_MESSAGE}
        </div>
      )}
    </div>
  );
}
