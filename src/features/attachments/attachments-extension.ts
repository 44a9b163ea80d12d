// What the attachments feature adds to the chat (its extension points, chat-extensions.tsx).
import { AttachButton } from '@/features/attachments/attach-button';
import { lazyComponent } from '@/components/lazy-component';
import { ImageDropZone } from '@/features/attachments/image-drop-zone';
import { pasteImages } from '@/features/attachments/paste-images';

// Shown only once images are attached: loaded on first use, not with the app (bench/).
const ComposerAttachments = lazyComponent(() =>
  import('@/features/attachments/composer-attachments').then((module) => module.ComposerAttachments),
);
const UserTurnImages = lazyComponent(() =>
  import('@/features/attachments/user-turn-images').then((module) => module.UserTurnImages),
);

export const attachmentsExtension = {
  ComposerAttachments,
  ComposerTools: AttachButton,
  onComposerPaste: pasteImages,
  ConversationFrame: ImageDropZone,
  UserTurnImages,
};
