// The demo's comparison answers: markdown tables for a few well-known pairs (the playground's own
// two models first), and for any other pair an honest comparison framework naming both sides.
import { DEMO_NOTE, type DemoAnswerText, type TopicInput } from '@/api/demo-answer-types';

interface KnownComparison {
  match: RegExp;
  reasoning: string;
  content: string;
}

const QWEN_MODELS: KnownComparison = {
  match: /qwen|\bvl\b|vision model|these (two )?models/i,
  reasoning: `They want a comparison, and the two models in this playground are the natural thing to put side by side. Let me recall the facts. Qwen3 32B is text-only with a hybrid thinking mode: with enable_thinking it streams reasoning_content before the answer. Qwen3 VL 32B Instruct takes text and images (JPG, PNG, GIF, WEBP) and has no thinking switch. Qwen's suggested sampling: temperature 0.6 and top_p 0.95 when thinking, 0.7 and 0.8 otherwise, and 0.7 / 0.8 for VL. Images cost roughly one visual token per 32 by 32 pixel patch. A table is clearest, followed by a short "which one to pick" section.`,
  content: `## Qwen3 32B vs Qwen3 VL 32B Instruct

| | **Qwen3 32B** | **Qwen3 VL 32B Instruct** |
|---|---|---|
| Input | Text | Text and images (JPG, PNG, GIF, WEBP) |
| Thinking mode | Yes: streams its reasoning before the answer | No |
| Suggested sampling | thinking: temperature 0.6, top_p 0.95; otherwise 0.7 / 0.8 | temperature 0.7, top_p 0.8 |
| Image cost | n/a | about one visual token per 32 × 32 px patch |
| Best at | math, code, multi-step reasoning, long-form writing | screenshots, charts, documents, photos |

### Which one to pick?

- **A hard question** (a proof, a tricky bug, a plan with constraints): **Qwen3 32B** with thinking on. The reasoning costs tokens but usually pays for itself.
- **A quick chat or rewrite**: **Qwen3 32B** with thinking off, for lower latency.
- **Anything with a picture**: **Qwen3 VL 32B Instruct**. Downsize large photos first; a 12-megapixel image would be over 11,000 visual tokens.`,
};

const KNOWN: readonly KnownComparison[] = [
  {
    match: /typescript|\bts\b/i,
    reasoning: `They want TypeScript compared with JavaScript. The key point is that TypeScript is a superset of JavaScript that compiles away: same runtime, different development experience. Let me structure it as a table: typing, errors, tooling, build step, runtime behaviour, learning curve and best fit. I should be balanced; plain JavaScript with JSDoc types is a legitimate choice for small scripts. Then a short recommendation.`,
    content: `## TypeScript vs JavaScript

| | **TypeScript** | **JavaScript** |
|---|---|---|
| Typing | Static, structural, checked at compile time | Dynamic, checked at run time |
| Errors caught | Typos, wrong arguments, missing \`null\` checks before running | Only when the code path runs |
| Tooling | Precise autocompletion, safe renames, inline docs | Good, but based on inference |
| Build step | Needed (\`tsc\`, esbuild, Vite…) or a runtime that strips types | None |
| Runtime | Identical: types are erased | Native everywhere |
| Learning curve | Gentle to start, deep at the end (generics, conditional types) | Lowest |
| Best for | Apps, libraries, teams, long-lived code | Small scripts, quick prototypes |

**Bottom line:** TypeScript is JavaScript plus a type checker. For anything that will be maintained by more than one person or for more than a few weeks, the types pay for themselves; for a 50-line script, plain JavaScript (optionally with JSDoc type comments) is perfectly fine.`,
  },
  {
    match: /graphql|\brest\b/i,
    reasoning: `They want REST compared with GraphQL. The fundamental difference is resources and HTTP semantics versus a typed schema with client-chosen queries. Let me think about the trade-offs people actually hit: over- and under-fetching, HTTP caching (easy for REST GETs, harder for GraphQL POSTs), versioning, error handling, and tooling. A table works best, then guidance on when to choose which.`,
    content: `## REST vs GraphQL

| | **REST** | **GraphQL** |
|---|---|---|
| Shape | Many endpoints, one per resource | One endpoint, a typed schema |
| Who picks the fields | The server | The client, per query |
| Over/under-fetching | Common; extra calls or unused fields | Rare; ask for exactly what you need |
| HTTP caching | Natural for GET (ETag, CDN) | Needs persisted queries or a client cache |
| Versioning | \`/v1\`, \`/v2\`, or headers | Evolve the schema, deprecate fields |
| Errors | HTTP status codes | Usually \`200\` with an \`errors\` array |
| Best for | Public APIs, simple CRUD, cache-heavy reads | Rich UIs aggregating many related entities |

**Rule of thumb:** start with REST when your resources map cleanly to screens and caching matters; reach for GraphQL when many different clients need different slices of a deeply connected data graph.`,
  },
];

/** The two sides of "X vs Y", "compare X and Y", "difference between X and Y". */
export function extractPair(prompt: string): [string, string] | undefined {
  const clean = (side: string) =>
    side
      .replace(/^(compare|comparing|between|the|a|an)\s+/i, '')
      .replace(/\s+(in a table|for me|please)\b.*$/i, '')
      .replace(/[?.!,:;]+$/, '')
      .replace(/\|/g, '/') // a pipe would split the table cell
      .trim();
  const patterns = [
    /(?:compare|comparing)\s+(.+?)\s+(?:and|with|to|vs\.?|versus)\s+(.+)/i,
    /difference(?:s)? between\s+(.+?)\s+and\s+(.+)/i,
    /([\w.+#-]+(?:\s+[\w.+#-]+)?)\s+(?:vs\.?|versus)\s+(.+)/i,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(prompt);
    if (!match) continue;
    const a = clean(match[1]!);
    const b = clean(match[2]!.split(/[?.!\n]/)[0]!);
    if (a && b && a.length <= 40 && b.length <= 40) return [a, b];
  }
  return undefined;
}

function frameworkAnswer(a: string, b: string): DemoAnswerText {
  return {
    reasoning: `They want ${a} compared with ${b}. I'm running as the offline demo, so I don't have reliable facts about these two and I shouldn't make any up. What I can do is give a solid structure for the comparison: the criteria that matter for almost any "A versus B" decision, as a table with a column for each side, plus a tip on weighing the criteria. That's genuinely useful and honest.`,
    content: `## ${a.charAt(0).toUpperCase() + a.slice(1)} vs ${b}

I can't look up facts about ${a} and ${b} in offline demo mode, and I'd rather not invent them. Here is the framework a good comparison follows; fill it in, or ask again with an API key for a real answer:

| Criterion | Question to answer | ${a} | ${b} |
|---|---|---|---|
| Strengths | What is each one best at? | … | … |
| Cost | Up-front and ongoing, in money and in time | … | … |
| Fit | How well does each suit *your* situation and constraints? | … | … |
| Effort | What skills, care or maintenance does each need? | … | … |
| Risk | What could go wrong, and how reversible is the choice? | … | … |

**Tip:** decide which two criteria matter most *before* you compare. Most "${a} vs ${b}" debates are really disagreements about priorities.

${DEMO_NOTE}`,
  };
}

export function comparisonAnswer({ prompt, quote }: TopicInput): DemoAnswerText {
  const opening = `Okay, the user is asking: "${quote}". `;
  const known = KNOWN.find((candidate) => candidate.match.test(prompt));
  if (known) return { reasoning: opening + known.reasoning, content: known.content };
  const pair = extractPair(prompt);
  if (pair && !QWEN_MODELS.match.test(prompt)) {
    const framework = frameworkAnswer(...pair);
    return { reasoning: opening + framework.reasoning, content: framework.content };
  }
  const preface = QWEN_MODELS.match.test(prompt)
    ? ''
    : `*Offline demo: I can't research "${quote}" without the live model, so here is the comparison I know best, the two models in this playground.*\n\n`;
  return { reasoning: opening + QWEN_MODELS.reasoning, content: preface + QWEN_MODELS.content };
}
