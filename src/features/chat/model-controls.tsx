// The model picker and the thinking switch of a conversation. With a key, the provider's model
// list (GET /models, cached by TanStack Query) adds each model's facts and the other chat models,
// usable as plain text models. Without a key (demo) nothing is fetched: the built-in registry.
// The part that fetches is a lazy chunk (bench/: initial JS budget); until it has arrived the
// picker works from the registry alone.
import { lazyComponent } from '@/components/lazy-component';
import { ModelPicker } from '@/features/chat/model-picker';

function RegistryModelControls({ conversationId }: { conversationId: string }) {
  return <ModelPicker conversationId={conversationId} list={[]} />;
}

export const ModelControls = lazyComponent(
  () => import('@/features/chat/model-controls-live').then((module) => module.LiveModelControls),
  RegistryModelControls,
);
