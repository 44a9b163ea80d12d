// 200 stored conversations of 20 turns in the app's persisted shape (data model v3), laid out as
// the app writes it (src/store/split-record-layout.ts): the conversations in the snapshot
// 'chat-state/snapshot', the rest in the main record `{ savedAt, stamp, snapshot, split, value: { state,
// version } }` under 'chat-state', in IndexedDB 'qwen-playground' / 'keyval'. bench/ may not
// import store/, so the version and layout are written here; a change of either shows up as a
// failed hydration.
import type { Page } from '@playwright/test';
import type { AssistantMessage, Conversation, Message, UserMessage } from '@/domain/conversation';
import { DEFAULT_SETTINGS } from '@/domain/defaults';

const persistedVersion = 3;

export function conversationTitle(index: number): string {
  return `Bench conversation ${String(index + 1).padStart(3, '0')}`;
}

export function lastAnswerMarker(index: number): string {
  return `End of answer ${index + 1}.`;
}

function answer(conversation: number, turn: number): string {
  return [
    `## Part ${turn + 1} of conversation ${conversation + 1}`,
    'Here is what the model said, with **bold**, *emphasis*, `inline code` and a list:',
    '- first point, which is a fairly ordinary sentence of streamed text',
    '- second point, with a [link](https://example.com) in it',
    '',
    '```ts',
    `export function step${turn}(input: number): number {`,
    '  return input * 2 + 1;',
    '}',
    '```',
    '',
    '| name | value |',
    '| --- | ---: |',
    `| alpha | ${turn} |`,
    `| beta | ${conversation} |`,
    '',
    'A closing paragraph that explains the result in a few more words, so the answer has a realistic length for a chat.',
  ].join('\n');
}

export function buildPersistedState(conversations: number, turns: number): unknown {
  const byId: Record<string, Conversation> = {};
  const start = Date.UTC(2026, 0, 1);
  let activeId = '';
  for (let c = 0; c < conversations; c++) {
    const id = `c-bench-${c}`;
    const messages: Message[] = [];
    let parentId: string | null = null;
    for (let t = 0; t < turns / 2; t++) {
      const at = start + c * 3_600_000 + t * 60_000;
      const user: UserMessage = {
        id: `${id}-u${t}`,
        parentId,
        role: 'user',
        text: `Question ${t + 1}: explain step ${t} of the plan, with code and a table.`,
        images: [],
        createdAt: at,
      };
      const isLast = t === turns / 2 - 1;
      const assistant: AssistantMessage = {
        id: `${id}-a${t}`,
        parentId: user.id,
        role: 'assistant',
        modelId: DEFAULT_SETTINGS.modelId,
        thinking: false,
        reasoning: '',
        content: `${answer(c, t)}${isLast ? `\n\n${lastAnswerMarker(c)}` : ''}`,
        status: 'done',
        finishReason: 'stop',
        usage: { promptTokens: 120 + t * 300, completionTokens: 280, totalTokens: 400 + t * 300 },
        timings: { startedAt: at + 1000, firstContentAt: at + 1400, finishedAt: at + 6000 },
        demo: false,
        createdAt: at + 1000,
      };
      messages.push(user, assistant);
      parentId = assistant.id;
    }
    byId[id] = {
      id,
      kind: 'chat',
      title: conversationTitle(c),
      pinned: false,
      createdAt: start + c * 3_600_000,
      updatedAt: start + c * 3_600_000 + turns * 60_000,
      settings: { ...DEFAULT_SETTINGS, thinking: false },
      messages,
      selected: {},
    };
    activeId = id;
  }
  return {
    state: { conversations: byId, activeId, drafts: {}, lastSettings: DEFAULT_SETTINGS },
    version: persistedVersion,
  };
}

/** Writes the state into the app's IndexedDB (the page must be on the app's origin). */
export async function seedChatState(page: Page, value: unknown): Promise<void> {
  await page.evaluate(async (stored) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('qwen-playground');
      request.onupgradeneeded = () => request.result.createObjectStore('keyval');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const { state, version } = stored as { state: { conversations: Record<string, unknown> }; version: number };
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('keyval', 'readwrite');
      const store = tx.objectStore('keyval');
      store.put(state.conversations, 'chat-state/snapshot');
      const main = { state: { ...state, conversations: {} }, version };
      store.put({ savedAt: Date.now(), stamp: 'bench', snapshot: 'bench', split: true, value: main }, 'chat-state');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    });
    db.close();
  }, value);
}
