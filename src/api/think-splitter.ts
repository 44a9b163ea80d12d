// Some OpenAI-compatible hosts of Qwen3 put the reasoning inline in `content` as
// `<think>…</think>`, or send only the closing `</think>` (their chat template already opened
// it). This moves such reasoning out of the answer, one delta at a time.
//
// Policy, chosen so that an ordinary answer is never delayed:
// - An answer that opens (after optional whitespace) with `<think>` is reasoning until `</think>`.
// - A lone `</think>` counts only while nothing has been emitted as content yet, that is, when
//   it comes in the first delta that carries text (or in the deltas right after it while that text
//   ends in a possible `</think>` prefix such as `</th`). Everything before it is then reasoning.
//   A lone `</think>` later in an answer is left as it is: the text before it has already been
//   shown as the answer, and holding every answer back in case one comes would delay them all.
// - One whitespace run right after `</think>` (and right after `<think>`, and before `</think>`)
//   is dropped.
// - Once the answer is an ordinary one, or the think block has closed, text passes straight
//   through without being looked at.
// Only a possible tag prefix (plus whitespace next to a tag) is ever held back.

export interface SplitText {
  reasoning: string;
  content: string;
}

export interface ThinkSplitter {
  push(text: string): SplitText;
  /** The answer is an ordinary one by now: every push returns its text as content, unchanged. */
  readonly passesThrough: boolean;
  /** Releases anything held back; later pushes pass straight through. */
  end(): SplitText;
}

const OPEN = '<think>';
const CLOSE = '</think>';
/** A first delta that keeps ending in a possible `</think>` prefix is not held beyond this. */
const MAX_UNDECIDED = 4096;

type Phase = 'start' | 'think' | 'after-think' | 'content';

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
}

function firstNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function trimEndSpace(text: string): string {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Length of the longest proper prefix of `tag` that `text` ends with. */
function tagPrefixAtEnd(text: string, tag: string): number {
  const max = Math.min(tag.length - 1, text.length);
  for (let length = max; length > 0; length--) {
    if (text.endsWith(tag.slice(0, length))) return length;
  }
  return 0;
}

function nothing(): SplitText {
  return { reasoning: '', content: '' };
}

export function createThinkSplitter(): ThinkSplitter {
  let phase: Phase = 'start';
  /** Text held back: the undecided start, or the possible tag and whitespace at a think block's end. */
  let held = '';
  /** Still dropping the whitespace that opens the think block. */
  let atThinkStart = false;

  function afterThink(text: string): SplitText {
    const start = firstNonSpace(text, 0);
    if (start === text.length) return nothing();
    phase = 'content';
    return { reasoning: '', content: start === 0 ? text : text.slice(start) };
  }

  /** Text inside a think block (and whatever follows its end). */
  function think(text: string): SplitText {
    const all = held + text;
    held = '';
    const close = all.indexOf(CLOSE);
    let reasoning: string;
    let rest = '';
    if (close !== -1) {
      reasoning = trimEndSpace(all.slice(0, close));
      rest = all.slice(close + CLOSE.length);
      phase = 'after-think';
    } else {
      // Hold back a possible `</think>` prefix and the whitespace before it, which is dropped
      // if the tag follows.
      let keep = all.length - tagPrefixAtEnd(all, CLOSE);
      while (keep > 0 && isSpace(all.charCodeAt(keep - 1))) keep--;
      held = all.slice(keep);
      reasoning = all.slice(0, keep);
    }
    if (atThinkStart) {
      const start = firstNonSpace(reasoning, 0);
      if (start < reasoning.length || close !== -1) atThinkStart = false;
      reasoning = reasoning.slice(start);
    }
    return { reasoning, content: phase === 'after-think' ? afterThink(rest).content : '' };
  }

  function start(text: string): SplitText {
    const all = held + text;
    const first = firstNonSpace(all, 0);
    if (first === all.length) {
      held = all;
      return nothing();
    }
    if (all.startsWith(OPEN, first)) {
      held = '';
      phase = 'think';
      atThinkStart = true;
      return think(all.slice(first + OPEN.length));
    }
    if (all.length - first < OPEN.length && OPEN.startsWith(all.slice(first))) {
      held = all; // maybe `<thi` of `<think>`
      return nothing();
    }
    const close = all.indexOf(CLOSE, first);
    if (close !== -1) {
      held = '';
      phase = 'after-think';
      return {
        reasoning: trimEndSpace(all.slice(first, close)),
        content: afterThink(all.slice(close + CLOSE.length)).content,
      };
    }
    if (tagPrefixAtEnd(all, CLOSE) > 0 && all.length < MAX_UNDECIDED) {
      held = all; // maybe `</th` of a lone `</think>`
      return nothing();
    }
    held = '';
    phase = 'content';
    return { reasoning: '', content: all };
  }

  return {
    get passesThrough() {
      return phase === 'content';
    },
    push(text) {
      switch (phase) {
        case 'content':
          return { reasoning: '', content: text };
        case 'start':
          return start(text);
        case 'think':
          return think(text);
        case 'after-think':
          return afterThink(text);
      }
    },
    end() {
      const rest = held;
      const wasThinking = phase === 'think';
      held = '';
      phase = 'content';
      if (!rest) return nothing();
      if (wasThinking) {
        const reasoning = trimEndSpace(atThinkStart ? rest.slice(firstNonSpace(rest, 0)) : rest);
        return { reasoning, content: '' };
      }
      return { reasoning: '', content: rest };
    },
  };
}
