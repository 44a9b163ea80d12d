// The account balance in the header (with a key only), refreshed after each turn ends. A lazy
// chunk with TanStack Query in it (balance-badge.tsx), as the first paint never shows it.
import { useCallback, useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { balanceQueryOptions } from '@/api/billing';
import { queryClient } from '@/api/query-client';
import { isStreaming } from '@/domain/conversation-helpers';
import { useChatStore } from '@/store/chat-store';
import { useSettingsStore } from '@/store/settings-store';

function formatBalance(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 2 }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}

/** True while the open conversation streams; its fall to false is "a turn just ended". */
function useTurnEnded(onEnded: () => void) {
  const streaming = useChatStore((state) => {
    const conversation = state.activeId ? state.conversations[state.activeId] : undefined;
    // A replayed recording costs nothing and must not touch the network.
    const replaying = !!conversation?.messages.some(
      (message) => message.role === 'assistant' && message.status === 'streaming' && message.replay,
    );
    return isStreaming(conversation) && !replaying;
  });
  const was = useRef(streaming);
  useEffect(() => {
    if (was.current && !streaming) onEnded();
    was.current = streaming;
  }, [streaming, onEnded]);
}

export function LiveBalanceBadge() {
  const apiKey = useSettingsStore((state) => state.apiKey);
  const baseUrl = useSettingsStore((state) => state.baseUrl);
  const options = balanceQueryOptions(baseUrl, apiKey);
  const { data, isError } = useQuery(options, queryClient);
  const refresh = useCallback(() => void queryClient.invalidateQueries({ queryKey: ['balance'] }), []);
  useTurnEnded(refresh);
  if (!apiKey.trim() || isError || !data) return null;
  return (
    <span
      data-testid="balance"
      title={`Account balance (${data.currency}), refreshed after each turn`}
      className="rounded-full border border-line px-2 py-0.5 text-xs text-ink-muted tabular-nums"
    >
      <span className="sr-only">Balance: </span>
      {formatBalance(data.amount, data.currency)}
    </span>
  );
}
