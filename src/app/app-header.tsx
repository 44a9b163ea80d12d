// The top bar: brand, which provider answers, theme, settings.
import { Button } from '@/components/button';
import { Icon } from '@/components/icons';
import { ConnectionBadge } from '@/features/settings/connection-badge';
import { useSettingsStore } from '@/store/settings-store';

const nextTheme = { system: 'light', light: 'dark', dark: 'system' } as const;
const themeIcon = { system: 'monitor', light: 'sun', dark: 'moon' } as const;

export function AppHeader({
  onOpenSettings,
  onToggleSidebar,
}: {
  onOpenSettings: () => void;
  onToggleSidebar: () => void;
}) {
  const theme = useSettingsStore((state) => state.theme);
  return (
    <header className="flex h-14 shrink-0 items-center gap-2 border-b border-line bg-surface px-3">
      <Button variant="ghost" size="icon" aria-label="Show conversations" className="md:hidden" onClick={onToggleSidebar}>
        <Icon name="menu" />
      </Button>
      <div className="flex items-center gap-2 font-semibold tracking-tight">
        <img src="/favicon.svg" alt="" className="h-6 w-6" />
        <span>Qwen Playground</span>
      </div>
      <ConnectionBadge onClick={onOpenSettings} />
      <div className="ml-auto flex items-center gap-1">
        <Button
          variant="ghost"
          size="icon"
          aria-label={`Theme: ${theme}`}
          title={`Theme: ${theme} (click for ${nextTheme[theme]})`}
          onClick={() => useSettingsStore.getState().setTheme(nextTheme[theme])}
        >
          <Icon name={themeIcon[theme]} />
        </Button>
        <Button variant="ghost" size="icon" aria-label="Settings" title="Settings" onClick={onOpenSettings}>
          <Icon name="settings" />
        </Button>
      </div>
    </header>
  );
}
