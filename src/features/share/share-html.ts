// One self-contained HTML page from a shared document: no script, no external resource (a strict
// CSP says so to the browser too), reasoning folded in <details>, images inline as data URLs.
// Markdown goes through the app's sanitizing renderer; every other text is escaped.
import { escapeHtml } from '@/lib/escape-html';
import type {
  SharedColumn,
  SharedDocument,
  SharedImage,
  SharedTurn,
} from '@/features/share/share-document';

export const SHARE_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'";

const IMAGE_DATA_URL = /^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+=*$/;

export type RenderMarkdown = (markdown: string) => string;

function image(img: SharedImage): string {
  // Anything but a plain base64 image is dropped: the page must fetch nothing.
  if (!IMAGE_DATA_URL.test(img.dataUrl)) return '';
  return `<img src="${img.dataUrl}" alt="${escapeHtml(img.name)}">`;
}

function turnHtml(turn: SharedTurn, render: RenderMarkdown): string {
  if (turn.role === 'user') {
    return `<section class="turn user" aria-label="You"><div class="who">You</div><div class="bubble">${escapeHtml(
      turn.text,
    )}${turn.images.map(image).join('')}</div></section>`;
  }
  const reasoning = turn.reasoning.trim()
    ? `<details class="reasoning"><summary>Reasoning</summary><div class="md-root">${render(turn.reasoning)}</div></details>`
    : '';
  const figures = turn.figures.length
    ? `<ul class="figures">${turn.figures.map((figure) => `<li>${escapeHtml(figure)}</li>`).join('')}</ul>`
    : '';
  const notes = turn.notes.map((note) => `<p class="notes">${escapeHtml(note)}</p>`).join('');
  return `<section class="turn assistant" aria-label="Assistant, ${escapeHtml(turn.modelId)}"><div class="who">${escapeHtml(
    turn.modelLabel,
  )} <code>${escapeHtml(turn.modelId)}</code></div>${reasoning}<div class="md-root answer">${render(
    turn.content,
  )}</div>${notes}${figures}</section>`;
}

function columnHtml(column: SharedColumn, render: RenderMarkdown, compare: boolean): string {
  const heading = compare
    ? `<h2>${escapeHtml(column.heading)}</h2><p class="sub">${escapeHtml(column.subheading)}</p>`
    : '';
  const system = column.systemPrompt.trim()
    ? `<div class="system"><b>System prompt</b>${escapeHtml(column.systemPrompt)}</div>`
    : '';
  const label = compare ? ` aria-label="${escapeHtml(column.heading)}"` : '';
  return `<section class="column"${label}>${heading}${system}${column.turns
    .map((turn) => turnHtml(turn, render))
    .join('')}</section>`;
}

export function buildShareHtml(doc: SharedDocument, render: RenderMarkdown, css: string): string {
  const compare = doc.kind === 'compare';
  const when = new Date(doc.exportedAt).toISOString().replace('T', ' ').slice(0, 16);
  const models = [...new Set(doc.columns.map((column) => column.subheading))].join(' vs ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${SHARE_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Qwen Playground">
<title>${escapeHtml(doc.title)}</title>
<style>${css.replace(/<\/style/gi, '<\\/style')}</style>
</head>
<body>
<main class="page${compare ? ' compare' : ''}">
<header><h1>${escapeHtml(doc.title)}</h1><p>${compare ? 'Comparison' : 'Conversation'} · ${escapeHtml(
    models,
  )} · exported ${escapeHtml(when)} UTC from Qwen Playground</p></header>
<div class="columns">${doc.columns.map((column) => columnHtml(column, render, compare)).join('')}</div>
<footer class="credit">Answers are model output and may be wrong. Reasoning is folded: open it to read.</footer>
</main>
</body>
</html>
`;
}
