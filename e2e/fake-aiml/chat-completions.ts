// POST /v1/chat/completions: validates like the provider, then answers — an error, a JSON
// completion, or a ragged SSE stream — as the directives in the last user message ask.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { answerText, reasoningText, toPieces } from './answer.ts';
import { knownModelIds } from './catalog.ts';
import { corsHeaders } from './cors.ts';
import { parsePrompt, withoutDirectives, type Directives } from './directives.ts';
import { htmlErrorPage, openAiErrorBody } from './errors.ts';
import { hasBearerKey, sendJson, sendProviderError, sendText } from './http-util.ts';
import { createRng, hashSeed } from './prng.ts';
import { planWrites, writeRagged } from './ragged-writer.ts';
import type { RecordedRequest } from './recorder.ts';
import type { ChunkBase } from './sse.ts';
import { buildScript } from './stream-script.ts';
import { countPromptTokens, makeCost, makeUsage } from './usage.ts';

const thinkingModel = 'alibaba/qwen3-32b';
/** At most this many content chunks; longer answers put several words in a chunk. */
const maxContentChunks = 400;
/**
 * The pause between the last chunk and the cut of `[[fake:drop-after=N]]`. 300 ms was not always
 * enough on a 2-core machine running two test workers: the page had not read the last chunk yet.
 */
const dropGraceMs = 1_000;
const clientRequestIdPattern = /^[A-Za-z0-9._:-]{1,128}$/;

type Body = Record<string, unknown>;

function isRecord(value: unknown): value is Body {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The text of the last user message (string content or the text parts of an array). */
export function lastUserText(messages: unknown[]): string {
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const message = messages[i];
    if (!isRecord(message) || message.role !== 'user') continue;
    const { content } = message;
    if (typeof content === 'string') return content;
    if (Array.isArray(content)) {
      return content
        .filter(isRecord)
        .filter((part) => part.type === 'text' && typeof part.text === 'string')
        .map((part) => part.text as string)
        .join('\n');
    }
    return '';
  }
  return '';
}

function validationMessage(body: Body): string | undefined {
  const problems: string[] = [];
  if (typeof body.model !== 'string' || body.model === '') {
    problems.push(
      `model: expected string, received ${body.model === undefined ? 'undefined' : typeof body.model}`,
    );
  }
  if (!Array.isArray(body.messages)) {
    problems.push(
      `messages: expected array, received ${body.messages === undefined ? 'undefined' : typeof body.messages}`,
    );
  } else if (body.messages.length === 0) {
    problems.push('messages: array must contain at least 1 element(s)');
  }
  return problems.length > 0 ? `Invalid payload provided: ${problems.join('; ')}` : undefined;
}

/** Groups pieces so no answer takes more than `maxChunks` chunks. */
function groupPieces(pieces: string[], maxChunks: number): string[] {
  if (pieces.length <= maxChunks) return pieces;
  const size = Math.ceil(pieces.length / maxChunks);
  const grouped: string[] = [];
  for (let i = 0; i < pieces.length; i += size) grouped.push(pieces.slice(i, i + size).join(''));
  return grouped;
}

function errorByDirective(res: ServerResponse, path: string, directives: Directives): boolean {
  if (directives.status !== undefined) {
    const extra: OutgoingHttpHeaders = directives.status === 429 ? { 'retry-after': '2' } : {};
    sendProviderError(res, directives.status, path, undefined, extra);
    return true;
  }
  if (directives.openaiError !== undefined) {
    sendJson(res, directives.openaiError, openAiErrorBody(directives.openaiError));
    return true;
  }
  if (directives.html !== undefined) {
    sendText(res, directives.html, htmlErrorPage(directives.html), 'text/html; charset=utf-8');
    return true;
  }
  return false;
}

export async function handleChatCompletions(
  req: IncomingMessage,
  res: ServerResponse,
  entry: RecordedRequest,
): Promise<void> {
  const path = entry.path;
  const summary = (
    status: number,
    outcome: NonNullable<RecordedRequest['response']>['outcome'],
  ) => {
    entry.response = { status, stream: false, outcome };
  };

  if (!hasBearerKey(req)) {
    summary(401, 'http-error');
    return sendProviderError(res, 401, path, 'Unauthorized');
  }
  if (!isRecord(entry.body)) {
    summary(400, 'http-error');
    return sendProviderError(
      res,
      400,
      path,
      'Invalid payload provided: body must be a JSON object',
    );
  }
  const body = entry.body;
  const invalid = validationMessage(body);
  if (invalid) {
    summary(400, 'http-error');
    return sendProviderError(res, 400, path, invalid);
  }
  const model = body.model as string;
  const messages = body.messages as unknown[];
  if (!knownModelIds.includes(model)) {
    summary(400, 'http-error');
    return sendProviderError(
      res,
      400,
      path,
      `Invalid payload provided: model: expected one of ${knownModelIds.join(', ')}, received ${model}`,
    );
  }
  const stream = body.stream === true;
  if (body.enable_thinking === true && !stream) {
    summary(400, 'http-error');
    return sendProviderError(
      res,
      400,
      path,
      'parameter.enable_thinking must be set to false for non-streaming calls',
    );
  }

  const userText = lastUserText(messages);
  const { directives, text: prompt, unknown } = parsePrompt(userText, model);
  if (unknown.length > 0) {
    summary(400, 'http-error');
    return sendProviderError(
      res,
      400,
      path,
      `Fake server: unknown directive ${unknown.join(', ')}`,
    );
  }
  if (errorByDirective(res, path, directives)) {
    summary(res.statusCode, 'http-error');
    return;
  }

  const thinks =
    directives.thinkInline || (model === thinkingModel && body.enable_thinking === true);
  const reasoning = thinks ? reasoningText(prompt, model) : '';
  const { messages: _omitted, ...bodyWithoutMessages } = body;
  const answer = answerText({
    prompt,
    model,
    longWords: directives.longWords,
    echoBody: directives.echoBody ? bodyWithoutMessages : undefined,
    verbatim: directives.echoPrompt ? withoutDirectives(userText) : undefined,
  });
  const reasoningPieces = toPieces(reasoning);
  const answerPieces = toPieces(answer);
  const usage = makeUsage(
    countPromptTokens(messages),
    directives.thinkInline ? 0 : reasoningPieces.length,
    answerPieces.length + (directives.thinkInline ? reasoningPieces.length + 2 : 0),
  );
  const meta = makeCost(usage);
  const rng = createRng(directives.seed ?? hashSeed(`${model}\u0000${userText}\u0000${stream}`));
  const base: ChunkBase = {
    id: `chatcmpl-${randomUUID()}`,
    created: Math.floor(Date.now() / 1000),
    model: model.replace(/^alibaba\//, ''),
  };
  const idHeaders: OutgoingHttpHeaders = { 'x-inference-id': randomUUID() };
  const clientRequestId = req.headers['x-client-request-id'];
  if (typeof clientRequestId === 'string' && clientRequestIdPattern.test(clientRequestId)) {
    idHeaders['x-client-request-id'] = clientRequestId;
  }
  entry.response = {
    status: 200,
    stream,
    outcome: 'pending',
    usage,
    reasoning: directives.thinkInline ? '' : reasoning,
    content: directives.thinkInline ? `<think>\n${reasoning}\n</think>\n\n${answer}` : answer,
  };

  if (!stream) {
    const json = JSON.stringify({
      id: base.id,
      object: 'chat.completion',
      created: base.created,
      model: base.model,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: entry.response.content, reasoning_content: null },
          finish_reason: 'stop',
        },
      ],
      usage,
      meta,
    });
    res.writeHead(200, {
      ...corsHeaders,
      ...idHeaders,
      'content-type': 'application/json; charset=utf-8',
      'x-aimlapi-credits-used': String(meta.usage.credits_used),
      'x-aimlapi-usd-spent': String(meta.usage.usd_spent),
    });
    const pieces = planWrites([{ bytes: Buffer.from(json, 'utf8'), pauseAfterMs: 0 }], { rng });
    const complete = await writeRagged(res, pieces);
    entry.response.outcome = complete ? 'complete' : 'client-closed';
    res.end();
    return;
  }

  const contentPieces = directives.thinkInline
    ? ['<think>\n', ...reasoningPieces, '\n</think>\n\n', ...answerPieces]
    : answerPieces;
  const script = buildScript({
    base,
    reasoningPieces: directives.thinkInline ? [] : groupPieces(reasoningPieces, maxContentChunks),
    // `[[fake:tps=N]]` streams one chunk per token, however long the answer.
    contentPieces:
      directives.tokensPerSecond === undefined
        ? groupPieces(contentPieces, maxContentChunks)
        : contentPieces,
    usage,
    meta,
    directives,
    eol: (directives.lineEnding ?? (rng() < 0.5 ? 'crlf' : 'lf')) === 'crlf' ? '\r\n' : '\n',
    rng,
  });

  res.writeHead(200, {
    ...corsHeaders,
    ...idHeaders,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
  res.flushHeaders();
  res.socket?.setNoDelay(true);

  const complete = await writeRagged(res, planWrites(script.segments, { rng }));
  entry.response.chunksSent = script.dataEvents;
  if (!complete) {
    entry.response.outcome = 'client-closed';
    return;
  }
  if (script.ending === 'destroy') {
    // Give the client time to read the last bytes before the connection is cut mid-body:
    // Chromium errors a fetch body at once on a network error, dropping bytes it has not yet
    // handed to the page — a cut right after the last write would make the test flaky.
    await new Promise((resolve) => setTimeout(resolve, dropGraceMs));
    entry.response.outcome = 'dropped';
    res.destroy();
    return;
  }
  entry.response.outcome = script.outcome;
  res.end();
}
