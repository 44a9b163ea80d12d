import { QueryClient } from '@tanstack/react-query';

// Server data (model list, balance, key info) is cached here, never copied into Zustand.
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: 5 * 60_000, retry: 1, refetchOnWindowFocus: false },
  },
});
