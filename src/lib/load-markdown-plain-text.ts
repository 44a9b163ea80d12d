// The plain-text copy of an answer needs the markdown lexer (marked), which the first paint does
// not: it is loaded on its own once the app has rendered, so a click rarely waits for it.
import type * as plainTextModule from '@/lib/markdown-plain-text';
import { afterFirstRender } from '@/lib/after-first-render';

type PlainTextModule = typeof plainTextModule;

let pending: Promise<PlainTextModule> | null = null;

function load(): Promise<PlainTextModule> {
  pending ??= import('@/lib/markdown-plain-text').catch((error: unknown) => {
    pending = null; // a later click may try again
    throw error;
  });
  return pending;
}

if (typeof window !== 'undefined') afterFirstRender(() => void load().catch(() => undefined));

/** `markdownToPlainText`, once its module is there. */
export async function markdownToPlainTextLater(markdown: string): Promise<string> {
  const { markdownToPlainText } = await load();
  return markdownToPlainText(markdown);
}
