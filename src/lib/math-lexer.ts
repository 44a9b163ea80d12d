// marked's lexer with the TeX math tokenizers (GFM, no renderer): what the plain-text converter
// and the formula finder read markdown with. No DOM, so the math worker can use it too.
import { Marked } from 'marked';
import { mathTokenizers } from '@/lib/marked-math';

export const mathLexer = new Marked({ gfm: true, extensions: mathTokenizers });
