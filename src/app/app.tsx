// The shell: header, conversations sidebar, the open chat, settings, notices.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { lazyComponent, lazyDialog } from '@/components/lazy-component';
import { cx } from '@/lib/cx';
import { useChatStore } from '@/store/chat-store';
import { startCrossTabSync } from '@/store/cross-tab-sync';
import { ChatView } from '@/features/chat/chat-view';
import { ChatExtensionsContext, type ChatExtensions } from '@/features/chat/chat-extensions';
import { attachmentsExtension } from '@/features/attachments/attachments-extension';
import { CompareExtensionsContext, type CompareExtensions } from '@/features/compare/compare-extensions';
import { InspectButton } from '@/features/inspector/inspect-button';
import { PresetsButton } from '@/features/presets/presets-button';
import { initAttachments } from '@/features/attachments/init-attachments';
import { ConversationList } from '@/features/conversations/conversation-list';
import { UndoNotice } from '@/components/undo-notice';
import { AppHeader } from '@/app/app-header';
import { StorageNotice } from '@/app/storage-notice';
import { useTheme } from '@/app/use-theme';
import { FirstRunHint } from '@/app/first-run-hint';
import { useDemoTools } from '@/app/use-demo-tools';
import { useWarmLiveConnection } from '@/app/use-warm-live-connection';
import { drawerId, useDrawer } from '@/app/use-drawer';
import { installShortcutListener } from '@/lib/shortcuts';
import { firstRenderDone } from '@/lib/after-first-render';
import { usePresentationAttribute } from '@/features/presentation/use-presentation-attribute';
import { ShortcutsDialog } from '@/features/shortcuts/shortcuts-dialog';

// Loaded on first use, not with the app (bench/: initial JS budget).
const CompareView = lazyComponent(() => import('@/features/compare/compare-view').then((module) => module.CompareView));
const SettingsDialog = lazyDialog(() => import('@/features/settings/settings-dialog').then((module) => module.SettingsDialog));
const DeckDialog = lazyDialog(() => import('@/features/presentation/deck-dialog').then((module) => module.DeckDialog));
const RecordingsDialog = lazyDialog(() => import('@/features/recordings/recordings-dialog').then((module) => module.RecordingsDialog));

// Images: the chat's attach / paste / drop / thumbnails come from the attachments feature;
// each turn's Inspect from the inspector.
const chatExtensions: ChatExtensions = { ...attachmentsExtension, TurnTools: InspectButton };
const compareExtensions: CompareExtensions = attachmentsExtension;
initAttachments();

function useHydrated(): boolean {
  return useSyncExternalStore(
    (notify) => useChatStore.persist.onFinishHydration(notify),
    () => useChatStore.persist.hasHydrated(),
  );
}

export function App() {
  useTheme();
  usePresentationAttribute();
  useEffect(() => installShortcutListener(), []);
  useEffect(firstRenderDone, []);
  useWarmLiveConnection();
  const tools = useDemoTools();
  const hydrated = useHydrated();
  const activeId = useChatStore((state) => state.activeId);
  const activeExists = useChatStore((state) => !!state.activeId && !!state.conversations[state.activeId]);
  const activeKind = useChatStore((state) => (state.activeId ? state.conversations[state.activeId]?.kind : undefined));
  const [settingsOpen, setSettingsOpen] = useState(false);
  const drawer = useDrawer(activeId);

  useEffect(() => {
    if (hydrated && !activeExists) useChatStore.getState().ensureActiveConversation();
  }, [hydrated, activeExists]);

  // Other tabs' changes flow in (and this tab's out) once the stored state is loaded.
  useEffect(() => (hydrated ? startCrossTabSync(useChatStore) : undefined), [hydrated]);

  return (
    // Clipped, not scrollable: a screen-reader-only label whose positioned ancestor lies outside a
    // scrolling list would otherwise widen or lengthen the page (and scrollIntoView would pan it).
    <div className="relative flex h-dvh flex-col overflow-clip">
      <AppHeader
        onOpenSettings={() => setSettingsOpen(true)}
        drawerOpen={drawer.open}
        onToggleSidebar={drawer.toggle}
        tools={tools}
      />
      <StorageNotice />
      <FirstRunHint />
      <div className="relative flex min-h-0 flex-1">
        <aside
          id={drawerId}
          data-chrome=""
          className={cx(
            'w-72 shrink-0 flex-col border-r border-line bg-surface-2 p-3',
            'max-md:absolute max-md:inset-y-0 max-md:left-0 max-md:z-30 max-md:shadow-xl',
            drawer.open ? 'flex' : 'hidden md:flex',
          )}
        >
          <ConversationList onNavigate={() => drawer.setOpen(false)} onReveal={() => drawer.setOpen(true)} />
          <PresetsButton conversationId={activeKind === 'chat' ? activeId : null} onStarted={() => drawer.setOpen(false)} />
        </aside>
        {drawer.open && (
          <div
            className="absolute inset-0 z-20 bg-black/40 md:hidden dark:bg-black/70"
            aria-hidden="true"
            onClick={() => drawer.setOpen(false)}
          />
        )}
        <main className="flex min-h-0 min-w-0 flex-1 flex-col">
          {hydrated && activeId && activeExists ? (
            activeKind === 'compare' ? (
              <CompareExtensionsContext value={compareExtensions}>
                <CompareView key={activeId} conversationId={activeId} />
              </CompareExtensionsContext>
            ) : (
              <ChatExtensionsContext value={chatExtensions}>
                <ChatView key={activeId} conversationId={activeId} />
              </ChatExtensionsContext>
            )
          ) : (
            <p className="m-auto text-sm text-ink-muted" role="status">
              Loading your conversations…
            </p>
          )}
        </main>
      </div>
      <SettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} />
      <DeckDialog open={tools.open === 'deck'} onClose={tools.close} prepareImage={tools.prepareDeckImage} />
      <RecordingsDialog open={tools.open === 'recordings'} onClose={tools.close} onReplay={tools.replayHere} />
      <ShortcutsDialog open={tools.open === 'shortcuts'} onOpen={() => tools.show('shortcuts')} onClose={tools.close} />
      <UndoNotice />
    </div>
  );
}
