// One measured streaming run — the app's chat view or the baseline <pre> — in a fresh, warmed-up
// page: frames, long animation frames, main-thread time per token, first vs last tenth of updates.
import type { Browser, Page } from '@playwright/test';
import { chatRequest, connectToFake, newChat, openApp, sendPrompt, waitForAnswerEnd, waitForStreamEnd } from './app-driver.ts';
import { readCpuTimes, stealPercent } from './cpu-steal.ts';
import { markClock, startMainThreadTrace, stopMainThreadTrace } from './main-thread-trace.ts';
import { runBaseline, runFloor, startRecorder, stopRecorder } from './page-probes.ts';
import { max, sum } from './stats.ts';
// eslint-disable-next-line no-restricted-imports -- the benchmarks reuse the e2e scroller probe (outside src/, no alias)
import { distanceToEnd } from '../e2e/distance-to-end.ts';
import { streamUpdateIntervalMs } from '@/lib/stream-cadence';

/** `floor`: the least any page pays to show the same text at the app's cadence (`runFloor`). */
export type Subject = 'app' | 'baseline' | 'floor';

export interface RenderRunOptions {
  subject: Subject;
  prompt: string;
  /** Chromium's CPU throttling rate (1 = none). */
  cpuRate: number;
}

export interface RenderRunResult {
  tokens: number;
  durationMs: number;
  frames: number;
  maxFrameMs: number;
  /** Share of frames longer than 33 ms, in percent. */
  slowFramePercent: number;
  longAnimationFrames: number;
  longestAnimationFrameMs: number;
  /** Main-thread busy time (wall time of its tasks) over the stream, raw. */
  busyMs: number;
  /** All main-thread work the stream cost (CPU time): raw minus what the same page spends idle. */
  netCpuMs: number;
  /** The work tokens cause (main-thread-trace.ts `tokenWorkBetween`), CPU time, net of the idle page. */
  netTokenWorkMs: number;
  tokenWorkUsPerToken: number;
  updates: number;
  /** Mean main-thread time per update, last tenth of the updates over the first tenth. */
  lastTenthOverFirst: number;
  /** CPU the hypervisor took during the stream, in percent (NaN where unknown). */
  stealPercent: number;
}

export const answerSelector = '[data-testid="answer"]';

/** The mean cost of updates [from, to), each update charged with the main-thread work since the previous one. */
function meanUpdateCost(updates: number[], from: number, to: number, busy: (a: number, b: number) => number): number {
  const costs: number[] = [];
  for (let i = Math.max(1, from); i < to; i++) costs.push(busy(updates[i - 1] as number, updates[i] as number));
  return costs.length === 0 ? Number.NaN : sum(costs) / costs.length;
}

export async function measureRenderRun(browser: Browser, options: RenderRunOptions): Promise<RenderRunResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await openApp(page);
    await connectToFake(page);
    // Warm-up: a short answer with code and a table loads the lazy modules and warms the JIT.
    await sendPrompt(page, '[[fake:long=400]] [[fake:lf]] warm-up');
    await waitForAnswerEnd(page);
    // Waiting as the measured run will loads Playwright's helper script into the page now:
    // evaluated on its first use (330 KB), it took 40-90 ms of main thread at 4x CPU in the
    // first frames of the measured answer.
    await waitForStreamEnd(page);
    await newChat(page);

    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    if (options.cpuRate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuRate });
    await startMainThreadTrace(browser, page);
    const syncAt = await markClock(page);
    const selector = options.subject === 'app' ? answerSelector : '#bench-baseline';
    await startRecorder(page, selector);
    // One idle second first: what the page costs without a stream (frames, the recorder, the
    // trace itself, a busy machine) is subtracted from the stream's busy time.
    const idleFrom = await page.evaluate(() => performance.now());
    await page.waitForTimeout(1000);
    const idleTo = await page.evaluate(() => performance.now());

    const cpuBefore = readCpuTimes();
    let tokens: number;
    let startedAt: number;
    if (options.subject === 'app') {
      await sendPrompt(page, options.prompt);
      await waitForStreamEnd(page);
      tokens = -1; // filled in from the fake's usage below
      startedAt = Number.NaN;
    } else {
      const request = chatRequest(options.prompt);
      const baseline =
        options.subject === 'floor' ? await runFloor(page, request, streamUpdateIntervalMs) : await runBaseline(page, request);
      tokens = baseline.tokens;
      startedAt = baseline.startedAt;
    }
    const steal = stealPercent(cpuBefore, readCpuTimes()) ?? Number.NaN;
    const recording = await stopRecorder(page);
    const timeline = await stopMainThreadTrace(browser, syncAt);
    if (options.cpuRate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    if (options.subject === 'app') await assertFollowedToEnd(page);

    if (options.subject === 'app') startedAt = recording.sentAt ?? recording.startedAt;
    const { updates } = recording;
    const lastUpdate = updates[updates.length - 1] ?? recording.stoppedAt;
    // The window ends with the frame that painted the last update.
    const endedAt = Math.min(recording.stoppedAt, lastUpdate + 50);
    const frameTimes = recording.frames.filter((time) => time >= startedAt && time <= endedAt);
    const deltas = frameTimes.slice(1).map((time, i) => time - (frameTimes[i] as number));
    const loafs = recording.loafs.filter((loaf) => loaf.start + loaf.duration >= startedAt && loaf.start <= endedAt);
    const busyMs = timeline.busyBetween(startedAt, endedAt);
    // What the page costs per idle millisecond is subtracted from the stream's figures.
    const net = (between: (from: number, to: number) => number) =>
      Math.max(0, between(startedAt, endedAt) - (between(idleFrom, idleTo) / (idleTo - idleFrom)) * (endedAt - startedAt));
    const netCpuMs = net(timeline.cpuBetween);
    const netTokenWorkMs = net(timeline.tokenWorkBetween);
    const tenth = Math.max(1, Math.floor(updates.length / 10));
    // CPU time, so that a moment without a core (other processes) is not charged to an update.
    const busy = (a: number, b: number) => timeline.cpuBetween(a, b);
    const first = meanUpdateCost(updates, 1, tenth + 1, busy);
    const last = meanUpdateCost(updates, updates.length - tenth, updates.length, busy);
    if (tokens < 0) tokens = await answerTokens(page, options.prompt);
    return {
      tokens,
      durationMs: endedAt - startedAt,
      frames: deltas.length,
      maxFrameMs: max(deltas),
      slowFramePercent: (100 * deltas.filter((delta) => delta > 33).length) / Math.max(1, deltas.length),
      longAnimationFrames: loafs.length,
      longestAnimationFrameMs: loafs.length === 0 ? 0 : max(loafs.map((loaf) => loaf.duration)),
      busyMs,
      netCpuMs,
      netTokenWorkMs,
      tokenWorkUsPerToken: (netTokenWorkMs * 1000) / tokens,
      updates: updates.length,
      lastTenthOverFirst: last / first,
      stealPercent: steal,
    };
  } finally {
    await context.close();
  }
}

/**
 * The conversation still shows the end of the answer. A view that stopped following would
 * have had the answer grow off screen, where the browser skips most of its rendering: such a
 * run measures something no reader sees (it once did, in every fast run).
 */
async function assertFollowedToEnd(page: Page): Promise<void> {
  const distance = await distanceToEnd(page.locator(answerSelector).last());
  if (!(distance < 120)) throw new Error(`the view stopped following the answer (${distance} px from its end): this run measured an answer growing off screen`);
}

/** How many content tokens the fake streamed for this prompt (its recorded usage). */
export async function answerTokens(page: Page, prompt: string): Promise<number> {
  const { url } = chatRequest(prompt);
  const origin = new URL(url).origin;
  const marker = prompt.slice(prompt.lastIndexOf(']') + 1).trim();
  const response = await page.request.get(`${origin}/__fake/requests?contains=${encodeURIComponent(marker)}`);
  const entries = (await response.json()) as { method: string; response?: { usage?: { completion_tokens?: number } } }[];
  const posted = entries.filter((entry) => entry.method === 'POST');
  return posted[posted.length - 1]?.response?.usage?.completion_tokens ?? Number.NaN;
}
