// The top bar: brand, which provider answers, theme, settings.
import { Button } from '@/components/button';
import { Icon } from '@/components/icons';
import { ConnectionBadge } from '@/features/settings/connection-badge';
import { CompareSwitch } from '@/features/compare/compare-switch';
import { useSettingsStore } from '@/store/settings-store';
import { usePresentationStore } from '@/store/presentation-store';
import { ToolsMenu } from '@/app/tools-menu';
import type { DemoTools } from '@/app/use-demo-tools';
import { lazyComponent } from '@/components/lazy-component';
import { PresentationToggle } from '@/features/presentation/presentation-toggle';
import { ViewCodeButton } from '@/features/code-view/view-code-button';
import { BalanceBadge } from '@/features/models/balance-badge';
import { useChatStore } from '@/store/chat-store';
import { drawerId, drawerToggleId } from '@/app/use-drawer';

// Loaded on first use, not with the app (bench/: initial JS budget).
const DeckControls = lazyComponent(() => import('@/features/presentation/deck-controls').then((module) => module.DeckControls));

const nextTheme = { system: 'light', light: 'dark', dark: 'system' } as const;
const themeIcon = { system: 'monitor', light: 'sun', dark: 'moon' } as const;

export function AppHeader({
  onOpenSettings,
  drawerOpen,
  onToggleSidebar,
  tools,
}: {
  onOpenSettings: () => void;
  drawerOpen: boolean;
  onToggleSidebar: () => void;
  tools: DemoTools;
}) {
  const theme = useSettingsStore((state) => state.theme);
  const presenting = usePresentationStore((state) => state.presenting);
  // View code works on a chat; a comparison has no single next request.
  const chatId = useChatStore((state) =>
    state.activeId && state.conversations[state.activeId]?.kind === 'chat' ? state.activeId : null,
  );
  return (
    // Phones get icons only and no theme toggle (Settings has Theme): the bar never scrolls sideways.
    <header className="flex h-14 shrink-0 items-center gap-1.5 border-b border-line bg-surface px-2 sm:gap-2 sm:px-3">
      <Button
        id={drawerToggleId}
        variant="ghost"
        size="icon"
        aria-label="Show conversations"
        aria-expanded={drawerOpen}
        aria-controls={drawerId}
        data-chrome=""
        className="md:hidden"
        onClick={onToggleSidebar}
      >
        <Icon name="menu" />
      </Button>
      <div className="flex shrink-0 items-center gap-2 font-semibold tracking-tight">
        <img src="/favicon.svg" alt="" className="h-6 w-6 max-[379px]:hidden" />
        <span className="whitespace-nowrap max-sm:sr-only">Qwen Playground</span>
      </div>
      <ConnectionBadge onClick={onOpenSettings} />
      <span className="max-lg:hidden">
        <BalanceBadge />
      </span>
      <div className="ml-auto flex items-center gap-1">
        <div data-chrome="" className="contents">
          <ViewCodeButton conversationId={chatId} />
        </div>
        <div data-chrome="" className="contents">
          <CompareSwitch />
        </div>
        <DeckControls actions={tools.deckActions} presenting={presenting} />
        <div data-chrome="" className="contents">
          <ToolsMenu
            onOpenDeck={() => tools.show('deck')}
            onOpenRecordings={() => tools.show('recordings')}
            onOpenShortcuts={() => tools.show('shortcuts')}
          />
        </div>
        <PresentationToggle />
        <Button
          variant="ghost"
          size="icon"
          data-chrome=""
          className="max-sm:hidden"
          aria-label={`Theme: ${theme}`}
          title={`Theme: ${theme} (click for ${nextTheme[theme]})`}
          onClick={() => useSettingsStore.getState().setTheme(nextTheme[theme])}
        >
          <Icon name={themeIcon[theme]} />
        </Button>
        <Button variant="ghost" size="icon" data-chrome="" aria-label="Settings" title="Settings" onClick={onOpenSettings}>
          <Icon name="settings" />
        </Button>
      </div>
    </header>
  );
}
