// Registers a keyboard shortcut for as long as the component is mounted.
import { useEffect, useRef } from 'react';
import { registerShortcut, type Shortcut } from '@/lib/shortcuts';

export function useShortcut(shortcut: Shortcut, enabled = true): void {
  // The latest `run` is called without re-registering on every render.
  const latest = useRef(shortcut);
  useEffect(() => {
    latest.current = shortcut;
  });
  const { id, keys, description, group, whileTyping } = shortcut;
  useEffect(() => {
    if (!enabled) return;
    return registerShortcut({
      id,
      keys,
      description,
      group,
      whileTyping,
      matches: (event) => latest.current.matches(event),
      run: (event) => latest.current.run(event),
    });
  }, [id, keys, description, group, whileTyping, enabled]);
}
