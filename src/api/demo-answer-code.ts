// The demo's code answers: two TypeScript examples (a debounce, what the starter asks for, and a
// retry helper) and one Python example, each a complete, correct function with an explanation,
// the way a live answer to a coding prompt is laid out.
import type { DemoAnswerText, TopicInput } from '@/api/demo-answer-types';

const FENCE = '```';

const TYPESCRIPT = `Here's a small, dependency-free **\`retry\`** helper in TypeScript. It retries an async operation with exponential backoff and jitter, and stops at once when its \`AbortSignal\` fires:

${FENCE}ts
export interface RetryOptions {
  /** Attempts in total, the first one included. */
  attempts?: number;
  /** The delay cap before the first retry, in milliseconds. */
  baseDelayMs?: number;
  /** The upper bound for any single delay. */
  maxDelayMs?: number;
  signal?: AbortSignal;
  /** Return false to give up early, e.g. on a 4xx response. */
  shouldRetry?: (error: unknown, attempt: number) => boolean;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export async function retry<T>(
  operation: (attempt: number) => Promise<T>,
  { attempts = 4, baseDelayMs = 250, maxDelayMs = 8_000, signal, shouldRetry = () => true }: RetryOptions = {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      if (attempt >= attempts || signal?.aborted || !shouldRetry(error, attempt)) throw error;
      // "Full jitter": a random delay below the exponential cap spreads retries out.
      const cap = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
      await sleep(Math.random() * cap, signal);
    }
  }
}
${FENCE}

### How it works

1. **Exponential cap**: the ceiling doubles on every attempt (250 ms, 500 ms, 1 s, …) up to \`maxDelayMs\`.
2. **Full jitter**: the actual wait is random in \`[0, cap)\`, so clients that failed together don't all retry in the same instant.
3. **Cancellation**: \`sleep\` rejects as soon as the signal aborts, so a *Stop* button takes effect even mid-wait.
4. **Selective retries**: \`shouldRetry\` skips errors that can never succeed, such as a 404.

### Usage

${FENCE}ts
const controller = new AbortController();

const report = await retry(
  async () => {
    const response = await fetch('/api/report', { signal: controller.signal });
    if (!response.ok) throw Object.assign(new Error(\`HTTP \${response.status}\`), { status: response.status });
    return response.json();
  },
  {
    attempts: 5,
    signal: controller.signal,
    shouldRetry: (error) => ((error as { status?: number }).status ?? 500) >= 500,
  },
);
${FENCE}

> **Only retry idempotent operations**: GET requests, or POSTs that carry an idempotency key. Otherwise a retry can perform the action twice.`;

const TYPESCRIPT_REASONING = `TypeScript is a sensible default for a browser playground, and a retry helper with exponential backoff is a good self-contained example, so let me think about what a production-quality one needs. First, the delay: doubling a base delay each attempt, capped by a maximum. Then jitter; "full jitter", a random delay between zero and the cap, avoids the thundering herd when many clients fail at once. It should also honour an AbortSignal, so the sleep between attempts must reject when the signal fires instead of waiting it out. And a shouldRetry callback, because retrying a 404 is pointless. Let me check the loop: with attempts = 4 the operation runs at most four times and the last error is rethrown. Good. I'll write the function, explain the four ideas briefly, show a usage example with fetch, and end with a note about idempotency.`;

const DEBOUNCE = `Here's a typed **\`debounce\`** in TypeScript. The wrapped function runs once the calls have stopped for \`ms\` milliseconds, with the arguments of the last call, and \`cancel()\` drops a pending call:

${FENCE}ts
export interface Debounced<T extends unknown[]> {
  (...args: T): void;
  /** Drops the pending call, if any. */
  cancel(): void;
}

export function debounce<T extends unknown[]>(fn: (...args: T) => void, ms: number): Debounced<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;

  const debounced = (...args: T): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      fn(...args);
    }, ms);
  };

  debounced.cancel = (): void => {
    clearTimeout(timer);
    timer = undefined;
  };

  return debounced;
}
${FENCE}

### How it works

1. **One timer**: every call clears the previous timer and starts a new one, so only the last call of a burst gets through.
2. **Last arguments win**: the timer's callback closes over the arguments of the call that started it.
3. **\`cancel()\`** clears the timer, e.g. when a component unmounts, so \`fn\` never runs late.
4. **Types**: \`T extends unknown[]\` keeps the parameter types of \`fn\`, so a wrong argument is a compile error.

### Usage

${FENCE}ts
const search = debounce((query: string) => {
  void fetch(\`/api/search?q=\${encodeURIComponent(query)}\`);
}, 300);

input.addEventListener('input', () => search(input.value));
window.addEventListener('pagehide', () => search.cancel());
${FENCE}

> Need the first call to run at once (a "leading" debounce) or a guaranteed call every few seconds while typing goes on? That is a small option on top of this one, or \`throttle\` rather than \`debounce\`.`;

const DEBOUNCE_REASONING = `A debounce in TypeScript: the wrapped function should run only after the calls stop for the given delay. Let me think about what a good one needs. One timer, cleared and restarted on every call, so a burst of calls becomes one. The pending call should use the last arguments, which the timer's closure keeps. A cancel() method clears the timer, which matters when a component unmounts. For the types, a generic T extends unknown[] for the parameters keeps the caller's argument types, and the return type is a callable with a cancel property, so an interface with a call signature. Let me check: three calls 100 ms apart with ms = 300 run fn once, 300 ms after the third call, with its arguments. Good. I'll write it, explain the four points briefly, and show it on a search box.`;

const PYTHON = `Here's a compact, well-tested Python function that returns the most frequent words in a text:

${FENCE}python
from collections import Counter
import re


def top_words(text: str, k: int = 5, stop_words: set[str] | None = None) -> list[tuple[str, int]]:
    """Return the k most frequent words in text, most frequent first.

    >>> top_words("the cat and the hat and the bat", k=2)
    [('the', 3), ('and', 2)]
    >>> top_words("To be, or not to be", k=2, stop_words={"or", "not"})
    [('to', 2), ('be', 2)]
    """
    stop_words = stop_words or set()
    words = re.findall(r"[a-z']+", text.lower())
    counts = Counter(word for word in words if word not in stop_words)
    return counts.most_common(k)
${FENCE}

### Why it's written this way

- **\`re.findall\`** with \`[a-z']+\` splits on anything that isn't a letter, so punctuation never sticks to words, while contractions like *don't* stay whole.
- **\`Counter.most_common(k)\`** does the counting and the top-k selection in one call; it uses a heap, so it's \`O(n log k)\` rather than a full sort.
- **Ties keep first-seen order**, which makes the output deterministic and the doctests stable.
- **Type hints** (\`set[str] | None\`) need Python 3.10 or newer.

### Try it

${FENCE}bash
python -m doctest top_words.py -v
${FENCE}

To make it Unicode-aware (accents, Cyrillic, CJK), swap the pattern for \`r"\\w+(?:'\\w+)?"\`.`;

const PYTHON_REASONING = `They mentioned Python, so I'll answer in Python. A word-frequency function is a nice, compact example that shows idiomatic Python: collections.Counter, a regular expression for tokenising, type hints and doctests. Let me think about edge cases. Punctuation: findall with [a-z']+ handles "be," correctly. Case: lower() first. Stop words: an optional set. Let me verify the doctest: "the cat and the hat and the bat" has "the" three times and "and" twice, so k=2 gives [('the', 3), ('and', 2)]. In "To be, or not to be", without "or" and "not", "to" and "be" both appear twice and "to" comes first, so ties keep first-seen order. Good. I'll explain the design choices briefly and show how to run the doctests.`;

interface CodeExample {
  language: string;
  /** Prompts this example really answers; others get it as a labelled showcase. */
  answers: RegExp;
  reasoning: string;
  content: string;
}

const EXAMPLES = {
  debounce: {
    language: 'TypeScript',
    answers: /\bdebounc\w*/i,
    reasoning: DEBOUNCE_REASONING,
    content: DEBOUNCE,
  },
  typescript: {
    language: 'TypeScript',
    answers: /\b(retry|retries|backoff|back-off)\b/i,
    reasoning: TYPESCRIPT_REASONING,
    content: TYPESCRIPT,
  },
  python: {
    language: 'Python',
    answers: /\b(word|words|count|frequen\w*|counter)\b/i,
    reasoning: PYTHON_REASONING,
    content: PYTHON,
  },
} satisfies Record<string, CodeExample>;

export function codeAnswer({ prompt, quote }: TopicInput): DemoAnswerText {
  const python = /\b(python|py|pandas|django|flask|numpy)\b/i.test(prompt);
  const example = python
    ? EXAMPLES.python
    : EXAMPLES.debounce.answers.test(prompt)
      ? EXAMPLES.debounce
      : EXAMPLES.typescript;
  const opening = `Okay, the user is asking: "${quote}". They want code. `;
  if (example.answers.test(prompt)) {
    return { reasoning: opening + example.reasoning, content: example.content };
  }
  return {
    reasoning: `${opening}I'm running as the offline demo without the live model, so I can't write new code for this request, but I can show a complete example of the kind of answer they would get. ${example.reasoning}`,
    content: `*Offline demo: I can't write new code without the live model, so here is a ready-made ${example.language} example that shows how code answers look.*\n\n${example.content}`,
  };
}
