// Says when the browser cannot save (full, private mode) or a saved state had to be set aside.
import { useEffect, useState } from 'react';
import { onStateBackup } from '@/store/state-backup';
import { onStorageProblem } from '@/store/throttled-idb-storage';
import { Button } from '@/components/button';

export function StorageNotice() {
  const [problem, setProblem] = useState<string | null>(null);
  const [backup, setBackup] = useState<string | null>(null);

  useEffect(() => onStorageProblem((next) => setProblem(next?.message ?? null)), []);
  useEffect(
    () =>
      onStateBackup((notice) =>
        setBackup(`${notice.reason} A copy was kept in this browser (${notice.key}); nothing was deleted.`),
      ),
    [],
  );

  const text = [problem, backup].filter(Boolean).join(' ');
  if (!text) return null;
  return (
    <div
      role="alert"
      className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-amber-500/40 bg-amber-400/15 px-4 py-2 text-sm text-amber-900 dark:text-amber-100"
    >
      <span className="min-w-0 flex-1">{text}</span>
      {/* Kept in memory only: the way out is a file. */}
      {problem && (
        <Button size="sm" onClick={() =>
            // The exporter loads on demand, not with the app.
            void import('@/features/conversations/export-conversations').then(({ exportConversations }) =>
              exportConversations({ kind: 'all' }, 'json'),
            )
          }>
          Export all
        </Button>
      )}
    </div>
  );
}
