// Says when the browser cannot save (full, private mode) or a saved state had to be set aside.
import { useEffect, useState } from 'react';
import { onStateBackup } from '@/store/state-backup';
import { onStorageProblem } from '@/store/throttled-idb-storage';

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
    <div role="alert" className="border-b border-amber-500/40 bg-amber-400/15 px-4 py-2 text-sm text-amber-900 dark:text-amber-100">
      {text}
    </div>
  );
}
