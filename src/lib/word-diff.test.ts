import { describe, expect, it } from 'vitest';
import { diffWords, similarity, wordTokens, type DiffPart } from '@/lib/word-diff';

const join = (parts: DiffPart[], keep: DiffPart['kind']) =>
  parts
    .filter((part) => part.kind === 'same' || part.kind === keep)
    .map((part) => part.text)
    .join('');
const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('wordTokens', () => {
  it('keeps each word with its trailing whitespace and joins back exactly', () => {
    const text = '  Hello,  world\nagain ';
    expect(wordTokens(text)).toEqual(['  ', 'Hello,  ', 'world\n', 'again ']);
    expect(wordTokens(text).join('')).toBe(text);
    expect(wordTokens('')).toEqual([]);
  });
});

describe('diffWords', () => {
  it('reports identical texts as one unchanged run', () => {
    expect(diffWords('a b c', 'a b c')).toEqual([{ kind: 'same', text: 'a b c' }]);
  });

  it('finds a replaced word in the middle', () => {
    expect(diffWords('the quick fox jumps', 'the slow fox jumps')).toEqual([
      { kind: 'same', text: 'the ' },
      { kind: 'removed', text: 'quick ' },
      { kind: 'added', text: 'slow ' },
      { kind: 'same', text: 'fox jumps' },
    ]);
  });

  it('finds insertions and deletions at both ends', () => {
    const parts = diffWords('b c d', 'a b c');
    expect(parts).toEqual([
      { kind: 'added', text: 'a ' },
      { kind: 'same', text: 'b c ' },
      { kind: 'removed', text: 'd' },
    ]);
    expect(words(join(parts, 'removed'))).toEqual(['b', 'c', 'd']);
    expect(words(join(parts, 'added'))).toEqual(['a', 'b', 'c']);
    expect(
      parts
        .filter((part) => part.kind === 'same')
        .map((part) => words(part.text))
        .flat(),
    ).toEqual(['b', 'c']);
  });

  it('treats a changed line break as no change of words', () => {
    expect(diffWords('one two\nthree', 'one two three')).toEqual([
      { kind: 'same', text: 'one two three' },
    ]);
  });

  it('keeps the longest common subsequence of words', () => {
    const before = 'A B C A B B A';
    const after = 'C B A B A C';
    const parts = diffWords(before, after);
    const sameWords = parts
      .filter((part) => part.kind === 'same')
      .flatMap((part) => words(part.text));
    // The LCS of ABCABBA and CBABAC has length 4.
    expect(sameWords).toHaveLength(4);
    expect(words(join(parts, 'removed'))).toEqual(words(before));
    expect(words(join(parts, 'added'))).toEqual(words(after));
  });

  it('handles empty sides', () => {
    expect(diffWords('', 'new text')).toEqual([{ kind: 'added', text: 'new text' }]);
    expect(diffWords('old text', '')).toEqual([{ kind: 'removed', text: 'old text' }]);
    expect(diffWords('', '')).toEqual([]);
  });

  it('reconstructs both sides of random texts', () => {
    const vocabulary = ['a', 'b', 'c', 'd', 'e'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 50; round += 1) {
      const make = () =>
        Array.from(
          { length: Math.floor(random() * 30) },
          () => vocabulary[Math.floor(random() * 5)],
        ).join(' ');
      const before = make();
      const after = make();
      const parts = diffWords(before, after);
      expect(words(join(parts, 'removed'))).toEqual(words(before));
      expect(words(join(parts, 'added'))).toEqual(words(after));
      for (let k = 1; k < parts.length; k += 1) expect(parts[k]!.kind).not.toBe(parts[k - 1]!.kind);
    }
  });

  it('stays fast and correct on long answers that differ at the end only', () => {
    const long = Array.from({ length: 20_000 }, (_, k) => `w${k}`).join(' ');
    const parts = diffWords(`${long} end`, `${long} finish`);
    expect(parts.map((part) => part.kind)).toEqual(['same', 'removed', 'added']);
  });

  it('falls back to removed + added when the table would be too big', () => {
    const a = Array.from({ length: 5000 }, (_, k) => `a${k}`).join(' ');
    const b = Array.from({ length: 5000 }, (_, k) => `b${k}`).join(' ');
    const parts = diffWords(a, b);
    expect(parts.map((part) => part.kind)).toEqual(['removed', 'added']);
  });
});

describe('similarity', () => {
  it('is 1 for equal texts, 0 for disjoint ones, in between otherwise', () => {
    expect(similarity(diffWords('a b', 'a b'))).toBe(1);
    expect(similarity(diffWords('a b', 'c d'))).toBe(0);
    expect(similarity(diffWords('a b c d', 'a b x y'))).toBe(0.5);
    expect(similarity([])).toBe(1);
  });
});
