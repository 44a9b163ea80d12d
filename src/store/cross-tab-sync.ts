// Tabs of one origin share the stored conversations; this keeps their in-memory copies in step.
// Each tab announces the conversations it changed (and the ids it deleted) at most every
// `intervalMs`, so a streaming answer shows in the other tabs as it grows; the other tabs merge
// them in (conversation-merge.ts) without announcing the result back. A new tab says hello and the
// others answer with everything they hold, including what they have not written yet. A tab alone
// announces nothing: it would clone a streaming conversation five times a second for no one.
// It learns of the others from their messages, and forgets a tab that says goodbye.
import type { Conversation } from '@/domain/conversation';
import { markInterrupted } from '@/domain/conversation-helpers';
import type { Tombstones } from '@/domain/conversation-merge';
import { newId } from '@/lib/ids';
import { settleComparison } from '@/store/compare-slice';
import type { ConversationsSlice } from '@/store/conversations-slice';
import { openTabChannel } from '@/store/tab-channel';

export type SyncMessage =
  | { type: 'changes'; from: string; conversations: Conversation[]; deleted: Tombstones }
  | { type: 'hello'; from: string }
  | { type: 'bye'; from: string };

type Synced = Pick<ConversationsSlice, 'conversations' | 'deleted' | 'mergeFromOtherTab'>;

export interface SyncedStore {
  getState(): Synced;
  subscribe(listener: (state: Synced, previous: Synced) => void): () => void;
}

/** A tab going away cannot finish its answers: the others see them as interrupted, with Retry. */
const settleLeaving = (conversation: Conversation) =>
  settleComparison(markInterrupted(conversation));

export function startCrossTabSync(
  store: SyncedStore,
  { channelName = 'qwen-playground-sync', intervalMs = 200 } = {},
): () => void {
  const tabId = newId('tab');
  const changed = new Set<string>();
  const deletedChanged = new Set<string>();
  let applyingRemote = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastPost = 0;
  /** The other tabs heard from and not gone: a tab that closed without a word stays (harmless). */
  const peers = new Set<string>();

  const channel = openTabChannel<SyncMessage>(channelName, (message) => {
    if (message.from === tabId) return;
    if (message.type === 'bye') {
      peers.delete(message.from);
      return;
    }
    const known = peers.has(message.from);
    peers.add(message.from);
    if (message.type === 'hello') {
      // Answered even with nothing to tell: the new tab learns that this one is here.
      postAll();
      return;
    }
    // A tab first heard from now (it answered this one's hello) has not been told what this
    // one changed while it thought itself alone.
    if (!known) flush();
    applyingRemote = true;
    try {
      store.getState().mergeFromOtherTab(message);
    } finally {
      applyingRemote = false;
    }
  });

  const post = (conversations: Conversation[], deleted: Tombstones, always = false) => {
    lastPost = Date.now();
    if (always || conversations.length || Object.keys(deleted).length)
      channel.post({ type: 'changes', from: tabId, conversations, deleted });
  };

  const flush = (
    settle: (conversation: Conversation) => Conversation = (conversation) => conversation,
  ) => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const { conversations, deleted } = store.getState();
    const list = [...changed].flatMap((id) =>
      Object.hasOwn(conversations, id) ? [settle(conversations[id]!)] : [],
    );
    const tombstones = Object.fromEntries(
      [...deletedChanged]
        .filter((id) => Object.hasOwn(deleted, id))
        .map((id) => [id, deleted[id]!]),
    );
    changed.clear();
    deletedChanged.clear();
    post(list, tombstones);
  };

  function postAll() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    changed.clear();
    deletedChanged.clear();
    const { conversations, deleted } = store.getState();
    post(Object.values(conversations), deleted, true);
  }

  const unsubscribe = store.subscribe((state, previous) => {
    // What came from another tab is not announced back.
    if (applyingRemote) return;
    if (state.conversations !== previous.conversations) {
      for (const id of Object.keys(state.conversations)) {
        if (state.conversations[id] !== previous.conversations[id]) changed.add(id);
      }
    }
    if (state.deleted !== previous.deleted) {
      for (const id of Object.keys(state.deleted)) {
        if (state.deleted[id] !== previous.deleted[id]) deletedChanged.add(id);
      }
    }
    // Alone, the changes wait for a tab to appear: a hello is answered with everything, a tab
    // first heard from otherwise is told these.
    if ((changed.size || deletedChanged.size) && timer === null && peers.size > 0) {
      timer = setTimeout(() => flush(), Math.max(0, lastPost + intervalMs - Date.now()));
    }
  });

  const onPageHide = () => {
    // Alone, only the answers it cuts are told (storage has the rest), in case a tab opened a
    // moment ago.
    if (peers.size === 0) {
      changed.clear();
      deletedChanged.clear();
    }
    const { conversations } = store.getState();
    for (const conversation of Object.values(conversations)) {
      if (settleLeaving(conversation) !== conversation) changed.add(conversation.id);
    }
    flush(settleLeaving);
    channel.post({ type: 'bye', from: tabId });
  };
  // Back from the back/forward cache, it missed what the others said meanwhile.
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) channel.post({ type: 'hello', from: tabId });
  };
  window.addEventListener('pagehide', onPageHide);
  window.addEventListener('pageshow', onPageShow);

  channel.post({ type: 'hello', from: tabId });

  return () => {
    if (timer !== null) clearTimeout(timer);
    unsubscribe();
    window.removeEventListener('pagehide', onPageHide);
    window.removeEventListener('pageshow', onPageShow);
    channel.close();
  };
}
