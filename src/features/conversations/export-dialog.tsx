// Export: JSON keeps everything and can be imported again; Markdown is for reading.
import { useState } from 'react';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { Icon } from '@/components/icons';
import {
  exportConversations,
  type ExportFormat,
  type ExportScope,
} from '@/features/conversations/export-conversations';

export function ExportDialog({
  scope,
  onClose,
}: {
  scope: ExportScope | null;
  onClose: () => void;
}) {
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (format: ExportFormat) => {
    if (!scope) return;
    setBusy(format);
    setError(null);
    try {
      await exportConversations(scope, format);
      onClose();
    } catch {
      setError('The export could not be built. Try again, or export one conversation at a time.');
    } finally {
      setBusy(null);
    }
  };

  return (
    <Dialog
      open={scope !== null}
      title={scope?.kind === 'all' ? 'Export all conversations' : 'Export conversation'}
      onClose={onClose}
    >
      <div className="space-y-4 text-sm">
        <p className="text-ink-muted">
          <strong className="text-ink">JSON</strong> keeps everything — every version of every turn,
          the settings and the images — and can be imported again.{' '}
          <strong className="text-ink">Markdown</strong> is for reading: the turns on screen,
          reasoning as quotes, images inline. Neither contains your API key.
        </p>
        <div className="flex flex-wrap gap-2">
          <Button variant="primary" disabled={busy !== null} onClick={() => void run('json')}>
            <Icon name="download" /> {busy === 'json' ? 'Preparing…' : 'Download JSON'}
          </Button>
          <Button disabled={busy !== null} onClick={() => void run('markdown')}>
            <Icon name="download" /> {busy === 'markdown' ? 'Preparing…' : 'Download Markdown'}
          </Button>
        </div>
        {error && (
          <p role="alert" className="text-danger">
            {error}
          </p>
        )}
      </div>
    </Dialog>
  );
}
