// With an API key set, the worker that runs live requests starts in idle time after start-up
// rather than with the first request, which would otherwise wait for it to load.
import { useEffect } from 'react';
import { warmLiveConnection } from '@/api/connection';
import { afterFirstRender } from '@/lib/after-first-render';
import { useSettingsStore } from '@/store/settings-store';

export function useWarmLiveConnection(): void {
  const hasKey = useSettingsStore((state) => state.apiKey.trim() !== '');
  useEffect(() => {
    if (hasKey) afterFirstRender(warmLiveConnection);
  }, [hasKey]);
}
