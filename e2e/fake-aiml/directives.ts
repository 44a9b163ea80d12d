// Scenario directives: `[[fake:name]]` or `[[fake:name=value]]` inside the LAST user message.
// Each test carries its scenario in its own prompt, so parallel tests never share server state.
// A directive may name one model: `[[fake:status=500@qwen3-vl-32b-instruct]]` (with or without
// the `alibaba/` prefix) applies only to requests for that model and is ignored by the others —
// so one prompt sent to several models at once (Compare) can fail or slow down just one of them.

export interface Directives {
  /** `[[fake:status=429]]`: answer this HTTP status with the provider's error body. */
  status?: number;
  /** `[[fake:openai-error=500]]`: answer this status with OpenAI's `{error:{message,type,code}}`. */
  openaiError?: number;
  /** `[[fake:html=502]]`: answer this status with an HTML gateway page. */
  html?: number;
  /** `[[fake:drop-after=N]]`: send N data chunks, then destroy the socket. */
  dropAfter?: number;
  /** `[[fake:stream-error]]`: a few chunks, then a `data: {"error":…}` chunk, then end. */
  streamError: boolean;
  /** `[[fake:malformed]]`: one `data: {not json` chunk in the middle of the stream. */
  malformed: boolean;
  /** `[[fake:slow=MS]]`: wait MS between chunks. */
  slowMs?: number;
  /** `[[fake:long=N]]`: an answer of about N words of markdown. */
  longWords?: number;
  /**
   * `[[fake:tps=N]]`: one chunk per token, N tokens per second (0: as fast as it can write),
   * for the streaming benchmarks (bench/).
   */
  tokensPerSecond?: number;
  /** `[[fake:think-inline]]`: reasoning inline as `<think>…</think>` in `content`. */
  thinkInline: boolean;
  /** `[[fake:no-done]]`: no `data: [DONE]` at the end. */
  noDone: boolean;
  /** `[[fake:echo-body]]`: the answer is the request body (minus messages) as a JSON code block. */
  echoBody: boolean;
  /**
   * `[[fake:echo-prompt]]`: the answer starts with the user's text exactly as sent, only the
   * directives cut out (no `**Echo:**`, no tidying), so a spec controls every byte the app renders.
   */
  echoPrompt: boolean;
  /** `[[fake:crlf]]` / `[[fake:lf]]`: force the line ending (otherwise chosen by the seed). */
  lineEnding?: 'crlf' | 'lf';
  /** `[[fake:seed=N]]`: force the seed of the ragged writes. */
  seed?: number;
}

export interface ParsedPrompt {
  directives: Directives;
  /** The prompt with every directive removed and whitespace tidied. */
  text: string;
  /** Directive names that were not understood (the server answers 400 for them). */
  unknown: string[];
}

const directivePattern = /\[\[fake:([a-z-]+)(?:=([^\]@]*))?(?:@([^\]]+))?\]\]/gi;

function positiveInt(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  return Number.isInteger(number) && number >= 0 ? number : undefined;
}

/** Whether a directive's `@model` target (if any) is the requested model. */
function targets(target: string | undefined, model: string | undefined): boolean {
  if (target === undefined) return true;
  const bare = (id: string) => id.trim().toLowerCase().replace(/^alibaba\//, '');
  return model !== undefined && bare(target) === bare(model);
}

/** The text with every directive cut out and nothing else changed. */
export function withoutDirectives(text: string): string {
  return text.replace(directivePattern, '');
}

/** `model`: the requested model, for directives aimed at one model (`…@model`). */
export function parsePrompt(prompt: string, model?: string): ParsedPrompt {
  const directives: Directives = {
    streamError: false,
    malformed: false,
    thinkInline: false,
    noDone: false,
    echoBody: false,
    echoPrompt: false,
  };
  const unknown: string[] = [];
  for (const match of prompt.matchAll(directivePattern)) {
    const name = (match[1] ?? '').toLowerCase();
    const value = match[2];
    if (!targets(match[3], model)) continue;
    const number = positiveInt(value);
    switch (name) {
      case 'status':
        if (number !== undefined && number >= 400 && number <= 599) directives.status = number;
        else unknown.push(match[0]);
        break;
      case 'openai-error':
        directives.openaiError = number ?? 500;
        break;
      case 'html':
        directives.html = number ?? 502;
        break;
      case 'drop-after':
        directives.dropAfter = number ?? 3;
        break;
      case 'stream-error':
        directives.streamError = true;
        break;
      case 'malformed':
        directives.malformed = true;
        break;
      case 'slow':
        directives.slowMs = Math.min(number ?? 200, 10_000);
        break;
      case 'long':
        directives.longWords = Math.min(number ?? 300, 20_000);
        break;
      case 'tps':
        if (number !== undefined) directives.tokensPerSecond = Math.min(number, 1000);
        else unknown.push(match[0]);
        break;
      case 'think-inline':
        directives.thinkInline = true;
        break;
      case 'no-done':
        directives.noDone = true;
        break;
      case 'echo-body':
        directives.echoBody = true;
        break;
      case 'echo-prompt':
        directives.echoPrompt = true;
        break;
      case 'crlf':
      case 'lf':
        directives.lineEnding = name;
        break;
      case 'seed':
        if (number !== undefined) directives.seed = number;
        else unknown.push(match[0]);
        break;
      default:
        unknown.push(match[0]);
    }
  }
  const text = prompt
    .replace(directivePattern, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
  return { directives, text, unknown };
}
