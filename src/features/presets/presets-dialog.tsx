// Saved prompts: save the open chat as a preset, start a chat from one, edit, discard, export and
// import (validated), restore the starters. Texts are shown as plain text only.
import { useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { getModel } from '@/domain/models';
import { useChatStore } from '@/store/chat-store';
import { usePresetsStore, type Preset } from '@/store/presets-store';
import { describePreset, presetFromConversation, startChatFromPreset } from '@/features/presets/preset-actions';
import { parsePresetFile, presetsToJson } from '@/features/presets/preset-file';
import { PresetEditor } from '@/features/presets/preset-editor';

type Notice = { tone: 'ok' | 'error'; text: string } | null;

function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function SaveForm({ conversationId, onSaved }: { conversationId: string | null; onSaved: (preset: Preset) => void }) {
  const [name, setName] = useState('');
  const conversation = useChatStore((state) => (conversationId ? state.conversations[conversationId] : undefined));
  const draft = useChatStore((state) => (conversationId ? state.drafts[conversationId] ?? '' : ''));
  if (!conversation) return null;
  return (
    <form
      className="flex flex-wrap items-end gap-2 rounded-xl border border-line bg-surface-2 p-3"
      onSubmit={(event) => {
        event.preventDefault();
        const preset = usePresetsStore.getState().add(presetFromConversation(conversation, draft, name));
        setName('');
        onSaved(preset);
      }}
    >
      <div className="min-w-0 flex-1">
        <label htmlFor="preset-name" className="block text-sm font-medium">
          Preset name
        </label>
        <input
          id="preset-name"
          value={name}
          placeholder={conversation.title}
          onChange={(event) => setName(event.target.value)}
          className="mt-1 h-9 w-full rounded-lg border border-line bg-surface px-2 text-sm focus:outline-2 focus:outline-accent"
        />
      </div>
      <Button type="submit" variant="primary">
        Save as preset
      </Button>
      <p className="basis-full text-xs text-ink-muted">
        Saves this chat’s system prompt, its first message (or your draft), model, thinking and parameters.
      </p>
    </form>
  );
}

function PresetRow({ preset, onStart, onNotice }: { preset: Preset; onStart: () => void; onNotice: (notice: Notice) => void }) {
  const [editing, setEditing] = useState(false);
  const { update, remove } = usePresetsStore.getState();
  return (
    <li className="space-y-1.5 rounded-xl border border-line p-3" aria-label={preset.name}>
      {editing ? (
        <PresetEditor
          preset={preset}
          onCancel={() => setEditing(false)}
          onSave={(patch) => {
            update(preset.id, patch);
            setEditing(false);
            onNotice({ tone: 'ok', text: `Saved “${patch.name ?? preset.name}”.` });
          }}
        />
      ) : (
        <>
          <div className="flex flex-wrap items-start gap-2">
            <div className="min-w-[min(100%,14rem)] flex-1">
              <p className="font-medium break-words">{preset.name}</p>
              <p className="text-xs text-ink-muted">{describePreset(preset, getModel(preset.modelId).label)}</p>
            </div>
            <div className="flex gap-1">
              <Button size="sm" variant="primary" aria-label={`Start chat: ${preset.name}`} onClick={onStart}>
                Start chat
              </Button>
              <Button size="sm" variant="ghost" aria-label={`Edit preset: ${preset.name}`} onClick={() => setEditing(true)}>
                Edit
              </Button>
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Discard preset: ${preset.name}`}
                onClick={() => {
                  remove(preset.id);
                  onNotice({ tone: 'ok', text: `Discarded “${preset.name}”.` });
                }}
              >
                Discard
              </Button>
            </div>
          </div>
          {preset.systemPrompt && <p className="line-clamp-2 text-xs text-ink-muted">System: {preset.systemPrompt}</p>}
          {preset.message && <p className="line-clamp-2 text-sm whitespace-pre-wrap">{preset.message}</p>}
        </>
      )}
    </li>
  );
}

export function PresetsDialog({
  conversationId,
  open,
  onClose,
  onStarted,
}: {
  conversationId: string | null;
  open: boolean;
  onClose: () => void;
  /** After a chat was started from a preset (closes the dialog, and the sidebar on phones). */
  onStarted: () => void;
}) {
  const presets = usePresetsStore(useShallow((state) => state.presets));
  const [notice, setNotice] = useState<Notice>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const importFile = async (file: File) => {
    const parsed = await parsePresetFile(await file.text());
    if (!parsed.ok) return setNotice({ tone: 'error', text: parsed.message });
    const count = usePresetsStore.getState().importMany(parsed.drafts);
    setNotice({ tone: 'ok', text: `Imported ${count} preset${count === 1 ? '' : 's'}.` });
  };

  return (
    <Dialog open={open} title="Saved prompts" onClose={onClose} wide>
      {open && (
        <div className="space-y-4">
          <SaveForm conversationId={conversationId} onSaved={(preset) => setNotice({ tone: 'ok', text: `Saved “${preset.name}”.` })} />
          <p role="status" className={notice?.tone === 'error' ? 'text-sm text-danger' : 'text-sm text-ink-muted'}>
            {notice?.text ?? ''}
          </p>
          {presets.length === 0 ? (
            <p className="text-sm text-ink-muted">No presets yet.</p>
          ) : (
            <ul className="space-y-2" aria-label="Presets">
              {presets.map((preset) => (
                <PresetRow
                  key={preset.id}
                  preset={preset}
                  onNotice={setNotice}
                  onStart={() => {
                    startChatFromPreset(preset);
                    onStarted();
                  }}
                />
              ))}
            </ul>
          )}
          <div className="flex flex-wrap items-center gap-2 border-t border-line pt-3">
            <Button size="sm" disabled={presets.length === 0} onClick={() => download(presetsToJson(presets), 'qwen-playground-presets.json')}>
              Export presets
            </Button>
            <Button size="sm" onClick={() => fileInput.current?.click()}>
              Import presets
            </Button>
            <input
              ref={fileInput}
              type="file"
              accept="application/json,.json"
              aria-label="Presets file"
              className="sr-only"
              tabIndex={-1}
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                if (file) void importFile(file);
              }}
            />
            <Button size="sm" variant="ghost" onClick={() => usePresetsStore.getState().restoreStarters()}>
              Restore starters
            </Button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
