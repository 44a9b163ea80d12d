// The demo's hello: friendly, short, and a menu of prompts that show the playground off.
import type { DemoAnswerText, TopicInput } from '@/api/demo-answer-types';

const TRY_THESE = `Here are a few things you can try:

- **Code**: "Write a TypeScript function that retries a request with exponential backoff"
- **A comparison**: "Compare REST vs GraphQL in a table"
- **Math**: "Derive the quadratic formula" or "What is 37 * 48?"
- **A puzzle**: "A bat and a ball cost 1.10 dollars in total…" (switch **thinking** on to watch me reason first)
- **A plan**: "Make a 4-week plan to learn Rust"
- **Images**: pick **Qwen3 VL 32B Instruct** and attach a picture`;

export function greetingAnswer({ prompt, quote }: TopicInput): DemoAnswerText {
  const isHello =
    /^\s*(hi|hello|hey|hiya|howdy|greetings|good|yo|hola|bonjour|hallo|salut|ciao|привет|你好)/i.test(
      prompt,
    );
  const opening = isHello
    ? 'Hello! 👋 I’m Qwen3'
    : 'I’m Qwen3, a family of open models from Alibaba’s Qwen team';
  const reasoning = isHello
    ? `Okay, the user said "${quote}". That's a greeting, so I should reply in a friendly and welcoming way. Since this is the playground's offline demo, it would help to show them what they can actually try here rather than just asking how I can help. Let me keep it short: a warm hello, a handful of example prompts covering code, tables, math, a puzzle and images, and a pointer to Settings for live answers. Alright, that should work.`
    : `Okay, the user is asking "${quote}". They want to know who I am and what I can do. I should introduce myself briefly as Qwen3 and be honest that this is the offline demo running in their browser. The most useful thing is a concrete list of prompts that show off what the playground can do: code, comparison tables, math rendering, step-by-step reasoning and images. Then I'll mention how to get live answers. Let me put that together.`;
  const content = `${opening}, here in **offline demo mode**. Every word you see is generated in your browser and streamed as real server-sent events through the same parser the live API uses, so the playground behaves just as it will with a key.

${TRY_THESE}

When you want real answers, add your AI/ML API key in **Settings**. What would you like to explore?`;
  return { reasoning, content };
}
