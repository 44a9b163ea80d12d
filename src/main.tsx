import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/app';
import { useChatStore } from '@/store/chat-store';
import '@/index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The first render waits for the stored conversations (a moment, as reading them starts when
// the store module loads): rendering the empty shell first would render everything twice and
// keep the main thread from taking the storage's answer (bench/: hydration). Storage that never
// answers does not hold the app back for long.
const maxWaitMs = 400;
let rendered = false;
function renderApp(): void {
  if (rendered || !root) return;
  rendered = true;
  // A first visit (or a deleted open conversation) gets its conversation now, so the first
  // render shows the chat, not a loading line followed by a second render (App keeps the check
  // for later).
  if (useChatStore.persist.hasHydrated()) useChatStore.getState().ensureActiveConversation();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
if (useChatStore.persist.hasHydrated()) renderApp();
else {
  useChatStore.persist.onFinishHydration(renderApp);
  setTimeout(renderApp, maxWaitMs);
}
