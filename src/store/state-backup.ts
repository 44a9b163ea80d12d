// When a stored state cannot be read it is copied aside, never wiped, and the user is told.
import { createStore, set } from 'idb-keyval';

export interface BackupNotice {
  key: string;
  reason: string;
}

type Listener = (notice: BackupNotice) => void;
const listeners = new Set<Listener>();
let lastNotice: BackupNotice | null = null;

export function onStateBackup(listener: Listener): () => void {
  listeners.add(listener);
  if (lastNotice) listener(lastNotice);
  return () => listeners.delete(listener);
}

export async function keepBackup(raw: unknown, reason: string): Promise<void> {
  const key = `chat-state-backup-${new Date().toISOString()}`;
  try {
    if (raw !== undefined) await set(key, raw, createStore('qwen-playground-backups', 'keyval'));
  } catch {
    // The notice below still tells the user; the original entry is left untouched either way.
  }
  lastNotice = { key, reason };
  for (const listener of listeners) listener(lastNotice);
}
