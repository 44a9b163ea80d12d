// Under the list: export everything, or import an exported file (validated; all or nothing).
import { useRef, useState } from 'react';
import { Button } from '@/components/button';
import { Icon } from '@/components/icons';
import type { ImportResult } from '@/features/conversations/import-conversations';

export function TransferBar({
  onExportAll,
  onImported,
}: {
  onExportAll: () => void;
  onImported?: () => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);

  const importFile = async (file: File) => {
    setBusy(true);
    setResult(null);
    try {
      // The importer loads with the first import, not with the app.
      const { importConversationsFile } =
        await import('@/features/conversations/import-conversations');
      const outcome = await importConversationsFile(file);
      setResult(outcome);
      if (outcome.ok) onImported?.();
    } catch {
      setResult({ ok: false, reason: 'The file could not be imported.' });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div className="mt-2 space-y-2 border-t border-line pt-2">
      <div className="flex gap-1">
        <Button size="sm" variant="ghost" className="flex-1 justify-center" onClick={onExportAll}>
          <Icon name="download" /> Export all
        </Button>
        <Button
          size="sm"
          variant="ghost"
          className="flex-1 justify-center"
          disabled={busy}
          title="Import a JSON file exported from Qwen Playground"
          onClick={() => input.current?.click()}
        >
          <Icon name="upload" /> {busy ? 'Importing…' : 'Import'}
        </Button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          aria-label="Import conversations"
          className="hidden"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void importFile(file);
          }}
        />
      </div>
      {result && (
        <div
          role={result.ok ? 'status' : 'alert'}
          className={
            result.ok
              ? 'flex items-start gap-2 rounded-lg bg-accent/10 px-2 py-1.5 text-xs text-ink'
              : 'flex items-start gap-2 rounded-lg bg-danger/10 px-2 py-1.5 text-xs text-danger'
          }
        >
          <span className="min-w-0 flex-1 break-words">
            {result.ok
              ? `Imported ${result.count} conversation${result.count === 1 ? '' : 's'}.`
              : `Import failed: ${result.reason} Nothing was changed.`}
            {!result.ok && result.details && (
              <details className="mt-1 text-ink-muted">
                <summary className="cursor-pointer">What is wrong</summary>
                {result.details}
              </details>
            )}
          </span>
          <button
            type="button"
            aria-label="Dismiss"
            className="shrink-0 rounded p-0.5 hover:bg-surface-3"
            onClick={() => setResult(null)}
          >
            <Icon name="x" />
          </button>
        </div>
      )}
    </div>
  );
}
