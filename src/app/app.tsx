// The shell: header, conversations sidebar, the open chat, settings, notices.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { cx } from '@/lib/cx';
import { useChatStore } from '@/store/chat-store';
import { ChatView } from '@/features/chat/chat-view';
import { ConversationList } from '@/features/conversations/conversation-list';
import { UndoNotice } from '@/features/conversations/undo-notice';
import { SettingsDialog } from '@/features/settings/settings-dialog';
import { AppHeader } from '@/app/app-header';
import { StorageNotice } from '@/app/storage-notice';
import { useTheme } from '@/app/use-theme';

function useHydrated(): boolean {
  return useSyncExternalStore(
    (notify) => useChatStore.persist.onFinishHydration(notify),
    () => useChatStore.persist.hasHydrated(),
  );
}

export function App() {
  useTheme();
  const hydrated = useHydrated();
  const activeId = useChatStore((state) => state.activeId);
  const activeExists = useChatStore((state) => !!state.activeId && !!state.conversations[state.activeId]);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [sidebarOpen, setSidebarOpen] = useState(false);

  useEffect(() => {
    if (hydrated && !activeExists) useChatStore.getState().ensureActiveConversation();
  }, [hydrated, activeExists]);

  return (
    <div className="flex h-dvh flex-col">
      <AppHeader
        onOpenSettings={() => setSettingsOpen(true)}
        onToggleSidebar={() => setSidebarOpen((open) => !open)}
      />
      <StorageNotice />
      <div className="relative flex min-h-0 flex-1">
        <aside
          className={cx(
            'w-72 shrink-0 flex-col border-r border-line bg-surface-2 p-3',
            'max-md:absolute max-md:inset-y-0 max-md:left-0 max-md:z-30 max-md:shadow-xl',
            sidebarOpen ? 'flex' : 'hidden md:flex',
          )}
        >
          <ConversationList onNavigate={() => setSidebarOpen(false)} />
        </aside>
        {sidebarOpen && (
          <div
            className="absolute inset-0 z-20 bg-black/30 md:hidden"
            aria-hidden="true"
            onClick={() => setSidebarOpen(false)}
          />
        )}
        <main className="flex min-h-0 min-w-0 flex-1 flex-col">
          {hydrated && activeId && activeExists ? (
            <ChatView key={activeId} conversationId={activeId} />
          ) : (
            <p className="m-auto text-sm text-ink-muted" role="status">
              Loading your conversations…
            </p>
          )}
        </main>
      </div>
      <SettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} />
      <UndoNotice />
    </div>
  );
}
