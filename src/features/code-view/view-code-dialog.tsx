// View code: the exact request the next Send would make, as curl, Python and JavaScript.
// The key is a placeholder unless the user ticks "Include my API key"; base64 images are
// shortened on screen but copied in full.
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { shortenDataUrls } from '@/api/code-snippets';
import { ClipboardButton } from '@/components/clipboard-button';
import { Dialog } from '@/components/dialog';
import { cx } from '@/lib/cx';
import { useSettingsStore } from '@/store/settings-store';
import { snippetUrl } from '@/features/code-view/next-request';
import { snippetTabs } from '@/features/code-view/snippet-tabs';
import { useNextRequest } from '@/features/code-view/use-next-request';

function ViewCodeBody({ conversationId }: { conversationId: string }) {
  const next = useNextRequest(conversationId);
  const apiKey = useSettingsStore((state) => state.apiKey);
  const baseUrl = useSettingsStore((state) => state.baseUrl);
  const [includeKey, setIncludeKey] = useState(false);
  const [active, setActive] = useState(0);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const baseId = useId();

  const tabs = useMemo(
    () => (next ? snippetTabs(next, snippetUrl(baseUrl), includeKey && apiKey ? apiKey : undefined) : []),
    [next, baseUrl, includeKey, apiKey],
  );
  const tab = tabs[active];
  const shown = useMemo(() => (tab ? shortenDataUrls(tab.code) : ''), [tab]);
  if (!next || !tab) return null;

  const onTabKey = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const index = (active + step + tabs.length) % tabs.length;
    setActive(index);
    tabRefs.current[index]?.focus();
  };

  return (
    <div className="space-y-3">
      <p className="text-sm text-ink-muted">
        The request the next Send makes: this conversation’s branch on screen
        {next.placeholderPrompt ? ', then “Hello” standing in for your (empty) message' : ', then your draft'}, with
        its model, thinking and parameters.
      </p>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div role="tablist" aria-label="Language" className="flex flex-wrap gap-1" onKeyDown={onTabKey}>
          {tabs.map((item, index) => (
            <button
              key={item.id}
              ref={(element) => {
                tabRefs.current[index] = element;
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${item.id}`}
              aria-selected={index === active}
              aria-controls={`${baseId}-panel`}
              tabIndex={index === active ? 0 : -1}
              onClick={() => setActive(index)}
              className={cx(
                'rounded-lg px-2.5 py-1 text-sm focus-visible:outline-2 focus-visible:outline-accent',
                index === active ? 'bg-accent/15 font-medium text-ink' : 'text-ink-muted hover:bg-surface-3',
              )}
            >
              {item.label}
            </button>
          ))}
        </div>
        <label
          className={cx('inline-flex items-center gap-2 text-sm', !apiKey && 'text-ink-muted')}
          title={apiKey ? 'Put your key in the code instead of the placeholder' : 'No key is set'}
        >
          <input type="checkbox" checked={includeKey && !!apiKey} disabled={!apiKey} onChange={(event) => setIncludeKey(event.target.checked)} />
          Include my API key
        </label>
      </div>
      <div role="tabpanel" id={`${baseId}-panel`} aria-labelledby={`${baseId}-tab-${tab.id}`} className="space-y-2">
        <div className="flex items-center justify-between gap-2">
          <p className="text-xs text-ink-muted">{tab.note}</p>
          <ClipboardButton text={tab.code} label={`To clipboard: ${tab.short}`}>
            <span aria-hidden="true">To clipboard</span>
          </ClipboardButton>
        </div>
        <pre
          tabIndex={0}
          aria-label={`${tab.label} code`}
          data-testid="snippet"
          className="max-h-[55dvh] overflow-auto rounded-xl border border-line bg-surface-2 p-3 font-mono text-xs leading-relaxed text-ink"
        >
          <code>{shown}</code>
        </pre>
        {includeKey && apiKey && (
          <p className="text-xs text-danger" role="note">
            This code contains your API key: do not share it.
          </p>
        )}
      </div>
    </div>
  );
}

export function ViewCodeDialog({
  conversationId,
  open,
  onClose,
}: {
  conversationId: string;
  open: boolean;
  onClose: () => void;
}) {
  return (
    <Dialog open={open} title="View code" onClose={onClose} wide>
      {open && <ViewCodeBody conversationId={conversationId} />}
    </Dialog>
  );
}
