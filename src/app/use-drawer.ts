// The conversations drawer of phone widths: open while the reader uses it, closed by Escape,
// by a click beside it, and whenever the open conversation changes (a header button such as
// Compare opens another view under the drawer, which would otherwise stay on top of it).
import { useEffect, useState } from 'react';

export const drawerId = 'conversations-drawer';
export const drawerToggleId = 'conversations-drawer-toggle';

export interface Drawer {
  open: boolean;
  setOpen: (open: boolean) => void;
  toggle: () => void;
}

export function useDrawer(activeId: string | null): Drawer {
  // Remembering the conversation it was opened on closes it when that changes, without an effect,
  // unless the change came from inside it (deleting the open conversation from the list). The
  // state is reset then, or Undo of a deletion (the old conversation back) reopened it.
  const [state, setState] = useState({ open: false, on: activeId });
  if (state.on !== activeId) {
    const fromInside = !!document.getElementById(drawerId)?.contains(document.activeElement);
    setState({ open: state.open && fromInside, on: activeId });
  }
  const open = state.open && state.on === activeId;
  const setOpen = (next: boolean) => setState({ open: next, on: activeId });

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      // A dialog over the drawer takes its own Escape.
      if (
        event.key !== 'Escape' ||
        event.defaultPrevented ||
        document.querySelector('dialog[open]')
      )
        return;
      const drawer = document.getElementById(drawerId);
      const focusInside = !!drawer && drawer.contains(document.activeElement);
      setState({ open: false, on: activeId });
      if (focusInside) document.getElementById(drawerToggleId)?.focus();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open, activeId]);

  return { open, setOpen, toggle: () => setOpen(!open) };
}
