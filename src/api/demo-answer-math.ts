// The demo's math answers: real arithmetic when the prompt holds an expression, otherwise a
// derivation of the quadratic formula that shows inline and display math, and a table.
import { findArithmetic, formatLatexNumber, type ArithmeticResult } from '@/api/demo-arithmetic';
import type { DemoAnswerText, TopicInput } from '@/api/demo-answer-types';

const QUADRATIC = String.raw`## Solving $ax^2 + bx + c = 0$

Take the general quadratic with $a \neq 0$ and **complete the square**.

**Step 1: divide by $a$.**

$$x^2 + \frac{b}{a}x + \frac{c}{a} = 0$$

**Step 2: add and subtract $\left(\frac{b}{2a}\right)^2$**, which turns the left side into a perfect square:

$$\left(x + \frac{b}{2a}\right)^2 = \frac{b^2 - 4ac}{4a^2}$$

**Step 3: take square roots and solve for $x$.**

$$x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a}$$

### The discriminant

The quantity $\Delta = b^2 - 4ac$ under the root tells you what kind of roots to expect:

| $\Delta$ | Roots |
|---|---|
| $\Delta > 0$ | two distinct real roots |
| $\Delta = 0$ | one repeated real root, $x = -\frac{b}{2a}$ |
| $\Delta < 0$ | two complex conjugate roots |

### Worked example

For $2x^2 - 4x - 6 = 0$ we have $a = 2$, $b = -4$, $c = -6$, so $\Delta = 16 + 48 = 64$ and

$$x = \frac{4 \pm 8}{4} \quad\Longrightarrow\quad x_1 = 3,\; x_2 = -1$$

**Check:** $2 \cdot 3^2 - 4 \cdot 3 - 6 = 18 - 12 - 6 = 0$ ✓`;

const QUADRATIC_REASONING = `The quadratic formula is a good showcase, and rather than just stating it I should derive it by completing the square, since the derivation is what makes it stick. Start from ax^2 + bx + c = 0 with a not zero. Divide by a, move c/a across, add (b/2a)^2 to both sides, so (x + b/2a)^2 = (b^2 - 4ac)/4a^2. Taking square roots gives x = (-b ± sqrt(b^2 - 4ac))/2a. I should also explain the discriminant, and a small table of its three cases is clear. Then a worked example. Let me pick 2x^2 - 4x - 6 = 0: the discriminant is (-4)^2 - 4·2·(-6) = 16 + 48 = 64, whose square root is 8, so x = (4 ± 8)/4, giving 3 or -1. Check x = 3: 18 - 12 - 6 = 0. Good, and x = -1: 2 + 4 - 6 = 0. Both work.`;

function arithmeticAnswer(result: ArithmeticResult, quote: string): DemoAnswerText {
  const value = formatLatexNumber(result.value);
  const plainValue = value.replace(/\{,\}/g, ',');
  const steps = result.steps
    ? `\n\nBreaking the multiplication into tens and units makes it easy to do in your head:\n\n$$${result.steps} = ${value}$$`
    : '';
  const integer = Number.isInteger(result.value);
  const note = integer
    ? ''
    : `\n\nThe result is rounded to 12 significant digits, which avoids floating-point noise such as $0.1 + 0.2 = 0.30000000000000004$.`;
  return {
    reasoning: `Okay, the user is asking: "${quote}". That's an arithmetic question, so I should compute ${result.source} carefully. Let me respect the order of operations: powers first, then multiplication and division, then addition and subtraction, left to right.${result.steps ? ' For a product like this it helps to split the second factor into tens and units and add the partial products.' : ''} That gives ${plainValue}. Let me double-check by estimating roughly: the magnitude looks right. I'll show the result as a formula and, where it helps, the steps.`,
    content: `$$${result.latex} = ${value}$$

So **${result.source} = ${plainValue}**.${steps}${note}`,
  };
}

export function mathAnswer({ prompt, quote }: TopicInput): DemoAnswerText {
  const arithmetic = findArithmetic(prompt);
  if (arithmetic) return arithmeticAnswer(arithmetic, quote);
  const opening = `Okay, the user is asking: "${quote}". `;
  if (/quadratic|complete the square|discriminant/i.test(prompt)) {
    return { reasoning: opening + QUADRATIC_REASONING, content: QUADRATIC };
  }
  return {
    reasoning: `${opening}I'm running as the offline demo without the live model, so I can't work through a new problem, but I can show a classic derivation so they see how math is reasoned about and rendered. ${QUADRATIC_REASONING}`,
    content: `*Offline demo: I can't work through new problems without the live model, so here is a classic derivation that shows how math renders, inline and displayed.*\n\n${QUADRATIC}`,
  };
}
