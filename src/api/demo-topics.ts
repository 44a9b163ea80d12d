// Which canned answer a prompt gets: case-insensitive keywords, first match wins, so the
// choice is deterministic and easy to predict when demoing.

export type DemoTopic =
  'greeting' | 'comparison' | 'code' | 'math' | 'puzzle' | 'plan' | 'fallback';

const GREETING =
  /^\s*(hi|hello|hey|hiya|howdy|greetings|good (morning|afternoon|evening)|yo|hola|bonjour|hallo|salut|ciao|привет|你好)\b/i;
const INTRODUCTION = /\b(who are you|what are you|what can you do|introduce yourself)\b/i;

// Ordered: "compare Python vs TypeScript" is a comparison and "learn Rust" a plan before either
// is code.
const RULES: readonly [Exclude<DemoTopic, 'greeting' | 'fallback'>, RegExp][] = [
  [
    'comparison',
    /\b(compare|comparison|comparing|vs\.?|versus|difference between|differences between|pros and cons|table)\b/i,
  ],
  ['plan', /\b(learn|learning|study|studying|master|mastering)\b/i],
  [
    'code',
    /\b(code|coding|function|typescript|javascript|python|rust|golang|java|implement|snippet|script|program|regex|algorithm|refactor|debug|bug|class|sql|backoff|retry)\b/i,
  ],
  [
    'puzzle',
    /\b(puzzle|riddle|brain ?teaser|logic problem|trick question|lateral thinking|bat and (a )?ball|mislabel(l)?ed|the more you take)\b|^\s*what (has|have|gets|can)\b.*\b(but|no|never|cannot|can't)\b/i,
  ],
  [
    'math',
    // Arithmetic needs an unambiguous operator: "a 2-3 day trip" is not a subtraction.
    /\b(math|maths|equation|integral|derivative|solve|prove|proof|formula|theorem|calculate|compute|quadratic|algebra|latex|katex)\b|\d\s*[+*/^×÷]\s*\(?\s*-?\d|\bwhat(?:'s| is)\s+-?\(?\d/i,
  ],
  [
    'plan',
    /\b(plan|planning|steps|list|checklist|roadmap|schedule|itinerary|trip|travel|learn|study|ideas|tips|guide|to-?do|how (do|can|should) i)\b/i,
  ],
];

export function pickTopic(prompt: string): DemoTopic {
  const text = prompt.trim();
  if ((GREETING.test(text) && text.length <= 60) || INTRODUCTION.test(text)) return 'greeting';
  for (const [topic, pattern] of RULES) if (pattern.test(text)) return topic;
  return 'fallback';
}

/** A prompt cut to one short line, for quoting it back inside a sentence. */
export function shortQuote(prompt: string, max = 80): string {
  const line = prompt.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
