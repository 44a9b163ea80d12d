// The saved recordings: replay one into the open conversation, export it as a file, import one.
import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { Icon } from '@/components/icons';
import type { Recording, ReplaySpeed } from '@/domain/recording';
import { formatSeconds } from '@/lib/format';
import { getRecording, useRecordingsStore } from '@/store/recordings-store';
import { exportRecording } from '@/features/recordings/export-recording';
import { parseRecordingFile } from '@/features/recordings/parse-recording';
import { ReplaySpeedPicker } from '@/features/recordings/replay-speed-picker';

type Notice = { tone: 'ok' | 'error'; text: string } | null;

export function RecordingsDialog({
  open,
  onClose,
  onReplay,
}: {
  open: boolean;
  onClose: () => void;
  /** Streams the recording again into the open conversation; false when it cannot now. */
  onReplay: (recording: Recording, speed: ReplaySpeed) => boolean;
}) {
  const summaries = useRecordingsStore((state) => state.summaries);
  const loaded = useRecordingsStore((state) => state.loaded);
  const [notice, setNotice] = useState<Notice>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const importId = useId();

  useEffect(() => {
    if (open) void useRecordingsStore.getState().load();
  }, [open]);

  const close = () => {
    setNotice(null);
    onClose();
  };

  const withRecording = async (id: string, then: (recording: Recording) => void) => {
    const recording = await getRecording(id);
    if (recording) then(recording);
    else setNotice({ tone: 'error', text: 'That recording is gone from this browser.' });
  };

  const importFiles = async (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) {
      const parsed = await parseRecordingFile(await file.text());
      if (!parsed.ok) {
        setNotice({ tone: 'error', text: `${file.name}: ${parsed.message}` });
        continue;
      }
      await useRecordingsStore.getState().save(parsed.recording);
      setNotice({ tone: 'ok', text: `Imported “${parsed.recording.title}”.` });
    }
    if (fileRef.current) fileRef.current.value = '';
  };

  return (
    <Dialog open={open} title="Recordings" onClose={close} wide>
      <div className="flex flex-col gap-4">
        <p className="text-sm text-ink-muted">
          A recording keeps a turn&apos;s raw stream with its timing. Replaying it streams the
          answer again through the same view — no network, no key — so a demo cannot fail.
        </p>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <ReplaySpeedPicker />
          <div>
            <input
              ref={fileRef}
              id={importId}
              type="file"
              accept="application/json,.json"
              multiple
              className="sr-only"
              onChange={(event) => void importFiles(event.target.files)}
            />
            <label
              htmlFor={importId}
              className="inline-flex h-9 cursor-pointer items-center gap-1.5 rounded-lg border border-line bg-surface-2 px-3 text-sm font-medium hover:bg-surface-3 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent"
            >
              <Icon name="upload" /> Import recording
            </label>
          </div>
        </div>
        {notice && (
          <p
            role={notice.tone === 'error' ? 'alert' : 'status'}
            className={notice.tone === 'error' ? 'text-sm text-danger' : 'text-sm text-ink-muted'}
          >
            {notice.text}
          </p>
        )}
        {loaded && summaries.length === 0 ? (
          <p className="rounded-xl border border-dashed border-line px-4 py-6 text-center text-sm text-ink-muted">
            No recordings yet. Under a finished answer, choose{' '}
            <span className="inline-flex items-center gap-1 font-medium text-ink">
              <Icon name="record" /> Save recording
            </span>
            , or import a recording file.
          </p>
        ) : (
          <ul
            aria-label="Saved recordings"
            className="flex flex-col divide-y divide-line rounded-xl border border-line"
          >
            {summaries.map((summary) => (
              <li
                key={summary.id}
                className="flex flex-wrap items-center gap-x-3 gap-y-2 px-3 py-2.5"
              >
                {/* At least 12rem for the title, so on a phone the buttons wrap under it. */}
                <div className="min-w-[12rem] flex-1">
                  <p className="line-clamp-2 text-sm font-medium break-words" title={summary.title}>
                    {summary.title}
                  </p>
                  <p className="text-xs text-ink-muted">
                    <span className="font-mono">{summary.modelId}</span> ·{' '}
                    {formatSeconds(summary.durationMs)} · {summary.eventCount} events
                    {summary.demo ? ' · demo' : ''}
                  </p>
                </div>
                <div className="flex items-center gap-1">
                  <Button
                    size="sm"
                    variant="primary"
                    title="Stream it again into the open conversation"
                    onClick={() =>
                      void withRecording(summary.id, (recording) => {
                        if (onReplay(recording, useRecordingsStore.getState().speed)) close();
                        else
                          setNotice({
                            tone: 'error',
                            text: 'Wait for the running answer to finish first.',
                          });
                      })
                    }
                  >
                    <Icon name="play" /> Replay
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    onClick={() => void withRecording(summary.id, exportRecording)}
                  >
                    <Icon name="download" /> Export
                  </Button>
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label="Discard"
                    title="Discard this recording"
                    onClick={() => void useRecordingsStore.getState().remove(summary.id)}
                  >
                    <Icon name="trash" />
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Dialog>
  );
}
