// What an empty conversation shows: what this is, and prompts that show the models off.
import { useChatStore } from '@/store/chat-store';
import { useSettingsStore } from '@/store/settings-store';

const STARTERS = [
  { title: 'A reasoning puzzle', prompt: 'A bat and a ball cost $1.10 in total. The bat costs $1.00 more than the ball. How much does the ball cost? Explain.' },
  { title: 'Write code', prompt: 'Write a TypeScript function that debounces another function, with a short explanation and an example.' },
  { title: 'Compare options', prompt: 'Compare SQLite, PostgreSQL and DuckDB for a small analytics app, as a table.' },
  { title: 'Explain with math', prompt: 'Explain the quadratic formula and derive it step by step.' },
];

export function EmptyChat({ conversationId }: { conversationId: string }) {
  const demo = useSettingsStore((state) => state.apiKey === '');
  return (
    <section aria-label="Getting started" className="flex flex-col items-center gap-5 py-8 text-center">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Qwen Playground</h1>
        <p className="mt-1 text-sm text-ink-muted">
          Test prompts on Qwen3 32B (with streamed reasoning) and Qwen3 VL 32B.
          {demo && ' You are on the offline demo: add an API key in Settings for live answers.'}
        </p>
      </div>
      <ul className="grid w-full gap-2 sm:grid-cols-2">
        {STARTERS.map((starter) => (
          <li key={starter.title}>
            <button
              type="button"
              onClick={() => useChatStore.getState().setDraft(conversationId, starter.prompt)}
              className="h-full w-full rounded-xl border border-line bg-surface-2 p-3 text-left text-sm hover:border-accent/50 hover:bg-surface-3 focus-visible:outline-2 focus-visible:outline-accent"
            >
              <span className="block font-medium">{starter.title}</span>
              <span className="mt-0.5 line-clamp-2 block text-ink-muted">{starter.prompt}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
