// One registry for the app's keyboard shortcuts and one keydown listener for all of them, so the
// cheat-sheet lists exactly what works and two features never fight over a key.

export interface Shortcut {
  id: string;
  /** As shown in the cheat-sheet and titles, e.g. `Ctrl+Shift+P`. */
  keys: string;
  description: string;
  /** Heading in the cheat-sheet. */
  group: string;
  /** Whether a keydown is this shortcut. */
  matches: (event: KeyboardEvent) => boolean;
  run: (event: KeyboardEvent) => void;
  /** Also fires while the user types in a field (modifier shortcuts); plain keys never do. */
  whileTyping?: boolean;
}

const shortcuts = new Map<string, Shortcut>();
const listeners = new Set<() => void>();
let snapshot: Shortcut[] = [];

function changed(): void {
  snapshot = [...shortcuts.values()];
  for (const listener of listeners) listener();
}

/** Adds (or replaces) a shortcut; returns its removal. */
export function registerShortcut(shortcut: Shortcut): () => void {
  shortcuts.set(shortcut.id, shortcut);
  changed();
  return () => {
    if (shortcuts.get(shortcut.id) === shortcut) {
      shortcuts.delete(shortcut.id);
      changed();
    }
  };
}

export function listShortcuts(): Shortcut[] {
  return snapshot;
}

export function subscribeShortcuts(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Typing in a text field, a select or an editable element: plain keys belong to it. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  const tag = element.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (element as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'file', 'color'].includes(
    type,
  );
}

/** The primary modifier: ⌘ on Apple platforms, Ctrl elsewhere. */
export function hasPrimaryModifier(event: KeyboardEvent): boolean {
  return event.ctrlKey || event.metaKey;
}

export function handleShortcutKeydown(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.isComposing) return;
  const typing = isTypingTarget(event.target);
  for (const shortcut of shortcuts.values()) {
    if (typing && !shortcut.whileTyping) continue;
    if (!shortcut.matches(event)) continue;
    event.preventDefault();
    shortcut.run(event);
    return;
  }
}

/** Installs the single document listener; returns its removal. */
export function installShortcutListener(target: Document = document): () => void {
  const listener = (event: KeyboardEvent) => handleShortcutKeydown(event);
  target.addEventListener('keydown', listener);
  return () => target.removeEventListener('keydown', listener);
}
