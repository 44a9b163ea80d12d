// Tells at a glance which provider answers: the offline demo or the live API.
import { useSettingsStore } from '@/store/settings-store';

export function ConnectionBadge({ onClick }: { onClick: () => void }) {
  const live = useSettingsStore((state) => state.apiKey !== '');
  return live ? (
    <button
      type="button"
      onClick={onClick}
      className="inline-flex items-center gap-1.5 rounded-full border border-line px-2.5 py-0.5 text-xs font-medium text-ink-muted hover:text-ink"
      title="Connected with your API key. Open the settings to change it."
    >
      <span className="h-2 w-2 rounded-full bg-emerald-500" aria-hidden="true" />
      Live API
    </button>
  ) : (
    <button
      type="button"
      onClick={onClick}
      className="inline-flex items-center gap-1.5 rounded-full border border-amber-500/40 bg-amber-400/15 px-2.5 py-0.5 text-xs font-semibold text-amber-800 hover:bg-amber-400/25 dark:text-amber-200"
      title="Offline demo: answers are generated in your browser. Add an API key in Settings for live answers."
    >
      <span className="h-2 w-2 rounded-full bg-amber-500" aria-hidden="true" />
      Demo
    </button>
  );
}
