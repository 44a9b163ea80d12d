// The Presentation toggle and its shortcuts: Ctrl/⌘+Shift+P toggles, Escape leaves.
import { Button } from '@/components/button';
import { Icon } from '@/components/icons';
import { useShortcut } from '@/components/use-shortcut';
import { hasPrimaryModifier } from '@/lib/shortcuts';
import { usePresentationStore } from '@/store/presentation-store';

export const PRESENTATION_KEYS = 'Ctrl+Shift+P';

export function PresentationToggle() {
  const presenting = usePresentationStore((state) => state.presenting);

  useShortcut({
    id: 'presentation-toggle',
    keys: `${PRESENTATION_KEYS} (⌘+Shift+P)`,
    description: 'Presentation mode on or off',
    group: 'Presenting',
    whileTyping: true,
    matches: (event) => hasPrimaryModifier(event) && event.shiftKey && event.code === 'KeyP',
    run: () => usePresentationStore.getState().toggle(),
  });
  useShortcut(
    {
      id: 'presentation-leave',
      keys: 'Esc',
      description: 'Leave presentation mode (when no dialog is open)',
      group: 'Presenting',
      whileTyping: true,
      matches: (event) => event.key === 'Escape' && !document.querySelector('dialog[open]'),
      run: () => usePresentationStore.getState().setPresenting(false),
    },
    presenting,
  );

  return (
    <Button
      variant={presenting ? 'primary' : 'ghost'}
      size="icon"
      aria-label="Presentation"
      aria-pressed={presenting}
      title={`Presentation mode (${PRESENTATION_KEYS})`}
      onClick={() => usePresentationStore.getState().toggle()}
    >
      <Icon name="projector" />
    </Button>
  );
}
