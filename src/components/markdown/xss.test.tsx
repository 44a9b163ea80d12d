// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Markdown } from '@/components/markdown/markdown';
import { findUnsafeMarkup } from '@/components/markdown/find-unsafe-markup';
import { preloadMarkdownModules } from '@/components/markdown/lazy-modules';
import { renderMarkdownToSafeHtml } from '@/components/markdown/render-markdown';
import { fullXssCorpus, mathPayloads, naughtyStrings, xssCorpus } from '@e2e/xss-corpus';

afterEach(cleanup);

// Hundreds of renders each: more than the default 5 s on a slow or busy machine.
const slow = 60_000;

/** Parses HTML without running anything (template contents are inert) and checks it. */
function problemsInHtml(html: string): string[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return findUnsafeMarkup(template.content);
}

function check(
  label: string,
  payloads: readonly string[],
  problemsOf: (payload: string) => string[],
) {
  const failures: { payload: string; problems: string[] }[] = [];
  for (const payload of payloads) {
    const problems = problemsOf(payload);
    if (problems.length > 0) failures.push({ payload, problems });
  }
  expect(failures, label).toEqual([]);
}

/** Three points of a stream: a third, two thirds, all. */
function streamPrefixes(payload: string): string[] {
  const third = Math.max(1, Math.floor(payload.length / 3));
  return [payload.slice(0, third), payload.slice(0, 2 * third), payload];
}

describe('XSS corpus', () => {
  it('has at least 300 hand-written payloads plus the naughty strings', () => {
    expect(xssCorpus.length).toBeGreaterThanOrEqual(300);
    expect(naughtyStrings.length).toBeGreaterThan(400);
    expect(fullXssCorpus.length).toBe(xssCorpus.length + naughtyStrings.length);
  });
});

describe('renderMarkdownToSafeHtml before highlight.js and the math typesetter load', () => {
  it(
    'renders every payload inert',
    () => {
      check('plain render', fullXssCorpus, (payload) =>
        problemsInHtml(renderMarkdownToSafeHtml(payload, { copyButtons: true })),
      );
    },
    slow,
  );
});

describe('with highlight.js and the math typesetter loaded', () => {
  beforeAll(async () => {
    await preloadMarkdownModules();
  });

  it(
    'renderMarkdownToSafeHtml renders every payload inert',
    () => {
      check('final render', fullXssCorpus, (payload) =>
        problemsInHtml(renderMarkdownToSafeHtml(payload, { copyButtons: true })),
      );
    },
    slow,
  );

  it(
    'stays inert while a payload is still streaming',
    () => {
      check('streaming render', fullXssCorpus, (payload) =>
        streamPrefixes(payload).flatMap((prefix) =>
          problemsInHtml(renderMarkdownToSafeHtml(prefix, { streaming: true })),
        ),
      );
    },
    slow,
  );

  it('keeps \\href, \\url and \\html… inert, shown as red TeX', () => {
    for (const payload of mathPayloads) {
      const html = renderMarkdownToSafeHtml(payload);
      expect(html).not.toMatch(/<a\b/);
      expect(html).not.toMatch(/href=/);
    }
    expect(renderMarkdownToSafeHtml(String.raw`$\href{javascript:alert(1)}{x}$`)).toContain(
      '<span class="md-math"><span class="md-math-error" title="Not typeset: Unsupported',
    );
  });

  it(
    'the Markdown component renders every payload inert',
    () => {
      check('component', fullXssCorpus, (payload) => {
        const { container, unmount } = render(<Markdown text={payload} />);
        const problems = findUnsafeMarkup(container);
        unmount();
        return problems;
      });
    },
    slow,
  );

  it(
    'the Markdown component stays inert while streaming each payload',
    () => {
      check('component streaming', fullXssCorpus, (payload) => {
        const { container, rerender, unmount } = render(<Markdown text="" streaming />);
        const problems: string[] = [];
        for (const prefix of streamPrefixes(payload)) {
          act(() => rerender(<Markdown text={prefix} streaming />));
          problems.push(...findUnsafeMarkup(container));
        }
        act(() => rerender(<Markdown text={payload} />));
        problems.push(...findUnsafeMarkup(container));
        unmount();
        return problems;
      });
    },
    slow,
  );
});

describe('findUnsafeMarkup', () => {
  it('does flag what it should (the checker itself works)', () => {
    expect(problemsInHtml('<img src=x onerror=alert(1)>')).not.toEqual([]);
    expect(
      problemsInHtml(
        '<a href="javascript:alert(1)" target="_blank" rel="noopener noreferrer">x</a>',
      ),
    ).not.toEqual([]);
    expect(problemsInHtml('<a href="https://ok.example">x</a>')).not.toEqual([]);
    expect(problemsInHtml('<p style="color:red">x</p>')).not.toEqual([]);
    expect(problemsInHtml('<p id="x">x</p>')).not.toEqual([]);
    expect(problemsInHtml('<svg></svg>')).not.toEqual([]);
    expect(problemsInHtml('<p class="fixed inset-0">x</p>')).not.toEqual([]);
    expect(
      problemsInHtml(
        '<a href="https://ok.example/" target="_blank" rel="noopener noreferrer">x</a>',
      ),
    ).toEqual([]);
  });
});
