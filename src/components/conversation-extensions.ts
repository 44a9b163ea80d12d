// The extension points a conversation view (chat or compare) offers other features, filled in by
// the app shell so the views never import those features (features never import each other).
// `Image` is the domain's image reference (the design system knows nothing of the domain).
import type { ComponentType, ReactNode } from 'react';

export interface ConversationExtensions<Image> {
  /** Above the message box: attached images, refusals, model hints. */
  ComposerAttachments?: ComponentType<{ conversationId: string }>;
  /** In the composer's tool row: the `Attach image` control. */
  ComposerTools?: ComponentType<{ conversationId: string }>;
  /** Files pasted into the message box; true when handled and the default paste must not run. */
  onComposerPaste?: (conversationId: string, data: DataTransfer) => boolean;
  /** Wraps the whole view, e.g. as a drop target for images. */
  ConversationFrame?: ComponentType<{ conversationId: string; children: ReactNode }>;
  /** The images of a prompt, above its text (in compare, in the columns whose model saw them). */
  UserTurnImages?: ComponentType<{ images: readonly Image[] }>;
}
