// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderMarkdownToSafeHtml } from '@/components/markdown/render-markdown';
import { xssCorpus } from '@e2e/xss-corpus';
import type { AssistantMessage, Conversation, UserMessage } from '@/domain/conversation';
import { DEFAULT_SETTINGS } from '@/domain/defaults';
import { useSettingsStore } from '@/store/settings-store';
import { buildShareHtml, SHARE_CSP } from '@/features/share/share-html';
import { sharedDocumentOf, type LoadImage } from '@/features/share/share-model';
import { shareCss } from '@/features/share/share-styles';

const KEY = 'sk-secret-key-123';
const PNG = 'data:image/png;base64,iVBORw0KGgo=';

function conversation(
  overrides: Partial<AssistantMessage> = {},
  prompt = 'What is 2+2?',
): Conversation {
  const user: UserMessage = {
    id: 'u1',
    parentId: null,
    role: 'user',
    text: prompt,
    images: [{ id: 'img1', name: 'cat.png', mimeType: 'image/png', width: 1, height: 1, bytes: 8 }],
    createdAt: 1,
  };
  const assistant: AssistantMessage = {
    id: 'a1',
    parentId: 'u1',
    role: 'assistant',
    modelId: 'alibaba/qwen3-32b',
    thinking: true,
    reasoning: 'Two plus two: **add** them.',
    content: 'It is **4**.\n\n```js\nconsole.log(4)\n```',
    status: 'done',
    usage: { promptTokens: 12, completionTokens: 34, totalTokens: 46, reasoningTokens: 20 },
    timings: { startedAt: 1000, firstReasoningAt: 1400, firstContentAt: 2000, finishedAt: 3000 },
    demo: false,
    createdAt: 2,
    ...overrides,
  };
  return {
    id: 'c1',
    kind: 'chat',
    title: 'Two plus two',
    pinned: false,
    createdAt: 1,
    updatedAt: 2,
    settings: { ...DEFAULT_SETTINGS, systemPrompt: 'Be brief.' },
    messages: [user, assistant],
    selected: {},
  };
}

const loadImage: LoadImage = (ref) => Promise.resolve({ name: ref.name, dataUrl: PNG });
const render = (markdown: string) => renderMarkdownToSafeHtml(markdown);

async function exportOf(conv: Conversation): Promise<string> {
  return buildShareHtml(
    await sharedDocumentOf(conv, loadImage, Date.UTC(2026, 0, 2)),
    render,
    shareCss,
  );
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function scriptable(doc: Document): string[] {
  const found: string[] = [];
  for (const element of doc.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (['script', 'iframe', 'object', 'embed', 'link', 'base', 'form'].includes(tag))
      found.push(tag);
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) found.push(`${tag}[${attribute.name}]`);
      if (/^\s*javascript:/i.test(attribute.value))
        found.push(`${tag}[${attribute.name}=${attribute.value}]`);
    }
  }
  return found;
}

describe('shared HTML page', () => {
  it('has the answer, folded reasoning, figures, inline images and a strict CSP', async () => {
    const html = await exportOf(conversation());
    const doc = parse(html);
    expect(
      doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    ).toBe(SHARE_CSP);
    expect(doc.querySelector('h1')?.textContent).toBe('Two plus two');
    expect(doc.querySelector('.answer strong')?.textContent).toBe('4');
    const details = doc.querySelector('details.reasoning');
    expect(details?.hasAttribute('open')).toBe(false);
    expect(details?.querySelector('summary')?.textContent).toBe('Reasoning');
    expect(details?.textContent).toContain('Two plus two');
    expect(doc.querySelector('.user img')?.getAttribute('src')).toBe(PNG);
    expect(doc.querySelector('.figures')?.textContent).toContain('Completion 34 tok');
    expect(doc.querySelector('.figures')?.textContent).toContain('First token 400 ms');
    expect(doc.querySelector('.system')?.textContent).toContain('Be brief.');
    expect(html).toContain('prefers-color-scheme: dark');
    expect(scriptable(doc)).toEqual([]);
    expect(html).not.toMatch(/<script/i);
  });

  it('never carries the API key, and drops images that are not inline data', async () => {
    // A key is set in this browser: the page still must not know it.
    useSettingsStore.getState().setApiKey(KEY);
    const conv = conversation();
    const sneaky: LoadImage = () =>
      Promise.resolve({ name: 'x', dataUrl: 'https://evil.example/x.png' });
    const html = buildShareHtml(await sharedDocumentOf(conv, sneaky), render, shareCss);
    expect(html).not.toContain('evil.example');
    expect(html).not.toContain(KEY);
    expect(html).not.toMatch(/authorization|bearer/i);
  });

  it.each(xssCorpus.slice(0, 60).map((payload, index) => [index, payload] as const))(
    'payload %i in answer, reasoning, prompt and title stays inert',
    async (_index, payload) => {
      const conv = {
        ...conversation({ content: payload, reasoning: payload }, payload),
        title: payload,
      };
      const doc = parse(await exportOf(conv));
      expect(scriptable(doc)).toEqual([]);
    },
  );

  it('puts the columns of a comparison side by side, each named by its model', async () => {
    const chat = conversation();
    const other = conversation({
      modelId: 'alibaba/qwen3-vl-32b-instruct',
      thinking: false,
      reasoning: '',
      content: 'Four.',
    });
    const comparison: Conversation = {
      ...chat,
      kind: 'compare',
      compare: {
        votes: {},
        columns: [
          { id: 'A', settings: chat.settings, messages: chat.messages, selected: {} },
          {
            id: 'B',
            settings: {
              ...chat.settings,
              modelId: 'alibaba/qwen3-vl-32b-instruct',
              thinking: false,
            },
            messages: other.messages,
            selected: {},
          },
        ],
      },
    };
    const doc = parse(await exportOf(comparison));
    const columns = doc.querySelectorAll('.columns > section.column');
    expect(columns).toHaveLength(2);
    expect(doc.querySelector('main')?.classList.contains('compare')).toBe(true);
    expect(columns[1]?.getAttribute('aria-label')).toBe('Qwen3 VL 32B Instruct');
    expect(columns[1]?.querySelector('.answer')?.textContent).toContain('Four.');
    expect(columns[1]?.querySelector('details')).toBeNull();
  });
});
