// A strict reader of a complete SSE body, for the smoke spec: proves the ragged bytes reassemble
// into well-formed events (per the WHATWG rules: CR, LF or CRLF line ends; `:` comments).

export interface ParsedSse {
  /** The `data` of each event, in order. */
  data: string[];
  comments: string[];
  /** `true` when the body ends with a complete event (blank line) or nothing pending. */
  terminated: boolean;
  lineEnding: 'crlf' | 'lf' | 'mixed' | 'none';
}

export function parseSse(body: string): ParsedSse {
  const data: string[] = [];
  const comments: string[] = [];
  const lines = body.split(/\r\n|\r|\n/);
  const crlf = (body.match(/\r\n/g) ?? []).length;
  const lf = (body.match(/(?<!\r)\n/g) ?? []).length;
  let pending: string[] | null = null;
  // split() leaves a last element that is the unterminated rest ('' when the body ends in EOL).
  const rest = lines.pop() ?? '';
  for (const line of lines) {
    if (line === '') {
      if (pending) data.push(pending.join('\n'));
      pending = null;
    } else if (line.startsWith(':')) {
      comments.push(line.slice(1).trim());
    } else {
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      let value = colon === -1 ? '' : line.slice(colon + 1);
      if (value.startsWith(' ')) value = value.slice(1);
      if (field === 'data') (pending ??= []).push(value);
    }
  }
  return {
    data,
    comments,
    terminated: rest === '' && pending === null,
    lineEnding: crlf && lf ? 'mixed' : crlf ? 'crlf' : lf ? 'lf' : 'none',
  };
}
