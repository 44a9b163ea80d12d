// Above the message box: what will be sent (thumbnail, final size, bytes, estimated tokens), each
// with `Remove image`; why a file was refused; and, when the model cannot see, a one-click switch.
import { Button } from '@/components/button';
import { Icon } from '@/components/icons';
import type { ModelId } from '@/domain/models';
import { MODELS, getModel } from '@/domain/models';
import { IMAGE_BUDGETS, MAX_IMAGES_PER_MESSAGE, describeBudget, estimateImageTokens } from '@/lib/image-budget';
import { useChatStore } from '@/store/chat-store';
import {
  selectDraftImages,
  selectImageProblems,
  selectPendingImages,
  useImageDrafts,
  type AttachedImage,
} from '@/store/image-drafts';
import { useSettingsStore } from '@/store/settings-store';
import { BlobImage } from '@/features/attachments/blob-image';
import { originalFacts, sentFacts } from '@/features/attachments/image-facts';

const VISION_MODEL: ModelId = MODELS.find((model) => model.canSee)?.id ?? 'alibaba/qwen3-vl-32b-instruct';

function Thumbnail({ conversationId, image }: { conversationId: string; image: AttachedImage }) {
  const { ref } = image;
  const original = originalFacts(ref);
  return (
    <li className="relative flex w-28 shrink-0 flex-col gap-1 rounded-xl border border-line bg-surface p-1.5 sm:w-36">
      <BlobImage
        blob={image.blob}
        alt={ref.name}
        width={ref.width}
        height={ref.height}
        className="h-14 w-full rounded-lg bg-surface-3 object-cover sm:h-20"
      />
      <p className="truncate text-[0.7rem] font-medium text-ink" title={ref.name}>
        {ref.name}
      </p>
      <p className="text-[0.65rem] leading-snug text-ink-muted">
        {sentFacts(ref)}
        {original && <span className="block">{original}</span>}
      </p>
      <button
        type="button"
        aria-label="Remove image"
        title={`Remove ${ref.name}`}
        onClick={() => useImageDrafts.getState().remove(conversationId, ref.id)}
        className="absolute top-1 right-1 rounded-full bg-surface/90 p-1 text-ink shadow hover:bg-danger hover:text-white focus-visible:outline-2 focus-visible:outline-accent"
      >
        <Icon name="x" />
      </button>
    </li>
  );
}

export function ComposerAttachments({ conversationId }: { conversationId: string }) {
  const images = useImageDrafts(selectDraftImages(conversationId));
  const problems = useImageDrafts(selectImageProblems(conversationId));
  const pending = useImageDrafts(selectPendingImages(conversationId));
  const modelId = useChatStore((state) => state.conversations[conversationId]?.settings.modelId);
  const preset = useSettingsStore((state) => state.imageSize);
  if (images.length === 0 && problems.length === 0 && pending === 0) return null;

  const blind = modelId !== undefined && !getModel(modelId).canSee;
  const tokens = images.reduce((sum, image) => sum + estimateImageTokens(image.ref.width, image.ref.height), 0);
  const budget = IMAGE_BUDGETS[preset];

  return (
    <div className="space-y-2 px-3 pt-3">
      {problems.length > 0 && (
        <ul role="alert" className="space-y-1">
          {problems.map((problem) => (
            <li
              key={problem.id}
              className="flex items-start gap-2 rounded-lg border border-danger/40 bg-danger-surface px-3 py-1.5 text-xs text-ink"
            >
              <Icon name="alert" className="mt-0.5 shrink-0 text-danger" />
              <span className="flex-1">{problem.message}</span>
              <button
                type="button"
                aria-label="Dismiss"
                onClick={() => useImageDrafts.getState().dismiss(conversationId, problem.id)}
                className="rounded p-0.5 text-ink-muted hover:text-ink focus-visible:outline-2 focus-visible:outline-accent"
              >
                <Icon name="x" />
              </button>
            </li>
          ))}
        </ul>
      )}
      {blind && images.length > 0 && (
        <div role="status" className="flex flex-wrap items-center gap-2 rounded-lg border border-accent/40 bg-accent/10 px-3 py-1.5 text-xs">
          <span className="min-w-[12rem] flex-1">
            {modelId && getModel(modelId).label} can’t see images; they are sent only to {getModel(VISION_MODEL).label}.
          </span>
          <Button
            size="sm"
            variant="primary"
            onClick={() => useChatStore.getState().updateSettings(conversationId, { modelId: VISION_MODEL })}
          >
            Switch to {getModel(VISION_MODEL).label}
          </Button>
        </div>
      )}
      {(images.length > 0 || pending > 0) && (
        <>
          <ul className="flex gap-2 overflow-x-auto pb-1" aria-label="Images to send">
            {images.map((image) => (
              <Thumbnail key={image.ref.id} conversationId={conversationId} image={image} />
            ))}
            {pending > 0 && (
              <li
                role="status"
                className="flex h-[6.5rem] w-28 shrink-0 animate-pulse sm:h-[8.5rem] sm:w-36 items-center justify-center rounded-xl border border-dashed border-line text-xs text-ink-muted"
              >
                Preparing {pending} image{pending === 1 ? '' : 's'}…
              </li>
            )}
          </ul>
          <p className="text-[0.7rem] text-ink-muted">
            {images.length} of {MAX_IMAGES_PER_MESSAGE} images · ≈ {tokens.toLocaleString('en-US')} image tokens · size{' '}
            {budget.label} ({describeBudget(budget)}), changeable in Settings
          </p>
        </>
      )}
    </div>
  );
}
