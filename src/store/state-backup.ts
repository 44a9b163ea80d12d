// When a stored state cannot be read it is copied aside, never wiped, and the user is told.
import { createStore, set } from 'idb-keyval';
import { createLatestValueSignal } from '@/lib/latest-value-signal';

export interface BackupNotice {
  key: string;
  reason: string;
}

const backups = createLatestValueSignal<BackupNotice>();

export function onStateBackup(listener: (notice: BackupNotice) => void): () => void {
  return backups.subscribe(listener);
}

export async function keepBackup(raw: unknown, reason: string): Promise<void> {
  const key = `chat-state-backup-${new Date().toISOString()}`;
  try {
    if (raw !== undefined) await set(key, raw, createStore('qwen-playground-backups', 'keyval'));
  } catch {
    // The notice below still tells the user; the original entry is left untouched either way.
  }
  backups.publish({ key, reason });
}
