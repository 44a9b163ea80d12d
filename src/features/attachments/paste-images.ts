// Images pasted into the message box are attached; text in the same paste still goes in as text.
import { attachFiles, filesOf } from '@/features/attachments/attach-files';

/** True when the paste carried only files, so the default paste has nothing left to do. */
export function pasteImages(conversationId: string, data: DataTransfer): boolean {
  const files = filesOf(data);
  if (files.length === 0) return false;
  void attachFiles(conversationId, files);
  return !data.types.includes('text/plain');
}
