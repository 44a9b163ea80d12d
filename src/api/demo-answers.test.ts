import { describe, expect, it } from 'vitest';
import { findArithmetic } from '@/api/demo-arithmetic';
import { composeDemoAnswer, type DemoConversation } from '@/api/demo-answers';
import { nameColor } from '@/api/demo-colors';
import { aspectRatio, visualTokens } from '@/api/demo-answer-images';
import { extractItems } from '@/api/demo-answer-comparison';
import { pickTopic } from '@/api/demo-topics';

function answer(prompt: string, extra: Partial<DemoConversation> = {}) {
  return composeDemoAnswer({
    modelId: 'alibaba/qwen3-32b',
    prompt,
    imageCount: 0,
    earlierPrompts: [],
    ...extra,
  });
}

describe('pickTopic', () => {
  it.each([
    ['Hello!', 'greeting'],
    ['hey there', 'greeting'],
    ['Who are you?', 'greeting'],
    ['Compare Python vs TypeScript', 'comparison'],
    ['What is the difference between tea and coffee?', 'comparison'],
    ['Write a TypeScript function that retries with backoff', 'code'],
    ['How can I learn Rust in 30 days?', 'plan'],
    ['What is 17 * 23?', 'math'],
    ['Derive the quadratic formula', 'math'],
    ['A bat and a ball cost $1.10 in total. How much is the ball?', 'puzzle'],
    ['What has keys but can’t open locks?', 'puzzle'],
    ['Plan a 2-3 day trip to Lisbon', 'plan'],
    ['Why is the sky blue?', 'fallback'],
  ])('%s → %s', (prompt, topic) => {
    expect(pickTopic(prompt)).toBe(topic);
  });
});

describe('composeDemoAnswer', () => {
  it('writes reasoning in Qwen’s voice that mentions the prompt', () => {
    for (const prompt of [
      'Hello',
      'Compare REST vs GraphQL',
      'Solve the quadratic 2x^2 - 4x - 6 = 0',
      'Why is the sky blue?',
    ]) {
      const { reasoning } = answer(prompt);
      expect(reasoning).toMatch(/^Okay, the user/);
      expect(reasoning).toContain(prompt);
      expect(reasoning.split('. ').length).toBeGreaterThan(3);
    }
  });

  it('shows off markdown: code fences, tables, inline and display math, task lists', () => {
    expect(answer('Write a python function that counts word frequency').content).toContain(
      '```python',
    );
    expect(answer('Compare REST vs GraphQL').content).toMatch(/\| --- \||\|---\|/);
    const math = answer('Derive the quadratic formula').content;
    expect(math).toMatch(/\$\$[^$]+\$\$/);
    expect(math).toMatch(/[^$]\$[^$\s][^$]*\$[^$]/);
    expect(answer('Make a 4-week plan to learn Rust').content).toContain('- [ ]');
  });

  it('answers the code it knows instead of showing an unrelated example', () => {
    // The empty chat's "Write code" starter and the code preset ask for a debounce.
    const starter = answer(
      'Write a TypeScript function that debounces another function, with a short explanation and an example.',
    );
    expect(starter.content).toContain('export function debounce<T extends unknown[]>');
    expect(starter.content).toContain('cancel()');
    expect(starter.content).not.toMatch(/Offline demo/);
    expect(answer('Write a retry function with backoff in TypeScript').content).toContain(
      'export async function retry<T>',
    );
    // Anything else still gets a labelled showcase.
    expect(answer('Write a TypeScript function that parses CSV').content).toMatch(
      /^\*Offline demo: I can't write new code/,
    );
  });

  it('computes arithmetic for real', () => {
    expect(answer('What is 17 * 23?').content).toContain('17 \\times 23 = 391');
    expect(findArithmetic('compute 2^10 - (3 * 4) please')?.value).toBe(1012);
    expect(findArithmetic('what is 0.1 + 0.2')?.value).toBeCloseTo(0.3);
    expect(findArithmetic('no numbers here')).toBeUndefined();
    expect(findArithmetic('divide 1 / 0')).toBeUndefined();
  });

  it('solves the puzzles it knows and reasons through the tempting wrong answer', () => {
    const bat = answer(
      'A bat and a ball cost 1.10 in total. The bat costs 1.00 more than the ball. How much does the ball cost?',
    );
    expect(bat.content).toContain('The ball costs 5 cents');
    expect(bat.reasoning).toContain('10 cents');
    expect(answer('Three boxes are all mislabeled: apples, oranges, mixed…').content).toContain(
      'Apples and oranges',
    );
  });

  it('falls back to an answer that engages with the prompt and explains the demo', () => {
    const prompt = 'Why do cats purr when they are content?';
    const { content } = answer(prompt);
    expect(content).toMatch(/^## Why do cats purr/);
    expect(content).toContain(`> ${prompt}`);
    expect(content).toMatch(/^- \*\*/m);
    expect(content).toContain('offline demo');
    expect(content).toContain('**Settings**');
  });

  it('builds plans and comparisons around the subject named in the prompt', () => {
    expect(answer('Plan a 3-day trip to Tokyo').content).toContain('## Three days in Tokyo');
    expect(answer('Give me a plan for launching a newsletter').content).toContain(
      '## Plan: Launching a newsletter',
    );
    expect(extractItems('Compare cats vs dogs, please')).toEqual(['cats', 'dogs']);
    expect(extractItems('Compare Go, Rust and Zig as a table.')).toEqual(['Go', 'Rust', 'Zig']);
    expect(extractItems('What is the difference between tea and coffee?')).toEqual([
      'tea',
      'coffee',
    ]);
    expect(extractItems('Kotlin vs Swift for mobile')).toEqual(['Kotlin', 'Swift']);
    expect(answer('Compare cats vs dogs').content).toContain(
      '| Criterion | Question to answer | cats | dogs |',
    );
    // Three things get three columns, not "Go, Rust" against "Zig as a table".
    expect(answer('Compare Go, Rust and Zig as a table.').content).toContain(
      '| Criterion | Question to answer | Go | Rust | Zig |',
    );
    // The empty chat's "Compare options" starter gets a real answer.
    const starter = answer(
      'Compare SQLite, PostgreSQL and DuckDB for a small analytics app, as a table.',
    ).content;
    expect(starter).toContain('| | **SQLite** | **PostgreSQL** | **DuckDB** |');
    expect(starter).not.toMatch(/Offline demo/);
    expect(answer('Compare MySQL and Postgres').content).toContain('| MySQL | Postgres |');
  });

  it('is deterministic', () => {
    expect(answer('Tell me about quasars')).toEqual(answer('Tell me about quasars'));
  });

  it('notes the conversation so far', () => {
    const { content } = answer('Compare REST vs GraphQL', {
      earlierPrompts: ['Write a retry function in TypeScript'],
    });
    expect(content).toMatch(
      /^\*You asked earlier about "Write a retry function in TypeScript"; this time it's a comparison\.\*/,
    );
  });

  it('handles images per model', () => {
    const facts = [{ width: 1920, height: 1080, dominantColor: '#3a6ea5' }];
    const vision = answer('', {
      modelId: 'alibaba/qwen3-vl-32b-instruct',
      imageCount: 1,
      imageFacts: facts,
    });
    expect(vision.topic).toBe('images');
    expect(vision.content).toContain('1920 × 1080 px');
    expect(vision.content).toContain('blue');
    // A gradient has no dominant colour, and the answer does not claim one.
    const gradient = answer('', {
      modelId: 'alibaba/qwen3-vl-32b-instruct',
      imageCount: 1,
      imageFacts: [{ width: 32, height: 32, dominantColor: '#0c0c80', dominantShare: 0.06 }],
    }).content;
    expect(gradient).toContain('no single dominant colour');
    expect(gradient).toContain('covers only 6 %');
    expect(gradient).not.toContain('dominated by');
    const blind = answer('Hello', { imageCount: 1 });
    expect(blind.content).toMatch(/^\*\*I can't see images\.\*\*/);
    expect(blind.content).toContain('Hello!');
  });
});

describe('image facts helpers', () => {
  it('names colours, ratios and visual tokens', () => {
    expect(nameColor('#3a6ea5')).toBe('blue');
    expect(nameColor('#000000')).toBe('black');
    expect(nameColor('#f5f5f5')).toBe('white');
    expect(nameColor('#808080')).toBe('grey');
    expect(nameColor('#8b4513')).toBe('brown');
    expect(nameColor('#2e7d32')).toBe('green');
    expect(aspectRatio(1920, 1080)).toBe('16:9');
    expect(aspectRatio(600, 800)).toBe('3:4');
    expect(aspectRatio(1000, 300)).toBe('about 3.33:1');
    expect(visualTokens(1280, 720)).toBe(40 * 23);
    expect(visualTokens(10, 10)).toBe(4);
    expect(visualTokens(20_000, 20_000)).toBe(16_384);
  });
});
