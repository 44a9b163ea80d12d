// 3. Time to first token: from the prompt leaving (Enter in the app; the fetch() call in the
// baseline) to the frame after the first answer text reached the DOM, against a raw fetch
// reader in the same page that receives the same bytes and appends them to a <pre>.
import { test } from '@playwright/test';
import { chatRequest, connectToFake, newChat, openApp, sendPrompt, waitForAnswerEnd, waitForStreamEnd } from './app-driver.ts';
import { removeBaseline, runBaseline, startRecorder, stopRecorder } from './page-probes.ts';
import { answerSelector } from './render-run.ts';
import { recordRows } from './results.ts';
import { median } from './stats.ts';

const rounds = Number(process.env.BENCH_TTFT_ROUNDS ?? (process.env.BENCH_QUICK ? 4 : 15));

test('time to first token: chat view vs a raw fetch reader', async ({ page }) => {
  await openApp(page);
  await connectToFake(page);
  await sendPrompt(page, '[[fake:long=200]] [[fake:lf]] warm-up');
  await waitForAnswerEnd(page);
  // Loads Playwright's helper script for the measured waits now, not after the first Enter.
  await waitForStreamEnd(page);

  const app: number[] = [];
  const baseline: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const prompt = `[[fake:lf]] bench-ttft-${round}`;
    const order = round % 2 === 0 ? (['app', 'baseline'] as const) : (['baseline', 'app'] as const);
    for (const subject of order) {
      if (subject === 'app') {
        await newChat(page);
        await startRecorder(page, answerSelector);
        await sendPrompt(page, prompt);
        await waitForStreamEnd(page);
        const recording = await stopRecorder(page);
        app.push((recording.firstTextFrameAt ?? Number.NaN) - (recording.sentAt ?? Number.NaN));
      } else {
        await startRecorder(page, '#bench-baseline');
        const result = await runBaseline(page, chatRequest(prompt));
        const recording = await stopRecorder(page);
        await removeBaseline(page);
        baseline.push((recording.firstTextFrameAt ?? Number.NaN) - result.startedAt);
      }
    }
  }
  const appMedian = median(app);
  const baselineMedian = median(baseline);
  const extra = appMedian - baselineMedian;
  console.log({ app, baseline });
  recordRows('3-first-token', [
    {
      group: '3 time to first token',
      figure: 'first answer text painted, from Enter / fetch()',
      unit: 'ms',
      project: appMedian,
      baseline: baselineMedian,
      baselineLabel: 'raw fetch reader → <pre>',
      target: '—',
      pass: true,
      note: `${rounds} rounds each, interleaved`,
    },
    {
      group: '3 time to first token',
      figure: 'extra time to first token (median app − median baseline)',
      unit: 'ms',
      project: extra,
      target: '≤ 16 ms',
      pass: extra <= 16,
    },
  ]);
});
