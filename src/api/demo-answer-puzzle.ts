// The demo's puzzles: two classics solved with a careful reasoning trace, the best showcase for
// thinking mode, since the trace first meets the tempting wrong answer and then checks it.
import type { DemoAnswerText, TopicInput } from '@/api/demo-answer-types';

const BAT_AND_BALL_REASONING = `Let me restate it to be sure I have it right: a bat and a ball cost 1.10 dollars together, and the bat costs one dollar more than the ball. How much is the ball?

The answer that jumps out is 10 cents. Hmm, wait. Let me check that before committing. If the ball costs 0.10, the bat costs one dollar more, so 1.10, and together that's 1.20, not 1.10. So 10 cents is wrong; it's the classic trap, because the mind subtracts 1.00 from 1.10 instead of reading "one dollar more than".

Let me set it up properly. Let the ball cost b. Then the bat costs b + 1.00. Together: b + (b + 1.00) = 1.10, so 2b + 1.00 = 1.10, so 2b = 0.10, so b = 0.05.

Verify: the ball is 0.05, the bat is 1.05. The sum is 1.10. The difference is 1.05 - 0.05 = 1.00. Both conditions hold.

So the ball costs 5 cents. In the answer I should give the result first, then the equation, then explain why 10 cents feels right, because that's the interesting part of this puzzle, and end with the check.`;

const BAT_AND_BALL = String.raw`**The ball costs 5 cents**, and the bat 1.05 dollars.

### Working it out

Let the ball cost $b$. The bat costs one dollar more, $b + 1.00$, and together they cost $1.10$:

$$b + (b + 1.00) = 1.10 \;\Longrightarrow\; 2b = 0.10 \;\Longrightarrow\; b = 0.05$$

### Why "10 cents" feels right

The sentence invites a quick subtraction, $1.10 - 1.00 = 0.10$, but that treats the bat as costing exactly one dollar rather than **one dollar more than the ball**. With a 10-cent ball the bat would cost $1.10$ and the total would be $1.20$. This puzzle, from Shane Frederick's *Cognitive Reflection Test*, is famous precisely because most people give the fast, intuitive answer.

### Check

- Total: $0.05 + 1.05 = 1.10$ ✓
- Difference: $1.05 - 0.05 = 1.00$ ✓`;

const BOXES_REASONING = `Let me restate it: three boxes are labelled "Apples", "Oranges" and "Apples and oranges", and every label is wrong. I may take out one fruit from one box, without looking inside, and then I must relabel all three correctly.

Which box should I draw from? If I pick from "Apples", it can't contain only apples, so it holds oranges or the mix. If I draw an orange, I can't tell whether it's the orange box or the mixed box. That's ambiguous. The same problem arises with "Oranges".

What about the box labelled "Apples and oranges"? Its label is wrong, so it is NOT mixed: it contains only apples or only oranges. One fruit tells me which. Say I draw an apple: that box is "Apples". Now the box labelled "Oranges" can't be oranges (wrong label) and can't be apples (taken), so it's the mix. The box labelled "Apples" must then be oranges. Let me double-check that every new label differs from the old one: "Apples and oranges" becomes Apples, "Oranges" becomes Mixed, "Apples" becomes Oranges. All three changed, which is consistent with every original label being wrong.

So the key is to draw from the box labelled as mixed. I'll present the answer, the reasoning, and a small table for both possible draws.`;

const BOXES = `**Take one fruit from the box labelled "Apples and oranges".**

### Why that box

Every label is wrong, so the box marked *Apples and oranges* is **not** mixed: it holds only one kind of fruit, and a single draw tells you which. Any other box could be mixed, so one fruit from it proves nothing.

### Relabelling

Once you know what the "mixed" box really holds, the other two follow, because each must also change its label:

| You draw… | "Apples and oranges" box is | "Apples" box is | "Oranges" box is |
|---|---|---|---|
| an apple | Apples | Oranges | Apples and oranges |
| an orange | Oranges | Apples and oranges | Apples |

The trick is to start from the label that carries the most information when you know it is false.`;

interface Riddle {
  match: RegExp;
  answer: string;
  why: string;
}

const RIDDLES: readonly Riddle[] = [
  {
    match: /keys?\b.*\block/i,
    answer: 'a piano',
    why: 'it has plenty of keys (88 of them), and none of them opens anything',
  },
  {
    match: /more you take.*(leave|behind)/i,
    answer: 'footsteps',
    why: 'every step you take leaves another one behind you',
  },
  {
    match: /hands?\b.*\bclap/i,
    answer: 'a clock',
    why: 'its hands move all day, but they have no palms to clap with',
  },
  {
    match: /wetter.*dr(y|ies)/i,
    answer: 'a towel',
    why: 'the more it dries you, the wetter it gets',
  },
  {
    match: /neck\b.*\bno head/i,
    answer: 'a bottle',
    why: 'it has a neck, and sometimes a cap, but never a head',
  },
  {
    match: /(teeth|comb).*bite|bite.*teeth/i,
    answer: 'a comb',
    why: 'it is all teeth and never bites',
  },
];

function riddleAnswer(riddle: Riddle, quote: string): DemoAnswerText {
  return {
    reasoning: `Okay, the user is asking a riddle: "${quote}". Riddles like this work by wordplay: one word is meant to be read in an unexpected sense. Let me look for the double meaning. The answer that fits is ${riddle.answer}: ${riddle.why}. Let me double-check that nothing in the riddle contradicts it. No, every clue fits. I'll give the answer first, then explain the wordplay in a sentence.`,
    content: `**${riddle.answer.charAt(0).toUpperCase() + riddle.answer.slice(1)}!**\n\nThe wordplay: ${riddle.why}. The riddle leans on a word with two meanings, so the literal reading leads you astray.`,
  };
}

export function puzzleAnswer({ prompt, quote }: TopicInput): DemoAnswerText {
  const riddle = RIDDLES.find((candidate) => candidate.match.test(prompt));
  if (riddle) return riddleAnswer(riddle, quote);
  if (/\b(box|boxes|jar|jars|label|labels|labelled|labeled|mislabel\w*)\b/i.test(prompt)) {
    return {
      reasoning: `Okay, the user is asking: "${quote}". This looks like the mislabelled boxes puzzle. ${BOXES_REASONING}`,
      content: BOXES,
    };
  }
  const known = /\bbat\b.*\bball\b|\bball\b.*\bbat\b/is.test(prompt);
  const preface = known
    ? ''
    : `*Offline demo: I can't solve new puzzles without the live model, so here is a classic one, solved step by step. Turn **thinking** on to watch the reasoning stream first.*\n\n`;
  const opening = known
    ? `Okay, the user is asking: "${quote}". This is the bat and ball puzzle. `
    : `Okay, the user is asking: "${quote}". I'm running as the offline demo, so I can't really work on a new puzzle, but I can show how I reason through a classic one: the bat and ball. `;
  return { reasoning: opening + BAT_AND_BALL_REASONING, content: preface + BAT_AND_BALL };
}
