// The demo's comparison answers: markdown tables for a few well-known comparisons (the playground's
// own two models first, and the empty chat's starter), and for anything else an honest comparison
// framework with a column for each thing compared.
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
    // Two of the three named: "MySQL vs Postgres" is another comparison.
    match: /\b(?:sqlite|postgres(?:ql)?|duckdb)\b[\s\S]*\b(?:sqlite|postgres(?:ql)?|duckdb)\b/i,
    reasoning: `They want SQLite, PostgreSQL and DuckDB compared for a small analytics app. These are three different shapes of database: SQLite is an embedded row store in one file, PostgreSQL is a client-server row store with full concurrency, and DuckDB is an embedded column store built for analytical queries. For analytics the deciding questions are the query pattern (scans and aggregates versus many small writes), concurrency, and operations. A table with a column per engine, then a recommendation that depends on who writes the data.`,
    content: `## SQLite vs PostgreSQL vs DuckDB for a small analytics app

| | **SQLite** | **PostgreSQL** | **DuckDB** |
|---|---|---|---|
| Kind | Embedded, row store, one file | Server, row store | Embedded, column store, one file |
| Best at | Many small reads and writes in one app | Many concurrent writers, transactions, extensions | Scans, joins and aggregates over millions of rows |
| Analytics speed | Fine up to a few million rows | Good with indexes and materialized views | Fastest of the three for \`GROUP BY\` over large tables |
| Concurrency | One writer at a time (WAL allows readers alongside) | Many readers and writers | One writing process; built for one analyst or job at a time |
| Reads files directly | No | With \`COPY\` or extensions | Yes: CSV, Parquet, JSON, even over HTTP/S3 |
| Operations | None: a library | A server to run, back up and upgrade | None: a library |
| SQL | Core SQL, dynamic types | The richest: window functions, JSONB, CTEs | Rich analytical SQL: window functions, \`PIVOT\`, \`QUALIFY\` |

**Recommendation:**
- **DuckDB** if the app mostly *reads*: dashboards over data that arrives in batches (CSV or Parquet exports, a nightly job).
- **PostgreSQL** if many users or services *write* concurrently, or the analytics sit next to the app's transactional data.
- **SQLite** if it is a single-user or embedded app with modest data, where zero operations matters most.

A common pattern: keep PostgreSQL (or SQLite) as the system of record and point DuckDB at a Parquet export of it for the heavy queries.`,
  },
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

/** What follows a list of things to compare: "for a small app", "as a table", "please". */
const LIST_TAIL = /\s*,?\s+(?:for|as|in|please)\b.*$/i;
const LIST_SEPARATOR = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|with|to|vs\.?|versus)\s+/i;

/** The things compared in "compare X, Y and Z", "difference between X and Y", "X vs Y": 2 to 4. */
export function extractItems(prompt: string): string[] | undefined {
  const clean = (item: string) =>
    item
      .replace(/^(the|a|an)\s+/i, '')
      .replace(/[?.!,:;]+$/, '')
      .replace(/\|/g, '/') // a pipe would split the table cell
      .trim();
  const patterns = [
    /(?:compare|comparing)\s+(?:between\s+)?([^?.!\n]+)/i,
    /differences?\s+between\s+([^?.!\n]+)/i,
    /([\w.+#-]+(?:\s+[\w.+#-]+)?\s+(?:vs\.?|versus)\s+[^?.!\n]+)/i,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(prompt);
    if (!match) continue;
    const items = match[1]!.replace(LIST_TAIL, '').split(LIST_SEPARATOR).map(clean).filter(Boolean);
    if (items.length >= 2 && items.length <= 4 && items.every((item) => item.length <= 40))
      return items;
  }
  return undefined;
}

/** "a, b and c" */
function listed(items: readonly string[]): string {
  return items.length <= 2
    ? items.join(' and ')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function frameworkAnswer(items: readonly string[]): DemoAnswerText {
  const all = listed(items);
  const title = items.join(' vs ');
  const row = (criterion: string, question: string) =>
    `| ${criterion} | ${question} | ${items.map(() => '…').join(' | ')} |`;
  return {
    reasoning: `They want ${all} compared. I'm running as the offline demo, so I don't have reliable facts about ${items.length === 2 ? 'these two' : 'these'} and I shouldn't make any up. What I can do is give a solid structure for the comparison: the criteria that matter for almost any "A versus B" decision, as a table with a column for each, plus a tip on weighing the criteria. That's genuinely useful and honest.`,
    content: `## ${title.charAt(0).toUpperCase() + title.slice(1)}

I can't look up facts about ${all} in offline demo mode, and I'd rather not invent them. Here is the framework a good comparison follows; fill it in, or ask again with an API key for a real answer:

| Criterion | Question to answer | ${items.join(' | ')} |
|---|---|${items.map(() => '---').join('|')}|
${row('Strengths', 'What is each one best at?')}
${row('Cost', 'Up-front and ongoing, in money and in time')}
${row('Fit', 'How well does each suit *your* situation and constraints?')}
${row('Effort', 'What skills, care or maintenance does each need?')}
${row('Risk', 'What could go wrong, and how reversible is the choice?')}

**Tip:** decide which two criteria matter most *before* you compare. Most "${title}" debates are really disagreements about priorities.

${DEMO_NOTE}`,
  };
}

export function comparisonAnswer({ prompt, quote }: TopicInput): DemoAnswerText {
  const opening = `Okay, the user is asking: "${quote}". `;
  const known = KNOWN.find((candidate) => candidate.match.test(prompt));
  if (known) return { reasoning: opening + known.reasoning, content: known.content };
  const items = extractItems(prompt);
  if (items && !QWEN_MODELS.match.test(prompt)) {
    const framework = frameworkAnswer(items);
    return { reasoning: opening + framework.reasoning, content: framework.content };
  }
  const preface = QWEN_MODELS.match.test(prompt)
    ? ''
    : `*Offline demo: I can't research "${quote}" without the live model, so here is the comparison I know best, the two models in this playground.*\n\n`;
  return { reasoning: opening + QWEN_MODELS.reasoning, content: preface + QWEN_MODELS.content };
}
