// The complete formulas of a run of markdown, found by lexing as the renderer does (the same
// math tokenizers, so the same TeX and the same cache keys), to typeset them before a frame
// shows them. No DOM: the math worker uses it too.
import type { Tokens } from 'marked';
import type { MathToken } from '@/lib/marked-math';
import { mathLexer } from '@/lib/math-lexer';
import { isMathFence } from '@/components/markdown/code-language';
import { isTooDeeplyNested } from '@/components/markdown/nesting-guard';

export interface PendingFormula {
  tex: string;
  display: boolean;
}

/** The complete formulas of `markdown` (a run of whole blocks). */
export function formulasIn(markdown: string): PendingFormula[] {
  const formulas: PendingFormula[] = [];
  if (isTooDeeplyNested(markdown)) return formulas;
  try {
    void mathLexer.walkTokens(mathLexer.lexer(markdown), (token) => {
      if (token.type === 'blockMath' || token.type === 'inlineMath') {
        const math = token as unknown as MathToken;
        if (math.closed) formulas.push({ tex: math.text, display: math.display });
      } else if (token.type === 'code' && isMathFence(token as Tokens.Code)) {
        formulas.push({ tex: (token as Tokens.Code).text, display: true });
      }
    });
  } catch {
    // Only a head start: the block's own render shows any error.
  }
  return formulas;
}
