// Connection settings: API key (masked, only in this browser) and Base URL. Fields save as
// they change, so entering a key switches from the demo to the live API at once.
import { useState } from 'react';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { Icon } from '@/components/icons';
import { DEFAULT_BASE_URL } from '@/domain/defaults';
import { IMAGE_BUDGETS, IMAGE_SIZE_PRESETS, describeBudget } from '@/lib/image-budget';
import { useSettingsStore, type ThemePreference } from '@/store/settings-store';
import { KeyCheck } from '@/features/settings/key-check';

const inputClass =
  'w-full rounded-lg border border-line bg-surface-2 px-3 py-2 text-sm text-ink placeholder:text-ink-muted focus:border-accent focus:outline-2 focus:outline-accent/30';

export function SettingsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const apiKey = useSettingsStore((state) => state.apiKey);
  const baseUrl = useSettingsStore((state) => state.baseUrl);
  const theme = useSettingsStore((state) => state.theme);
  const imageSize = useSettingsStore((state) => state.imageSize);
  const { setApiKey, forgetApiKey, setBaseUrl, setTheme } = useSettingsStore.getState();
  const [showKey, setShowKey] = useState(false);

  return (
    <Dialog open={open} title="Settings" onClose={onClose}>
      <div className="space-y-5">
        <section className="space-y-2">
          <label htmlFor="settings-api-key" className="block text-sm font-medium">
            API key
          </label>
          <div className="flex gap-2">
            <input
              id="settings-api-key"
              type={showKey ? 'text' : 'password'}
              autoComplete="off"
              spellCheck={false}
              value={apiKey}
              onChange={(event) => setApiKey(event.target.value)}
              placeholder="Paste your AI/ML API key"
              className={inputClass}
              aria-describedby="settings-api-key-hint"
            />
            <Button
              variant="secondary"
              onClick={() => setShowKey((shown) => !shown)}
              aria-pressed={showKey}
            >
              {showKey ? 'Hide' : 'Show'}
            </Button>
          </div>
          <p id="settings-api-key-hint" className="text-xs text-ink-muted">
            Stored only in this browser (localStorage) and sent only to the Base URL below. It
            never appears in exports or logs. Without a key the playground runs on its offline
            demo provider.
          </p>
          {apiKey && (
            <div className="flex flex-wrap items-center gap-2">
              <Button variant="ghost" size="sm" onClick={forgetApiKey}>
                <Icon name="trash" /> Forget key
              </Button>
              <KeyCheck />
            </div>
          )}
        </section>

        <section className="space-y-2">
          <label htmlFor="settings-base-url" className="block text-sm font-medium">
            Base URL
          </label>
          <input
            id="settings-base-url"
            type="url"
            inputMode="url"
            spellCheck={false}
            value={baseUrl}
            onChange={(event) => setBaseUrl(event.target.value)}
            placeholder={DEFAULT_BASE_URL}
            className={inputClass}
            aria-describedby="settings-base-url-hint"
          />
          <p id="settings-base-url-hint" className="text-xs text-ink-muted">
            Any OpenAI-compatible server. If the browser refuses a direct call (CORS, a strict
            network), run <code>npm run dev</code> or <code>npm run preview</code> and use the
            same-origin proxy <code>/aiml-proxy/v1</code>.
          </p>
          <div className="flex flex-wrap gap-2">
            <Button variant="ghost" size="sm" onClick={() => setBaseUrl(DEFAULT_BASE_URL)}>
              Use the AI/ML API
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setBaseUrl('/aiml-proxy/v1')}>
              Use the dev proxy
            </Button>
          </div>
        </section>

        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Theme</legend>
          <div className="flex gap-2">
            {(['system', 'light', 'dark'] as const satisfies ThemePreference[]).map((option) => (
              <label
                key={option}
                className="flex cursor-pointer items-center gap-2 rounded-lg border border-line px-3 py-1.5 text-sm capitalize has-[:checked]:border-accent has-[:checked]:bg-accent/10"
              >
                <input
                  type="radio"
                  name="theme"
                  value={option}
                  checked={theme === option}
                  onChange={() => setTheme(option)}
                  className="accent-[rgb(var(--accent))]"
                />
                {option}
              </label>
            ))}
          </div>
        </fieldset>

        <fieldset className="space-y-2" aria-describedby="settings-image-size-hint">
          <legend className="text-sm font-medium">Image size</legend>
          <div className="flex flex-wrap gap-2">
            {IMAGE_SIZE_PRESETS.map((preset) => (
              <label
                key={preset}
                title={describeBudget(IMAGE_BUDGETS[preset])}
                className="flex cursor-pointer items-center gap-2 rounded-lg border border-line px-3 py-1.5 text-sm has-[:checked]:border-accent has-[:checked]:bg-accent/10"
              >
                <input
                  type="radio"
                  name="image-size"
                  value={preset}
                  checked={imageSize === preset}
                  onChange={() => useSettingsStore.getState().setImageSize(preset)}
                  className="accent-[rgb(var(--accent))]"
                />
                {IMAGE_BUDGETS[preset].label}
              </label>
            ))}
          </div>
          <p id="settings-image-size-hint" className="text-xs text-ink-muted">
            Attached images larger than this are shrunk in the browser before sending:{' '}
            {describeBudget(IMAGE_BUDGETS[imageSize])}. Low ≤ 0.26 MP, Standard ≤ 1.6 MP, High ≤ 4.2
            MP; Original sends the file as it is. Fewer pixels, fewer image tokens (one per 32 × 32
            px).
          </p>
        </fieldset>
      </div>
    </Dialog>
  );
}
