// Server data (model list, balance, key info) is cached here, never copied into Zustand.
// No provider at the root: TanStack Query is only loaded with the parts that fetch (lazy chunks,
// bench/: initial JS budget), and those pass this client to their hooks.
import { QueryClient } from '@tanstack/react-query';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: 5 * 60_000, retry: 1, refetchOnWindowFocus: false },
  },
});
