// Files from the picker, the clipboard or a drop → prepared images in the composer, or a visible
// reason per refused file. One at a time, in the order given: big photos decode in turn.
import { IMAGE_BUDGETS, MAX_IMAGES_PER_MESSAGE } from '@/lib/image-budget';
import { useImageDrafts } from '@/store/image-drafts';
import { useSettingsStore } from '@/store/settings-store';

export async function attachFiles(conversationId: string, files: readonly File[]): Promise<void> {
  const drafts = useImageDrafts.getState();
  const current = drafts.drafts[conversationId];
  const room = MAX_IMAGES_PER_MESSAGE - (current?.images.length ?? 0) - (current?.pending ?? 0);
  const accepted = files.slice(0, Math.max(0, room));
  for (const file of files.slice(accepted.length))
    drafts.report(conversationId, `“${file.name}” was not added: at most ${MAX_IMAGES_PER_MESSAGE} images per message.`);

  const budget = IMAGE_BUDGETS[useSettingsStore.getState().imageSize];
  drafts.setPending(conversationId, accepted.length);
  for (const file of accepted) {
    try {
      // The image pipeline loads with the first attachment, not with the app.
      const { prepareImage } = await import('@/features/attachments/prepare-image');
      const result = await prepareImage(file, budget);
      if (result.ok) drafts.add(conversationId, result.image);
      else drafts.report(conversationId, `“${file.name}” can’t be attached: ${result.reason}.`);
    } catch (error) {
      drafts.report(conversationId, `“${file.name}” can’t be attached: ${error instanceof Error ? error.message : String(error)}.`);
    } finally {
      drafts.setPending(conversationId, -1);
    }
  }
}

/** The files of a paste or drop (a DataTransfer), images or not: refusals are reported. */
export function filesOf(data: DataTransfer | null): File[] {
  return data ? [...data.files] : [];
}
