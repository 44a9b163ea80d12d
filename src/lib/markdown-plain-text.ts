// "Copy as plain text": markdown with the formatting taken out. Lists keep their markers,
// tables become tab-separated rows, links keep their address, code and math keep their source.
import type { MarkedToken, Token, Tokens } from 'marked';
import { decodeCharacterReferences } from '@/lib/character-references';
import type { MathToken } from '@/lib/marked-math';
import { mathLexer } from '@/lib/math-lexer';

function inline(tokens: readonly Token[] | undefined): string {
  if (!tokens) return '';
  let out = '';
  for (const token of tokens) out += inlineToken(token);
  return out;
}

function inlineToken(generic: Token): string {
  if (generic.type === 'inlineMath') return (generic as unknown as MathToken).raw;
  const token = generic as MarkedToken;
  switch (token.type) {
    case 'text':
      return token.tokens ? inline(token.tokens) : decodeCharacterReferences(token.text);
    case 'escape':
    case 'codespan':
    case 'html':
      return token.text;
    case 'strong':
    case 'em':
    case 'del':
      return inline(token.tokens);
    case 'br':
      return '\n';
    case 'link': {
      const text = inline(token.tokens);
      return token.href && token.href !== text && `mailto:${text}` !== token.href
        ? `${text} (${token.href})`
        : text;
    }
    case 'image':
      return decodeCharacterReferences(token.text);
    case 'checkbox':
      return token.checked ? '[x] ' : '[ ] ';
    default:
      return 'tokens' in token && Array.isArray(token.tokens) ? inline(token.tokens) : token.raw;
  }
}

function list(token: Tokens.List, depth: number): string {
  const start = typeof token.start === 'number' ? token.start : 1;
  const indent = '  '.repeat(depth);
  return token.items
    .map((item, index) => {
      const marker = token.ordered ? `${start + index}. ` : '- ';
      const body = blocks(item.tokens, depth + 1).replace(/\n+$/, '');
      const nestedIndent = ' '.repeat(indent.length + marker.length);
      const [first = '', ...rest] = body.split('\n');
      const firstLine = `${indent}${marker}${first.trimStart()}`;
      // Nested lists are already indented; other continuation lines line up under the text.
      return [
        firstLine,
        ...rest.map((line) =>
          line.startsWith(indent + '  ') || !line ? line : nestedIndent + line,
        ),
      ].join('\n');
    })
    .join(token.loose ? '\n\n' : '\n');
}

function block(generic: Token, depth: number): string {
  if (generic.type === 'blockMath')
    return (generic as unknown as MathToken).raw.replace(/\n+$/, '');
  const token = generic as MarkedToken;
  switch (token.type) {
    case 'space':
    case 'def':
      return '';
    case 'paragraph':
    case 'heading':
      return inline(token.tokens);
    case 'text':
      return token.tokens ? inline(token.tokens) : decodeCharacterReferences(token.text);
    case 'code':
      return token.text;
    case 'blockquote':
      return blocks(token.tokens, depth);
    case 'list':
      return list(token, depth);
    case 'table': {
      const row = (cells: Tokens.TableCell[]) =>
        cells.map((cell) => inline(cell.tokens)).join('\t');
      return [row(token.header), ...token.rows.map(row)].join('\n');
    }
    case 'hr':
      return '';
    case 'html':
      return token.text.replace(/\n+$/, '');
    case 'checkbox':
      return token.checked ? '[x] ' : '[ ] ';
    default:
      return inlineToken(token);
  }
}

function blocks(tokens: readonly Token[], depth: number): string {
  const parts: string[] = [];
  let pendingCheckbox = '';
  for (const token of tokens) {
    // A task item starts with a checkbox token; keep it on the line of the text that follows.
    if (token.type === 'checkbox') {
      pendingCheckbox = block(token, depth);
      continue;
    }
    const text = block(token, depth);
    if (text || pendingCheckbox) parts.push(pendingCheckbox + text);
    pendingCheckbox = '';
  }
  if (pendingCheckbox) parts.push(pendingCheckbox.trimEnd());
  return parts.join(depth > 0 ? '\n' : '\n\n');
}

/** Strips markdown formatting, keeping the words, list markers, link addresses and code. */
export function markdownToPlainText(markdown: string): string {
  if (!markdown) return '';
  const tokens = mathLexer.lexer(markdown.replace(/\r\n?/g, '\n'));
  return blocks(tokens, 0)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
