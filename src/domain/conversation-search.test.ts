import { describe, expect, it } from 'vitest';
import type { Conversation } from '@/domain/conversation';
import {
  highlightParts,
  matchesSearch,
  searchConversations,
  searchSnippet,
  searchTerms,
} from '@/domain/conversation-search';
import { DEFAULT_SETTINGS } from '@/domain/defaults';

function conversation(
  id: string,
  title: string,
  texts: string[],
  extra: Partial<Conversation> = {},
): Conversation {
  return {
    id,
    kind: 'chat',
    title,
    pinned: false,
    createdAt: 1,
    updatedAt: 1,
    settings: DEFAULT_SETTINGS,
    messages: texts.map((text, index) =>
      index % 2 === 0
        ? { id: `${id}u${index}`, parentId: null, role: 'user', text, images: [], createdAt: 1 }
        : {
            id: `${id}a${index}`,
            parentId: null,
            role: 'assistant',
            modelId: 'alibaba/qwen3-32b',
            thinking: false,
            reasoning: 'secret reasoning',
            content: text,
            status: 'done',
            timings: { startedAt: 1 },
            demo: true,
            createdAt: 1,
          },
    ),
    selected: {},
    ...extra,
  };
}

describe('conversation search', () => {
  const all = [
    conversation('a', 'Quantum basics', ['Explain qubits', 'A qubit is…'], { updatedAt: 3 }),
    conversation('b', 'Recipes', ['How do I bake bread?', 'Knead the DOUGH for ten minutes.'], {
      updatedAt: 2,
    }),
    conversation('c', 'Pinned notes', ['nothing here'], { pinned: true, updatedAt: 1 }),
  ];

  it('matches titles and message text, case-insensitively, every word', () => {
    expect(searchConversations(all, 'quantum')).toEqual(['a']);
    expect(searchConversations(all, 'dough')).toEqual(['b']);
    expect(searchConversations(all, 'bread knead')).toEqual(['b']);
    expect(searchConversations(all, 'bread qubit')).toEqual([]);
    expect(searchConversations(all, 'reasoning')).toEqual([]);
  });

  it('lists pinned ones first, then newest first, for an empty query', () => {
    expect(searchConversations(all, '  ')).toEqual(['c', 'a', 'b']);
  });

  it('searches the columns of a comparison', () => {
    const compare = conversation('d', 'Comparison', [], {
      kind: 'compare',
      compare: {
        columns: [
          {
            id: 'col',
            settings: DEFAULT_SETTINGS,
            messages: conversation('x', '', ['zebra']).messages,
            selected: {},
          },
        ],
        votes: {},
      },
    });
    expect(matchesSearch(compare, searchTerms('ZEBRA'))).toBe(true);
  });

  it('explains a text match with a snippet, and none for a title match', () => {
    expect(searchSnippet(all[1]!, ['dough'])).toBe('Knead the DOUGH for ten minutes.');
    expect(searchSnippet(all[0]!, ['quantum'])).toBeUndefined();
    const long = conversation('e', 't', [`${'x '.repeat(100)}needle${' y'.repeat(100)}`]);
    const snippet = searchSnippet(long, ['needle'])!;
    expect(snippet.startsWith('…') && snippet.endsWith('…') && snippet.includes('needle')).toBe(
      true,
    );
    expect(snippet.length).toBeLessThan(100);
  });

  it('cuts a text into highlighted parts without losing a character', () => {
    const parts = highlightParts('Bake the bread, bake!', ['bake', 'read']);
    expect(parts.map((part) => part.text).join('')).toBe('Bake the bread, bake!');
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual([
      'Bake',
      'read',
      'bake',
    ]);
    expect(highlightParts('plain', [])).toEqual([{ text: 'plain', match: false }]);
  });

  it('searches 200 conversations of 20 turns quickly once indexed', () => {
    const many = Array.from({ length: 200 }, (_, index) =>
      conversation(
        `c${index}`,
        `Chat ${index}`,
        Array.from(
          { length: 20 },
          (_, turn) => `turn ${turn} of chat ${index} ${'lorem ipsum '.repeat(80)}`,
        ),
      ),
    );
    const first = performance.now();
    searchConversations(many, 'warm up the index');
    const indexedAt = performance.now();
    for (const query of ['l', 'lo', 'lor', 'lorem', 'lorem ip', 'chat 199', 'zz'])
      searchConversations(many, query);
    const perKeystroke = (performance.now() - indexedAt) / 7;
    console.warn(
      `search: index ${(indexedAt - first).toFixed(1)} ms, per keystroke ${perKeystroke.toFixed(2)} ms`,
    );
    expect(searchConversations(many, 'chat 199')).toContain('c199');
  });
});
