// Markdown → safe HTML. Raw HTML from the model is shown as text, links keep only http(s) and
// mailto targets, images become click-to-open links (never fetched automatically), code gets a
// label, a copy button and (once loaded) highlighting, math becomes MathML (once the typesetter
// has loaded). The result is checked against a strict allow-list in every case, and sanitized
// unless it passes as is.
import { Marked, Renderer } from 'marked';
import type { RendererObject, TokenizerAndRendererExtension, Tokens } from 'marked';
import type { HLJSApi } from 'highlight.js';
import { decodeCharacterReferences } from '@/lib/character-references';
import { escapeHtml } from '@/lib/escape-html';
import { mathTokenizers, streamingMathTokenizers } from '@/lib/marked-math';
import type { MathToken } from '@/lib/marked-math';
import { safeHref, safeImageSrc } from '@/lib/safe-href';
import { highlightCode } from '@/components/markdown/highlight-code';
import { highlighterModule, mathModule } from '@/components/markdown/lazy-modules';
import type { MathApi } from '@/components/markdown/lazy-modules';
import { cleanLanguage, isMathFence } from '@/components/markdown/code-language';
import { isTooDeeplyNested } from '@/components/markdown/nesting-guard';
import { renderMathToSafeHtml } from '@/components/markdown/render-math';
import { repairStreamingMarkdown } from '@/components/markdown/repair-streaming';
import { isPlainMarkdownMarkup } from '@/components/markdown/markdown-markup-check';
import { sanitizeMarkdownHtml } from '@/components/markdown/sanitize-html';
import { splitMarkdownBlocks } from '@/components/markdown/split-blocks';
import type { MarkdownBlockSource } from '@/components/markdown/split-blocks';

interface RenderContext {
  copyButtons: boolean;
  highlighter: HLJSApi | null;
  typesetter: MathApi | null;
  /** Sanitized formula markup, put in place after the markdown HTML has been sanitized. */
  math: string[];
  usesCode: boolean;
  usesMath: boolean;
  linkDepth: number;
}

// Rendering is synchronous, so the options of the render in progress can live here instead of
// in a new `Marked` instance per call.
let context: RenderContext | null = null;

function current(): RenderContext {
  if (!context) throw new Error('markdown renderer used outside renderMarkdownBlock');
  return context;
}

// Formulas are sanitized on their own (they need MathML and inline style, which markdown may not
// have) and dropped into these slots afterwards. The nonce keeps text from forging a slot.
const slotNonce = Array.from(crypto.getRandomValues(new Uint8Array(6)), (byte) =>
  byte.toString(16).padStart(2, '0'),
).join('');
const slotPattern = new RegExp(`<span data-md-math="${slotNonce}-(\\d+)"></span>`, 'g');

// Fence languages that mean "no highlighting", so they never pull in highlight.js.
const plainLanguages = new Set([
  '',
  'text',
  'txt',
  'plain',
  'plaintext',
  'output',
  'console',
  'log',
]);

function renderMath(token: MathToken, block: boolean): string {
  const ctx = current();
  ctx.usesMath = true;
  const display = token.display;
  const tag = block ? 'div' : 'span';
  const classes = `md-math${display ? ' md-math-display' : ''}`;
  if (!token.closed) {
    return `<div class="${classes} md-math-pending" aria-busy="true" title="Formula still arriving">${escapeHtml(token.raw.trimEnd())}</div>`;
  }
  const html = ctx.typesetter ? renderMathToSafeHtml(ctx.typesetter, token.text, display) : null;
  if (html === null)
    return `<${tag} class="${classes} md-math-source">${escapeHtml(token.raw.trim())}</${tag}>`;
  const slot = ctx.math.push(html) - 1;
  return `<${tag} class="${classes}"><span data-md-math="${slotNonce}-${slot}"></span></${tag}>`;
}

// Named without the word "Copy": that name belongs to the answer's own button (ui-contract).
const copyButton =
  '<button type="button" class="md-copy" data-md-copy="" aria-label="Code to clipboard">To clipboard</button>';

const renderer: RendererObject = {
  html(token) {
    const text = token.text;
    // `<br>` in table cells is common in model output and harmless when we write it ourselves.
    if (!token.block && /^<br\s*\/?>$/i.test(text.trim())) return '<br>';
    if (token.block)
      return `<p class="md-raw-html">${escapeHtml(text.replace(/\n+$/, '')).replace(/\n/g, '<br>')}</p>\n`;
    return escapeHtml(text);
  },

  code(token) {
    if (isMathFence(token)) {
      return renderMath(
        {
          type: 'blockMath',
          raw: token.raw,
          text: token.text,
          display: true,
          closed: true,
          opener: '```',
        },
        true,
      );
    }
    const ctx = current();
    const language = cleanLanguage(token.lang);
    const key = language.toLowerCase();
    if (!plainLanguages.has(key)) ctx.usesCode = true;
    const highlighted =
      ctx.highlighter && language ? highlightCode(ctx.highlighter, token.text, key) : null;
    const codeClass = language
      ? ` class="${highlighted !== null ? 'hljs ' : ''}language-${escapeHtml(key)}"`
      : '';
    return (
      `<div class="md-code"><div class="md-code-header"><span class="md-code-lang">${escapeHtml(language || 'text')}</span>` +
      `${ctx.copyButtons ? copyButton : ''}</div>` +
      `<pre><code${codeClass}>${highlighted ?? escapeHtml(token.text)}</code></pre></div>\n`
    );
  },

  link(token) {
    const ctx = current();
    ctx.linkDepth++;
    const inner = this.parser.parseInline(token.tokens);
    ctx.linkDepth--;
    // Autolinks are literal; other destinations have their character references resolved.
    const href = safeHref(token.href, { decodeReferences: !token.autolink });
    if (!href) {
      return `<span class="md-link-blocked" title="Link removed: only http, https and mailto addresses are allowed">${inner}</span>`;
    }
    const title = token.title
      ? ` title="${escapeHtml(decodeCharacterReferences(token.title))}"`
      : '';
    return `<a href="${escapeHtml(href)}"${title} target="_blank" rel="noopener noreferrer">${inner}</a>`;
  },

  // Images are never fetched by rendering: that would leak the reader's IP address to any host
  // the model names (and the app's CSP blocks remote images anyway). A link opens it on request.
  image(token) {
    const ctx = current();
    const alt = escapeHtml(
      decodeCharacterReferences(token.text).trim().slice(0, 200) || 'untitled',
    );
    const src = safeImageSrc(token.href);
    if (!src) {
      return `<span class="md-image md-image-blocked" title="Image not shown: only http and https addresses are allowed">🖼 image: ${alt} (blocked)</span>`;
    }
    const host = escapeHtml(new URL(src).host);
    const label = `🖼 image: ${alt} <span class="md-image-host">(${host})</span>`;
    if (ctx.linkDepth > 0) return `<span class="md-image">${label}</span>`;
    return `<a class="md-image" href="${escapeHtml(src)}" target="_blank" rel="noopener noreferrer" title="Open the image from ${host} in a new tab">${label}</a>`;
  },

  checkbox({ checked }) {
    return `<span class="md-task${checked ? ' md-task-done' : ''}" role="checkbox" aria-checked="${checked ? 'true' : 'false'}" aria-disabled="true" aria-label="Task"></span> `;
  },

  table(token: Tokens.Table) {
    // Wide tables scroll inside the message instead of widening it.
    return `<div class="md-table-wrap">${Renderer.prototype.table.call(this, token)}</div>\n`;
  },
};

const mathRenderers: TokenizerAndRendererExtension[] = [
  { name: 'blockMath', renderer: (token) => renderMath(token as unknown as MathToken, true) },
  { name: 'inlineMath', renderer: (token) => renderMath(token as unknown as MathToken, false) },
];

function createMarked(tokenizers: TokenizerAndRendererExtension[]): Marked {
  return new Marked({
    gfm: true,
    breaks: false,
    async: false,
    renderer,
    extensions: [...tokenizers, ...mathRenderers],
  });
}

const finalMarked = createMarked(mathTokenizers);
const streamingMarked = createMarked(streamingMathTokenizers);

export interface BlockRenderOptions {
  /** The block is the growing end of a streamed answer: repair half-typed markdown. */
  streaming?: boolean;
  /** Link reference definitions from elsewhere in the document. */
  definitions?: string;
  /** Add a "Code to clipboard" button to code blocks (needs the click handling of `<Markdown>`). */
  copyButtons?: boolean;
  highlighter?: HLJSApi | null;
  typesetter?: MathApi | null;
}

export interface RenderedBlock {
  html: string;
  /** The block has a code fence worth highlighting: load highlight.js. */
  usesCode: boolean;
  /** The block has math: load the typesetter. */
  usesMath: boolean;
}

const nothing: RenderedBlock = { html: '', usesCode: false, usesMath: false };

function plainFallback(markdown: string): string {
  return `<p class="md-fallback">${escapeHtml(markdown.trim())}</p>\n`;
}

/** Renders one block (or any markdown) to sanitized HTML. */
export function renderMarkdownBlock(
  source: string,
  options: BlockRenderOptions = {},
): RenderedBlock {
  const streaming = options.streaming ?? false;
  let markdown = streaming ? repairStreamingMarkdown(source) : source;
  if (options.definitions) markdown = `${markdown.replace(/\n*$/, '\n\n')}${options.definitions}`;
  if (!markdown.trim()) return nothing;

  const ctx: RenderContext = {
    copyButtons: options.copyButtons ?? false,
    highlighter: options.highlighter ?? null,
    typesetter: options.typesetter ?? null,
    math: [],
    usesCode: false,
    usesMath: false,
    linkDepth: 0,
  };
  const marked = streaming ? streamingMarked : finalMarked;
  const outer = context;
  context = ctx;
  let raw: string;
  try {
    raw = isTooDeeplyNested(markdown)
      ? plainFallback(markdown)
      : marked.parser(marked.lexer(markdown));
  } catch {
    // A parser failure (e.g. a stack overflow on pathological nesting) must not take the
    // message down: show the text as text.
    raw = plainFallback(markdown);
  } finally {
    context = outer;
  }
  // Markup the sanitizer would return unchanged skips it (markdown-markup-check.ts).
  let html = isPlainMarkdownMarkup(raw) ? raw : sanitizeMarkdownHtml(raw);
  if (ctx.math.length > 0)
    html = html.replace(slotPattern, (_slot, index: string) => ctx.math[Number(index)] ?? '');
  return { html, usesCode: ctx.usesCode, usesMath: ctx.usesMath };
}

/** The definitions a block needs: only blocks that could reference them get any. */
export function definitionsFor(block: MarkdownBlockSource, definitions: string): string {
  if (!definitions || !block.mayReference) return '';
  return block.kind === 'code' || block.kind === 'blockMath' || block.kind === 'def'
    ? ''
    : definitions;
}

export interface SafeHtmlOptions {
  /** Treat the text as a stream still arriving (repairs its unfinished end). */
  streaming?: boolean;
  /** Include "Code to clipboard" buttons (only useful inside `<Markdown>`, which handles their clicks). */
  copyButtons?: boolean;
}

/**
 * Markdown from an untrusted source → sanitized HTML, for user messages, titles and HTML export.
 * Highlighting and math are included when their modules have been loaded (see
 * `preloadMarkdownModules`); otherwise code and TeX appear as plain text. Needs a DOM.
 */
export function renderMarkdownToSafeHtml(markdown: string, options: SafeHtmlOptions = {}): string {
  const streaming = options.streaming ?? false;
  const split = splitMarkdownBlocks(markdown);
  const definitions = streaming ? split.stableDefinitions : split.definitions;
  const last = split.blocks.length - 1;
  let html = '';
  split.blocks.forEach((block, index) => {
    html += renderMarkdownBlock(block.source, {
      streaming: streaming && index === last,
      definitions: definitionsFor(block, definitions),
      copyButtons: options.copyButtons ?? false,
      highlighter: highlighterModule.get(),
      typesetter: mathModule.get(),
    }).html;
  });
  return html;
}
