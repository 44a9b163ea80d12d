// The request the playground would send, as code a person can paste and run: curl, Python
// (`requests`, streaming and not) and JavaScript (`fetch` with a stream reader). The style follows
// the provider's own docs, including their reasoning/answer parsing loop. Pure string building.

/** What a snippet sends: the full URL, the exact JSON body, and the key (placeholder unless asked). */
export interface SnippetRequest {
  url: string;
  body: Record<string, unknown>;
  /** The real key, only when the user asked to include it; otherwise the placeholder is used. */
  apiKey?: string;
}

export const KEY_PLACEHOLDER = '<YOUR_AIMLAPI_KEY>';

const keyOf = (request: SnippetRequest) => request.apiKey?.trim() || KEY_PLACEHOLDER;
const isStreaming = (request: SnippetRequest) => request.body.stream === true;

/** Quotes a word for POSIX shells: single quotes, with `'` written as `'\''`. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export function curlSnippet(request: SnippetRequest): string {
  // The body goes through stdin (a quoted heredoc): no quoting issues, and no argument-length
  // limit for base64 images. Pretty-printed JSON never has a line that is just `JSON`.
  return [
    `curl ${isStreaming(request) ? '-N ' : ''}-sS ${shellQuote(request.url)} \\`,
    `  -H ${shellQuote(`Authorization: Bearer ${keyOf(request)}`)} \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  --data-binary @- <<'JSON'`,
    JSON.stringify(request.body, null, 2),
    'JSON',
    '',
  ].join('\n');
}

/** A JSON value as a Python literal (True / False / None), indented like the provider's docs. */
export function toPythonLiteral(value: unknown, indent = 0): string {
  const pad = (level: number) => '    '.repeat(level);
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'None';
  // JSON's string escapes (\", \\, \n, \uXXXX) are valid Python string escapes too.
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item) => `${pad(indent + 1)}${toPythonLiteral(item, indent + 1)}`);
    return `[\n${items.join(',\n')}\n${pad(indent)}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return '{}';
    const items = entries.map(
      ([key, item]) => `${pad(indent + 1)}${JSON.stringify(key)}: ${toPythonLiteral(item, indent + 1)}`,
    );
    return `{\n${items.join(',\n')}\n${pad(indent)}}`;
  }
  return 'None';
}

function pythonRequest(request: SnippetRequest, stream: boolean): string[] {
  return [
    'import json',
    'import requests',
    '',
    'response = requests.post(',
    `    ${JSON.stringify(request.url)},`,
    '    headers={',
    `        # Insert your AIML API Key instead of ${KEY_PLACEHOLDER}:`,
    `        "Authorization": ${JSON.stringify(`Bearer ${keyOf(request)}`)},`,
    '        "Content-Type": "application/json",',
    '    },',
    `    json=${toPythonLiteral(request.body, 1)},`,
    ...(stream ? ['    stream=True,'] : []),
    ')',
    'response.raise_for_status()',
    '',
  ];
}

/** Streams, gathering reasoning and answer as the provider's "Example with response parsing". */
export function pythonStreamingSnippet(request: SnippetRequest): string {
  return [
    ...pythonRequest(request, true),
    'answer = ""',
    'reasoning = ""',
    '',
    'for line in response.iter_lines():',
    '    if not line or not line.startswith(b"data:"):',
    '        continue',
    '',
    '    try:',
    '        raw = line[5:].decode("utf-8").strip()',
    '        if raw == "[DONE]":',
    '            continue',
    '',
    '        data = json.loads(raw)',
    '        choices = data.get("choices")',
    '        if not choices or "delta" not in choices[0]:',
    '            continue',
    '',
    '        delta = choices[0]["delta"]',
    '        content_piece = delta.get("content")',
    '        reasoning_piece = delta.get("reasoning_content")',
    '',
    '        if content_piece:',
    '            answer += content_piece',
    '        if reasoning_piece:',
    '            reasoning += reasoning_piece',
    '',
    '    except Exception as e:',
    '        print(f"Error parsing chunk: {e}")',
    '',
    '',
    'print("\\n--- MODEL REASONING ---")',
    'print(reasoning.strip())',
    '',
    'print("\\n--- MODEL RESPONSE ---")',
    'print(answer.strip())',
    '',
  ].join('\n');
}

/** One JSON answer; for qwen3-32b the body carries `enable_thinking: False` (the provider's rule). */
export function pythonNonStreamingSnippet(request: SnippetRequest): string {
  return [
    ...pythonRequest(request, false),
    'data = response.json()',
    'message = data["choices"][0]["message"]',
    '',
    'if message.get("reasoning_content"):',
    '    print("\\n--- MODEL REASONING ---")',
    '    print(message["reasoning_content"].strip())',
    '',
    'print("\\n--- MODEL RESPONSE ---")',
    'print((message.get("content") or "").strip())',
    '',
    'print("\\n--- USAGE ---")',
    'print(json.dumps(data.get("usage"), indent=2))',
    '',
  ].join('\n');
}

function indentLines(text: string, prefix: string): string {
  return text.split('\n').join(`\n${prefix}`);
}

export function javascriptSnippet(request: SnippetRequest): string {
  const head = [
    'async function main() {',
    `  const response = await fetch(${JSON.stringify(request.url)}, {`,
    "    method: 'POST',",
    '    headers: {',
    `      // Insert your AIML API Key instead of ${KEY_PLACEHOLDER}`,
    `      Authorization: ${JSON.stringify(`Bearer ${keyOf(request)}`)},`,
    "      'Content-Type': 'application/json',",
    '    },',
    `    body: JSON.stringify(${indentLines(JSON.stringify(request.body, null, 2), '    ')}),`,
    '  });',
    '  if (!response.ok) throw new Error(`HTTP ${response.status}: ${await response.text()}`);',
    '',
  ];
  const nonStreaming = [
    '  const data = await response.json();',
    '  const message = data.choices[0].message;',
    "  if (message.reasoning_content) console.log('\\n--- MODEL REASONING ---\\n' + message.reasoning_content.trim());",
    "  console.log('\\n--- MODEL RESPONSE ---');",
    "  console.log((message.content ?? '').trim());",
  ];
  const streaming = [
    '  // Server-sent events: `data: {json}` lines; reasoning arrives first, then the answer.',
    "  let reasoning = '';",
    "  let answer = '';",
    "  let buffer = '';",
    '  const decoder = new TextDecoder();',
    '  const reader = response.body.getReader();',
    '  for (;;) {',
    '    const { done, value } = await reader.read();',
    '    buffer += decoder.decode(value, { stream: !done });',
    '    const lines = buffer.split(/\\r?\\n/);',
    "    buffer = done ? '' : lines.pop();",
    '    for (const line of lines) {',
    "      if (!line.startsWith('data:')) continue;",
    '      const raw = line.slice(5).trim();',
    "      if (!raw || raw === '[DONE]') continue;",
    '      try {',
    '        const delta = JSON.parse(raw).choices?.[0]?.delta;',
    '        if (delta?.reasoning_content) reasoning += delta.reasoning_content;',
    '        if (delta?.content) answer += delta.content;',
    '      } catch (error) {',
    "        console.error('Error parsing chunk:', error.message);",
    '      }',
    '    }',
    '    if (done) break;',
    '  }',
    '',
    "  console.log('\\n--- MODEL REASONING ---');",
    '  console.log(reasoning.trim());',
    "  console.log('\\n--- MODEL RESPONSE ---');",
    '  console.log(answer.trim());',
  ];
  return [...head, ...(isStreaming(request) ? streaming : nonStreaming), '}', '', 'main();', ''].join('\n');
}

const DATA_URL = /data:([\w.+-]+\/[\w.+-]+);base64,([A-Za-z0-9+/=]{80,})/g;

/** For display only: long base64 data URLs cut to a readable stub; the copied code keeps them. */
export function shortenDataUrls(code: string): string {
  return code.replace(DATA_URL, (_match, mime: string, data: string) => {
    const kb = Math.max(1, Math.round((data.length * 3) / 4 / 1024));
    return `data:${mime};base64,${data.slice(0, 16)}…[${kb} KB, shortened here; copied in full]`;
  });
}
