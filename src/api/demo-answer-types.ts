// What every canned demo answer receives and returns.

export interface TopicInput {
  /** The latest user message's text. */
  prompt: string;
  /** The same, cut to one short line for quoting inside a sentence. */
  quote: string;
}

export interface DemoAnswerText {
  /** Qwen-style thinking, streamed only when thinking is on. */
  reasoning: string;
  /** The markdown answer. */
  content: string;
}

/** The closing line of answers the demo cannot really give offline. */
export const DEMO_NOTE =
  '*This is the offline demo: answers are generated in your browser from a few canned topics (code, comparisons, math, puzzles, plans, images). Add your AI/ML API key in **Settings** for live answers from Qwen3.*';

/** What the browser measured about an attached image (the demo itself stays DOM-free). */
export interface DemoImageFacts {
  width: number;
  height: number;
  /** A CSS hex colour, e.g. `#3a6ea5`. */
  dominantColor: string;
  /** The share of the picture in that colour (0–1), where measured. */
  dominantShare?: number;
  colorName?: string;
}

export type DescribeImage = (url: string) => Promise<DemoImageFacts>;
