// Settings → "Check key": asks GET {base}/key and says whether the key works, its name and scopes.
// Only on request, so typing a key sends nothing but what the chat sends.
import { useEffect } from 'react';
import { useMutation } from '@tanstack/react-query';
import { checkKey } from '@/api/key-info';
import { queryClient } from '@/api/query-client';
import { Button } from '@/components/button';
import { Icon } from '@/components/icons';
import { useSettingsStore } from '@/store/settings-store';

export function KeyCheck() {
  const apiKey = useSettingsStore((state) => state.apiKey);
  const baseUrl = useSettingsStore((state) => state.baseUrl);
  const check = useMutation({ mutationFn: () => checkKey(baseUrl, apiKey) }, queryClient);
  const result = check.data;
  const { reset } = check;
  // A result belongs to the key it checked: typing another key or base URL clears it.
  useEffect(() => reset(), [apiKey, baseUrl, reset]);

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="secondary" size="sm" disabled={!apiKey.trim() || check.isPending} onClick={() => check.mutate()}>
        <Icon name="key" /> Check key
      </Button>
      <p role="status" className="text-xs" data-testid="key-check">
        {check.isPending && <span className="text-ink-muted">Checking…</span>}
        {!check.isPending && result?.ok && (
          <span className="text-ink">
            Key valid{result.info.name ? ` · ${result.info.name}` : ''}
            {result.info.scopes.length > 0 ? ` · ${result.info.scopes.join(', ')}` : ''}
          </span>
        )}
        {!check.isPending && result && !result.ok && <span className="text-danger">{result.message}</span>}
      </p>
    </div>
  );
}
