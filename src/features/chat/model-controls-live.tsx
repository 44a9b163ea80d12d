// The model picker with the provider's model list (GET /models, cached by TanStack Query). A
// lazy chunk with TanStack Query in it; model-controls.tsx shows the picker without it meanwhile.
import { useQuery } from '@tanstack/react-query';
import { modelListQueryOptions, type ModelFacts } from '@/api/models';
import { queryClient } from '@/api/query-client';
import { useSettingsStore } from '@/store/settings-store';
import { ModelPicker } from '@/features/chat/model-picker';

const NO_FACTS: ModelFacts[] = [];

/** The provider's list when it is known; a failure only means fewer facts, never a blocked chat. */
function useModelList(): ModelFacts[] {
  const apiKey = useSettingsStore((state) => state.apiKey);
  const baseUrl = useSettingsStore((state) => state.baseUrl);
  const { data } = useQuery(modelListQueryOptions(baseUrl, apiKey.trim() !== ''), queryClient);
  return data ?? NO_FACTS;
}

export function LiveModelControls({ conversationId }: { conversationId: string }) {
  return <ModelPicker conversationId={conversationId} list={useModelList()} />;
}
