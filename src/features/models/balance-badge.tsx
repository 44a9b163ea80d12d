// The account balance in the header (with a key only). Its code, with TanStack Query, is a lazy
// chunk (balance-badge-live.tsx): bench/ initial JS budget.
import { lazyComponent } from '@/components/lazy-component';

export const BalanceBadge = lazyComponent(() =>
  import('@/features/models/balance-badge-live').then((module) => module.LiveBalanceBadge),
);
