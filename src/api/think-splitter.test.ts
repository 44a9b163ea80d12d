import { describe, expect, it } from 'vitest';
import type { SplitText } from '@/api/think-splitter';
import { createThinkSplitter } from '@/api/think-splitter';

/** Pushes the deltas, ends, and returns everything emitted plus each push's own output. */
function run(deltas: readonly string[]): SplitText & { steps: SplitText[] } {
  const splitter = createThinkSplitter();
  const steps = deltas.map((delta) => splitter.push(delta));
  steps.push(splitter.end());
  return {
    reasoning: steps.map((step) => step.reasoning).join(''),
    content: steps.map((step) => step.content).join(''),
    steps,
  };
}

function total(deltas: readonly string[]): SplitText {
  const { reasoning, content } = run(deltas);
  return { reasoning, content };
}

describe('createThinkSplitter', () => {
  it('passes an ordinary answer straight through, from its first delta on', () => {
    const { steps } = run(['Hello', ' there', '! <think>not a tag here</think>', '']);
    expect(steps.map((step) => step.content)).toEqual([
      'Hello',
      ' there',
      '! <think>not a tag here</think>',
      '',
      '',
    ]);
    expect(steps.every((step) => step.reasoning === '')).toBe(true);
  });

  it('says it passes text through only once the answer is known to be ordinary', () => {
    const splitter = createThinkSplitter();
    expect(splitter.passesThrough).toBe(false);
    splitter.push('  ');
    expect(splitter.passesThrough).toBe(false); // whitespace: a <think> may still open
    splitter.push('<think>plan');
    expect(splitter.passesThrough).toBe(false);
    splitter.push('</think>\n\nAnswer');
    expect(splitter.passesThrough).toBe(true);
    expect(splitter.push('<think>x</think>')).toEqual({ reasoning: '', content: '<think>x</think>' });
  });

  it('keeps the whitespace that opens an ordinary answer', () => {
    expect(total(['\n', '  Hi'])).toEqual({ reasoning: '', content: '\n  Hi' });
  });

  it('moves a leading <think> block to the reasoning and trims the whitespace around it', () => {
    expect(total(['  \n<think>\nI should greet.\n</think>\n\nHello!'])).toEqual({
      reasoning: 'I should greet.',
      content: 'Hello!',
    });
  });

  it('streams reasoning as it comes, holding back only a possible tag and whitespace', () => {
    const { steps } = run(['<think>', 'Step one', '. Step two <', '/thi', 'nk>', '\n\n', 'Done']);
    expect(steps).toEqual([
      { reasoning: '', content: '' },
      { reasoning: 'Step one', content: '' },
      { reasoning: '. Step two', content: '' },
      { reasoning: '', content: '' },
      { reasoning: '', content: '' },
      { reasoning: '', content: '' },
      { reasoning: '', content: 'Done' },
      { reasoning: '', content: '' },
    ]);
  });

  it('gives the same result however a <think> answer is cut into deltas', () => {
    const text = '\n<think>\nThe user says hi <b>.\nReply.\n</think>\n\nHi! 😊 </think> stays';
    const expected = {
      reasoning: 'The user says hi <b>.\nReply.',
      content: 'Hi! 😊 </think> stays',
    };
    expect(total([text])).toEqual(expected);
    for (let i = 1; i < text.length; i++) {
      expect(total([text.slice(0, i), text.slice(i)])).toEqual(expected);
      for (let j = i + 1; j < text.length; j += 3) {
        expect(total([text.slice(0, i), text.slice(i, j), text.slice(j)])).toEqual(expected);
      }
    }
    expect(total([...text])).toEqual(expected);
  });

  it('treats text before a lone </think> in the first delta as reasoning', () => {
    expect(total(['Thinking it over.\n</think>\n\nThe answer', ' is 42.'])).toEqual({
      reasoning: 'Thinking it over.',
      content: 'The answer is 42.',
    });
    expect(total(['</think>', '\n', '\n', 'Hi'])).toEqual({ reasoning: '', content: 'Hi' });
  });

  it('keeps deciding while the first delta ends in a possible </think> prefix', () => {
    expect(total(['Thinking.</', 'thi', 'nk>Answer'])).toEqual({
      reasoning: 'Thinking.',
      content: 'Answer',
    });
    expect(total(['a < b <', ' c'])).toEqual({ reasoning: '', content: 'a < b < c' });
  });

  it('leaves a lone </think> that comes after the answer has started (documented policy)', () => {
    expect(total(['Thinking.', '</think>Answer'])).toEqual({
      reasoning: '',
      content: 'Thinking.</think>Answer',
    });
  });

  it('flushes an unterminated think block as reasoning and a held prefix as content', () => {
    expect(total(['<think>\nStill thinking   '])).toEqual({
      reasoning: 'Still thinking',
      content: '',
    });
    expect(total(['<think>  '])).toEqual({ reasoning: '', content: '' });
    expect(total(['<thi'])).toEqual({ reasoning: '', content: '<thi' });
    expect(total(['  '])).toEqual({ reasoning: '', content: '  ' });
  });

  it('handles an empty think block', () => {
    expect(total(['<think>\n\n</think>\n\nHi'])).toEqual({ reasoning: '', content: 'Hi' });
  });

  it('passes text through after end()', () => {
    const splitter = createThinkSplitter();
    expect(splitter.push('<think>abc ')).toEqual({ reasoning: 'abc', content: '' });
    expect(splitter.end()).toEqual({ reasoning: '', content: '' });
    expect(splitter.push('<think>x')).toEqual({ reasoning: '', content: '<think>x' });
    expect(splitter.end()).toEqual({ reasoning: '', content: '' });
  });
});
