// Tells at a glance which provider answers: the offline demo or the live API.
import { cx } from '@/lib/cx';
import { useSettingsStore } from '@/store/settings-store';

const looks = {
  live: {
    label: 'Live API',
    title: 'Connected with your API key. Open the settings to change it.',
    badge: 'border-line font-medium text-ink-muted hover:text-ink',
    dot: 'bg-emerald-500',
  },
  demo: {
    label: 'Demo',
    title:
      'Offline demo: answers are generated in your browser. Add an API key in Settings for live answers.',
    badge:
      'border-amber-500/40 bg-amber-400/15 font-semibold text-amber-800 hover:bg-amber-400/25 dark:text-amber-200',
    dot: 'bg-amber-500',
  },
} as const;

export function ConnectionBadge({ onClick }: { onClick: () => void }) {
  const look = looks[useSettingsStore((state) => state.apiKey !== '') ? 'live' : 'demo'];
  return (
    <button
      type="button"
      onClick={onClick}
      className={cx(
        'inline-flex shrink-0 items-center gap-1.5 rounded-full border px-2.5 py-0.5 text-xs whitespace-nowrap',
        look.badge,
      )}
      title={look.title}
    >
      <span className={cx('h-2 w-2 rounded-full', look.dot)} aria-hidden="true" />
      {look.label}
    </button>
  );
}
