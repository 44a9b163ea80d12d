import { execFileSync } from 'node:child_process';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  KEY_PLACEHOLDER,
  curlSnippet,
  javascriptSnippet,
  pythonNonStreamingSnippet,
  pythonStreamingSnippet,
  shellQuote,
  shortenDataUrls,
  toPythonLiteral,
} from '@/api/code-snippets';
import { buildChatRequestBody } from '@/api/request-body';
import type { ChatSettings, UserMessage } from '@/domain/conversation';
import { DEFAULT_SETTINGS } from '@/domain/defaults';

const settings: ChatSettings = { ...DEFAULT_SETTINGS, systemPrompt: "It's \"quoted\"\nand multi-line", params: { temperature: 0.6, stop: ['\n\n'] } };
const user: UserMessage = { id: 'u', parentId: null, role: 'user', text: 'Hello «ü» 🙂', images: [], createdAt: 0 };
const url = 'https://api.aimlapi.com/v1/chat/completions';
const streaming = { url, body: { ...buildChatRequestBody(settings, [user], { stream: true }) } };
const nonStreaming = { url, body: { ...buildChatRequestBody(settings, [user], { stream: false }) } };

function hasPython(): boolean {
  try {
    execFileSync('python3', ['-c', 'pass']);
    return true;
  } catch {
    return false;
  }
}

describe('snippets', () => {
  it('use the placeholder unless the key is asked for', () => {
    for (const make of [curlSnippet, pythonStreamingSnippet, pythonNonStreamingSnippet, javascriptSnippet]) {
      expect(make(streaming)).toContain(`Bearer ${KEY_PLACEHOLDER}`);
      const withKey = make({ ...streaming, apiKey: 'sk-real-123' });
      expect(withKey).toContain('Bearer sk-real-123');
      expect(withKey).not.toContain(`Bearer ${KEY_PLACEHOLDER}`);
    }
  });

  it('curl sends the exact body through a quoted heredoc, streaming with -N', () => {
    const code = curlSnippet(streaming);
    expect(code.startsWith(`curl -N -sS '${url}'`)).toBe(true);
    const json = code.slice(code.indexOf("<<'JSON'\n") + 9, code.lastIndexOf('\nJSON'));
    expect(JSON.parse(json)).toEqual(streaming.body);
    expect(curlSnippet(nonStreaming)).not.toContain('-N');
  });

  it('shell-quotes single quotes', () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });

  it('Python uses True / False / None and the provider’s parsing loop', () => {
    expect(toPythonLiteral({ a: true, b: false, c: null, d: [1, 'x'], e: {} })).toBe(
      '{\n    "a": True,\n    "b": False,\n    "c": None,\n    "d": [\n        1,\n        "x"\n    ],\n    "e": {}\n}',
    );
    const code = pythonStreamingSnippet(streaming);
    expect(code).toContain('"enable_thinking": True');
    expect(code).toContain('stream=True');
    expect(code).toContain('for line in response.iter_lines():');
    expect(code).toContain('reasoning_piece = delta.get("reasoning_content")');
    expect(pythonNonStreamingSnippet(nonStreaming)).toContain('"enable_thinking": False');
    expect(pythonNonStreamingSnippet(nonStreaming)).not.toContain('stream=True');
  });

  it.skipIf(!hasPython())('Python snippets compile, and their payload equals the body', () => {
    for (const [code, body] of [
      [pythonStreamingSnippet(streaming), streaming.body],
      [pythonNonStreamingSnippet(nonStreaming), nonStreaming.body],
    ] as const) {
      // A stand-in `requests` prints the payload the snippet would post, then stops the run.
      const stub = [
        'import json, sys, types',
        'def post(url, headers=None, json=None, **kwargs):',
        '    import json as j',
        '    print(j.dumps(json))',
        '    sys.exit(0)',
        "sys.modules['requests'] = types.SimpleNamespace(post=post)",
        '',
      ].join('\n');
      const printed = execFileSync('python3', ['-c', stub + code]).toString();
      expect(JSON.parse(printed)).toEqual(body);
    }
  });

  it('JavaScript parses and streams with a reader, or reads JSON when not streaming', () => {
    const code = javascriptSnippet(streaming);
    expect(() => new Script(code)).not.toThrow();
    expect(code).toContain('response.body.getReader()');
    expect(code).toContain('delta?.reasoning_content');
    const plain = javascriptSnippet(nonStreaming);
    expect(() => new Script(plain)).not.toThrow();
    expect(plain).not.toContain('getReader');
  });

  it('shortens base64 images for display only', () => {
    const data = 'A'.repeat(4000);
    const body = { ...streaming.body, messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: `data:image/png;base64,${data}` } }] }] };
    const code = curlSnippet({ url, body });
    expect(code).toContain(data);
    const shown = shortenDataUrls(code);
    expect(shown).not.toContain(data);
    expect(shown).toContain('data:image/png;base64,AAAAAAAAAAAAAAAA…[3 KB, shortened here; copied in full]');
    expect(shortenDataUrls('data:image/png;base64,abc')).toBe('data:image/png;base64,abc');
  });
});
