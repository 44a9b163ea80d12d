// The demo's answer to anything it has no canned topic for: it still engages with the prompt
// (quotes it, picks out its key terms, reads its kind), then says plainly what the demo is.
import { DEMO_NOTE, type DemoAnswerText, type TopicInput } from '@/api/demo-answer-types';

const STOP_WORDS = new Set(
  `about above after again also because been before being below between both could does doing down during each
  every from further have having here into just like make many more most much must only other over same should
  some such than that their them then there these they this those through under until very want what when where
  which while will with would your yours please thanks thank tell explain give know think really something`.split(
    /\s+/,
  ),
);

/** Up to three distinctive words of the prompt, longest first, as typed. */
export function keyTerms(prompt: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const word of prompt.match(/[\p{L}][\p{L}\p{N}'-]{3,}/gu) ?? []) {
    const key = word.toLowerCase();
    if (STOP_WORDS.has(key) || seen.has(key)) continue;
    seen.add(key);
    words.push(word);
  }
  return words.sort((a, b) => b.length - a.length).slice(0, 3);
}

function joinTerms(terms: string[]): string {
  const emphasised = terms.map((term) => `*${term}*`);
  if (emphasised.length <= 1) return emphasised.join('');
  return `${emphasised.slice(0, -1).join(', ')} and ${emphasised.at(-1)!}`;
}

function headingFor(quote: string): string {
  const text = quote.replace(/[?!.:]+$/, '').replace(/[#*_`>[\]]/g, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function fallbackAnswer({ prompt, quote }: TopicInput): DemoAnswerText {
  const terms = keyTerms(prompt);
  const isQuestion =
    /\?\s*$/.test(prompt) ||
    /^\s*(who|what|when|where|why|how|which|is|are|can|could|should|would|do|does|did)\b/i.test(
      prompt,
    );
  const words = prompt.trim().split(/\s+/).filter(Boolean).length;
  const kind = isQuestion ? 'a question' : 'a request';
  const termsSentence = terms.length
    ? `The key terms I picked out are ${joinTerms(terms)}; a live answer would start by pinning down exactly what you need to know about them.`
    : 'A live answer would start by pinning down exactly what you are after.';
  const quoted = prompt
    .trim()
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');

  return {
    reasoning: `Okay, the user is asking: "${quote}". Let me think about what they need. It reads as ${kind} of about ${words} word${words === 1 ? '' : 's'}${terms.length ? `, and the important terms seem to be ${terms.join(', ')}` : ''}. I'm running as the offline demo in their browser, without the live model, so I can't give a real, researched answer to this, and I shouldn't make one up. The honest and still useful thing is to show how I would approach it: clarify the goal, gather the facts, answer directly, then suggest next steps. I'll quote their prompt, structure the reply with a heading and bullets, and explain how to get a live answer.`,
    content: `## ${headingFor(quote) || 'Your prompt'}

You wrote:

${quoted}

That's ${kind} of about ${words} word${words === 1 ? '' : 's'}. Here's how I would approach it:

- **Clarify the goal.** ${termsSentence}
- **Gather the facts.** Definitions, constraints and any numbers that matter, checked rather than assumed.
- **Answer directly.** ${isQuestion ? 'Lead with the answer in a sentence or two' : 'Deliver the thing you asked for first'}, then add the detail and the reasoning behind it.
- **Suggest next steps.** What to try, read or decide next, and what could change the answer.

---

${DEMO_NOTE}`,
  };
}
