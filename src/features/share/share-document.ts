// What a shared page shows, as plain data: columns of turns (one column for a chat, one per model
// for a comparison). Built from a conversation by `share-model.ts`, turned into HTML by `share-html.ts`.

export interface SharedImage {
  name: string;
  /** A `data:image/…;base64,` URL: the page must not fetch anything. */
  dataUrl: string;
}

export type SharedTurn =
  | { role: 'user'; text: string; images: SharedImage[] }
  | {
      role: 'assistant';
      modelLabel: string;
      modelId: string;
      reasoning: string;
      content: string;
      /** "First token 0.4 s", "Completion 312 tok"… */
      figures: string[];
      /** Said under the answer: stopped, failed (with the error), replayed… */
      notes: string[];
    };

export interface SharedColumn {
  heading: string;
  subheading: string;
  systemPrompt: string;
  turns: SharedTurn[];
}

export interface SharedDocument {
  title: string;
  kind: 'chat' | 'compare';
  exportedAt: number;
  columns: SharedColumn[];
}
