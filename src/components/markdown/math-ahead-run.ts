// One run of markdown ahead of the reveal: its formulas typeset, for the page's formula cache.
// Only markup that passes the sanitizer's allow-list unchanged is sent back; the rest is left
// for the page to typeset and sanitize when it shows it.
import type { MathApi } from '@/components/markdown/lazy-modules';
import { formulasIn } from '@/components/markdown/formulas-in';
import { mathKey, typesetMath } from '@/components/markdown/typeset-math';

export interface MathAheadRequest {
  markdown: string;
}

export interface MathAheadReply {
  formulas: { tex: string; display: boolean; html: string }[];
}

/** Typesets the formulas of `markdown` not in `done` (the keys typeset before; updated). */
export function typesetRun(
  typesetter: MathApi,
  markdown: string,
  done: Set<string>,
): MathAheadReply {
  const formulas: MathAheadReply['formulas'] = [];
  for (const { tex, display } of formulasIn(markdown)) {
    const key = mathKey(tex, display);
    if (done.has(key)) continue;
    done.add(key);
    const typeset = typesetMath(typesetter, tex, display);
    if (typeset?.plain) formulas.push({ tex, display, html: typeset.html });
  }
  return { formulas };
}
