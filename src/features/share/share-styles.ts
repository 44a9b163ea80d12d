// The shared page's stylesheet: the app's markdown typography plus a small page layout, in light
// and dark following the reader's system. Inline, since the page may load nothing.
import markdownCss from '@/components/markdown/markdown.css?raw';

const pageCss = `
:root {
  --surface: 255 255 255; --surface-2: 248 248 251; --surface-3: 238 238 244;
  --ink: 24 24 32; --ink-muted: 88 90 104; --line: 222 222 232;
  --accent: 98 62 230; --danger: 200 40 50; --think: 124 92 220;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --surface: 17 17 22; --surface-2: 26 26 33; --surface-3: 37 37 47;
    --ink: 236 236 242; --ink-muted: 160 162 178; --line: 50 50 62;
    --accent: 150 120 255; --danger: 248 100 110; --think: 170 145 255;
  }
}
* { box-sizing: border-box; }
body {
  margin: 0; background: rgb(var(--surface)); color: rgb(var(--ink));
  font: 15px/1.6 ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
.page { max-width: 56rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
.page.compare { max-width: 100rem; }
.page > header { border-bottom: 1px solid rgb(var(--line)); padding-bottom: 1rem; margin-bottom: 1.5rem; }
.page > header h1 { margin: 0; font-size: 1.5rem; letter-spacing: -0.01em; }
.page > header p { margin: 0.25rem 0 0; color: rgb(var(--ink-muted)); font-size: 0.85rem; }
.columns { display: grid; gap: 1.5rem; }
.compare .columns { grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); }
.column > h2 { margin: 0; font-size: 1.05rem; }
.column > .sub { margin: 0 0 1rem; color: rgb(var(--ink-muted)); font: 0.8rem ui-monospace, monospace; }
.system { border: 1px dashed rgb(var(--line)); border-radius: 0.75rem; padding: 0.5rem 0.75rem; margin-bottom: 1.25rem;
  font-size: 0.85rem; white-space: pre-wrap; }
.system b { display: block; font-size: 0.7rem; letter-spacing: 0.05em; text-transform: uppercase; color: rgb(var(--ink-muted)); }
.turn { margin: 0 0 1.5rem; }
.turn > .who { font-size: 0.8rem; font-weight: 600; color: rgb(var(--ink-muted)); margin-bottom: 0.35rem; }
.turn > .who code { font-weight: 400; }
.user .bubble { background: rgb(var(--surface-3)); border-radius: 1rem; padding: 0.6rem 0.9rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.user img { display: block; max-width: min(100%, 22rem); max-height: 18rem; margin-top: 0.5rem; border-radius: 0.5rem; border: 1px solid rgb(var(--line)); }
details.reasoning { border: 1px solid rgb(var(--think) / 0.35); background: rgb(var(--think) / 0.06); border-radius: 0.75rem; padding: 0.4rem 0.8rem; margin-bottom: 0.75rem; }
details.reasoning > summary { cursor: pointer; color: rgb(var(--think)); font-weight: 600; font-size: 0.85rem; }
details.reasoning > .md-root { margin-top: 0.5rem; font-size: 0.875rem; color: rgb(var(--ink-muted)); }
.figures { display: flex; flex-wrap: wrap; gap: 0.25rem 0.9rem; margin: 0.6rem 0 0; padding: 0; list-style: none; font-size: 0.75rem; color: rgb(var(--ink-muted)); }
.notes { font-size: 0.8rem; color: rgb(var(--ink-muted)); font-style: italic; margin: 0.4rem 0 0; }
footer.credit { margin-top: 3rem; font-size: 0.75rem; color: rgb(var(--ink-muted)); }
/* Formulas are MathML, which browsers draw natively with a math font; from Temml's rules, the
   column alignment of aligned equations and their row spacing. */
math { font-family: 'STIX Two Math', 'Cambria Math', math; font-size: 1.15em; }
.tml-left { text-align: left; }
.tml-right { text-align: right; }
mtable.tml-jot > mtr > mtd { padding-top: 0.7ex; padding-bottom: 0.7ex; }
.md-math-error { color: rgb(var(--danger)); }
/* highlight.js tokens */
.hljs-keyword, .hljs-selector-tag, .hljs-built_in { color: #8a3ffc; }
.hljs-string, .hljs-attr { color: #0f7b4f; }
.hljs-number, .hljs-literal { color: #b45309; }
.hljs-comment { color: rgb(var(--ink-muted)); font-style: italic; }
.hljs-title, .hljs-function { color: #2563eb; }
@media (prefers-color-scheme: dark) {
  .hljs-keyword, .hljs-selector-tag, .hljs-built_in { color: #c4a5ff; }
  .hljs-string, .hljs-attr { color: #6ee7b7; }
  .hljs-number, .hljs-literal { color: #fcd34d; }
  .hljs-title, .hljs-function { color: #93c5fd; }
}
@media print { details.reasoning { break-inside: avoid; } }
`;

export const shareCss = `${markdownCss}\n${pageCss}`;
