// The snippets View code offers, in tab order, each from the right body (streaming or not).
import {
  curlSnippet,
  javascriptSnippet,
  pythonNonStreamingSnippet,
  pythonStreamingSnippet,
  type SnippetRequest,
} from '@/api/code-snippets';
import type { NextRequest } from '@/features/code-view/next-request';

export interface SnippetTab {
  id: 'curl' | 'python' | 'python-sync' | 'javascript';
  label: string;
  /** For the clipboard button's name: "To clipboard: curl". */
  short: string;
  note: string;
  code: string;
}

export function snippetTabs(next: NextRequest, url: string, apiKey: string | undefined): SnippetTab[] {
  const streaming: SnippetRequest = { url, body: { ...next.streaming }, apiKey };
  const plain: SnippetRequest = { url, body: { ...next.nonStreaming }, apiKey };
  return [
    { id: 'curl', label: 'curl', short: 'curl', note: 'Streams the raw server-sent events.', code: curlSnippet(streaming) },
    {
      id: 'python',
      label: 'Python',
      short: 'Python',
      note: 'requests, streaming: gathers the reasoning and the answer, then prints both.',
      code: pythonStreamingSnippet(streaming),
    },
    {
      id: 'python-sync',
      label: 'Python, one response',
      short: 'Python, one response',
      note: 'requests without streaming: the provider needs enable_thinking False here.',
      code: pythonNonStreamingSnippet(plain),
    },
    {
      id: 'javascript',
      label: 'JavaScript',
      short: 'JavaScript',
      note: 'fetch with a stream reader (Node 18+ or a browser).',
      code: javascriptSnippet(streaming),
    },
  ];
}
