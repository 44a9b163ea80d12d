// What runs INSIDE the page: a recorder of frames (rAF deltas), long animation frames and DOM
// updates, and the baseline — a plain <pre> fed by a raw fetch reader of the same bytes.
// These functions are serialized by page.evaluate, so they use nothing from outside their body.
import type { Page } from '@playwright/test';

export interface Recording {
  /** rAF timestamps while recording. */
  frames: number[];
  /** `long-animation-frame` entries (≥ 50 ms) while recording. */
  loafs: { start: number; duration: number; blocking: number }[];
  /** `performance.now()` of each DOM update (MutationObserver callback) of the watched element. */
  updates: number[];
  startedAt: number;
  stoppedAt: number;
  /** The first update whose target has text, and the end of the frame that painted it. */
  firstTextAt?: number;
  firstTextFrameAt?: number;
  /** When the recorder saw the Enter keydown that sent the prompt (app runs). */
  sentAt?: number;
}

export interface BaselineResult {
  tokens: number;
  startedAt: number;
  endedAt: number;
}

interface RecorderApi {
  stop(): Recording;
}

declare global {
  interface Window {
    __benchRecorder?: RecorderApi;
  }
}

/** Starts recording; `selector` is the element whose updates count (may appear later). */
export async function startRecorder(page: Page, selector: string): Promise<void> {
  await page.evaluate((watchSelector) => {
    const recording: Recording = {
      frames: [],
      loafs: [],
      updates: [],
      startedAt: performance.now(),
      stoppedAt: 0,
    };
    let running = true;
    // A message posted from a rAF callback runs once that frame is rendered: "after paint".
    // A change made before that point (in a task, or in a rAF callback of the frame) is painted
    // by then, so the first such moment after a change is when it reached the screen.
    let waitingForPaint = false;
    const afterFrame = new MessageChannel();
    afterFrame.port1.onmessage = () => {
      if (!waitingForPaint) return;
      waitingForPaint = false;
      recording.firstTextFrameAt = performance.now();
    };
    const onFrame = (time: number) => {
      if (!running) return;
      recording.frames.push(time);
      afterFrame.port2.postMessage(0);
      requestAnimationFrame(onFrame);
    };
    requestAnimationFrame(onFrame);
    const loafObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const blocking = (entry as PerformanceEntry & { blockingDuration?: number }).blockingDuration ?? 0;
        recording.loafs.push({ start: entry.startTime, duration: entry.duration, blocking });
      }
    });
    loafObserver.observe({ type: 'long-animation-frame', buffered: false });
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && recording.sentAt === undefined) recording.sentAt = performance.now();
    };
    document.addEventListener('keydown', onKey, true);
    // The whole document is watched (the answer element does not exist yet); only mutations
    // inside an element matching the selector count as updates.
    const mutationObserver = new MutationObserver((records) => {
      const now = performance.now();
      let counted = false;
      for (const record of records) {
        const node = record.target instanceof Element ? record.target : record.target.parentElement;
        const target = node?.closest(watchSelector);
        if (!target) continue;
        if (!counted) recording.updates.push(now);
        counted = true;
        if (recording.firstTextAt === undefined && (target.textContent ?? '') !== '') {
          recording.firstTextAt = now;
          waitingForPaint = true;
        }
        if (recording.firstTextAt !== undefined) break;
      }
    });
    mutationObserver.observe(document.body, { subtree: true, childList: true, characterData: true });
    window.__benchRecorder = {
      stop() {
        running = false;
        recording.stoppedAt = performance.now();
        loafObserver.disconnect();
        mutationObserver.disconnect();
        document.removeEventListener('keydown', onKey, true);
        return recording;
      },
    };
  }, selector);
}

export async function stopRecorder(page: Page): Promise<Recording> {
  // Lets the last frame and long-animation-frame entries land first.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  return page.evaluate(() => {
    const recorder = window.__benchRecorder;
    if (!recorder) throw new Error('no recorder running');
    return recorder.stop();
  });
}

/** The baseline's <pre>, over the whole page. */
const overlayStyle =
  'position:fixed;inset:0;z-index:99999;margin:0;overflow:auto;white-space:pre-wrap;background:#fff;color:#000;font:13px/1.4 monospace';

interface AnswerRequest {
  url: string;
  body: string;
  apiKey: string;
}

/**
 * Posts the request and hands the answer's text to `onText` as each network read brings it
 * (decode, split events, JSON.parse), with the number of content chunks it held. The baseline
 * runs it in the page and the floor in a worker, so it is passed there as source: it uses
 * nothing from outside its body.
 */
async function streamAnswerText(request: AnswerRequest, onText: (text: string, chunks: number) => void): Promise<void> {
  const response = await fetch(request.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${request.apiKey}` },
    body: request.body,
  });
  if (!response.body) throw new Error('no body');
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let text = '';
    let chunks = 0;
    let end = buffer.indexOf('\n\n');
    while (end !== -1) {
      const event = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      end = buffer.indexOf('\n\n');
      if (!event.startsWith('data: ') || event === 'data: [DONE]') continue;
      const chunk = JSON.parse(event.slice(6)) as { choices?: { delta?: { content?: string | null } }[] };
      const content = chunk.choices?.[0]?.delta?.content;
      if (content) {
        text += content;
        chunks++;
      }
    }
    if (text) onText(text, chunks);
  }
}

/** A fresh `#bench-baseline` <pre> over the whole page (runs in the page: serialized). */
function openOverlay(style: string): HTMLPreElement {
  const pre = document.createElement('pre');
  pre.id = 'bench-baseline';
  pre.style.cssText = style;
  document.body.append(pre);
  return pre;
}

/**
 * Runs `inPage(streamAnswerText, pre, arg)` in the page, `pre` being a fresh overlay
 * (`openOverlay`). The functions go as source: serialized code cannot import.
 */
function evaluateOverOverlay<Arg, Result>(
  page: Page,
  inPage: (stream: typeof streamAnswerText, pre: HTMLPreElement, arg: Arg) => Promise<Result>,
  arg: Arg,
): Promise<Result> {
  return page.evaluate<Result>(
    `(${inPage.toString()})(${streamAnswerText.toString()}, (${openOverlay.toString()})(${JSON.stringify(overlayStyle)}), ${JSON.stringify(arg)})`,
  );
}

/**
 * The baseline: a plain <pre> over the page that appends the answer's text as a raw fetch
 * reader receives it (decode, split events, JSON.parse, append). Needs `[[fake:lf]]` prompts.
 */
export function runBaseline(page: Page, request: AnswerRequest): Promise<BaselineResult> {
  return evaluateOverOverlay(
    page,
    async (stream, pre, answer) => {
      const startedAt = performance.now();
      let tokens = 0;
      await stream(answer, (text, chunks) => {
        tokens += chunks;
        pre.append(text);
      });
      return { tokens, startedAt, endedAt: performance.now() };
    },
    request,
  );
}

export async function removeBaseline(page: Page): Promise<void> {
  await page.evaluate(() => document.getElementById('bench-baseline')?.remove());
}

/**
 * The floor of showing the answer at the app's cadence: a worker reads the same bytes (fetch,
 * decode, split events, JSON.parse) and posts the text gathered at most once per `intervalMs`
 * (the first text at once); the page appends each message as a new block of plain text, so an
 * update lays out only its own lines. No markdown, no framework: what any page pays to show the
 * text that often. Needs `[[fake:lf]]` prompts.
 */
export function runFloor(page: Page, request: AnswerRequest, intervalMs: number): Promise<BaselineResult> {
  return evaluateOverOverlay(
    page,
    async (stream, pre, { intervalMs, ...answer }) => {
      // The worker's code: it gets the reader as source too.
      const inWorker = (read: typeof stream, answer: AnswerRequest, intervalMs: number) => {
        const post = (message: unknown) => (self as unknown as Worker).postMessage(message);
        let pending = '';
        let tokens = 0;
        let lastPostAt = Number.NEGATIVE_INFINITY;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const send = () => {
          timer = undefined;
          lastPostAt = performance.now();
          post({ text: pending });
          pending = '';
        };
        void read(answer, (text, chunks) => {
          pending += text;
          tokens += chunks;
          if (timer !== undefined) return;
          if (lastPostAt === Number.NEGATIVE_INFINITY) send();
          else timer = setTimeout(send, Math.max(0, lastPostAt + intervalMs - performance.now()));
        }).then(() => {
          if (timer !== undefined) clearTimeout(timer);
          if (pending) send();
          post({ done: true, tokens });
        });
      };
      const source = URL.createObjectURL(
        new Blob([`(${inWorker.toString()})(${stream.toString()}, ${JSON.stringify(answer)}, ${intervalMs})`], {
          type: 'text/javascript',
        }),
      );
      const startedAt = performance.now();
      const worker = new Worker(source);
      const tokens = await new Promise<number>((resolve) => {
        worker.onmessage = (event: MessageEvent<{ text?: string; done?: boolean; tokens?: number }>) => {
          if (event.data.done) return resolve(event.data.tokens ?? 0);
          const block = document.createElement('div');
          block.textContent = event.data.text ?? '';
          pre.append(block);
        };
      });
      worker.terminate();
      URL.revokeObjectURL(source);
      return { tokens, startedAt, endedAt: performance.now() };
    },
    { ...request, intervalMs },
  );
}
