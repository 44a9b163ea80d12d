// 1. SSE parsing: bytes → chat events over several MB of realistic chunks at 64 B, 1 KB and
// 16 KB, this project's decoder against eventsource-parser's feed() path and its web-streams
// pipeline, interleaved in one run (the order rotates every round), medians over the rounds.
// Plus the growth check: one huge event fed in 64 B chunks, 4 MB against 1 MB.
import { expect, test } from '@playwright/test';
import { recordRows, type ResultRow } from './results.ts';
import { buildHugeEvent, buildSseCorpus, chunked } from './sse-corpus.ts';
import { decodeWithFeed, decodeWithProject, decodeWithStreams } from './sse-decoders.ts';
import { median } from './stats.ts';

const corpusBytes = 4 * 1024 * 1024;
const chunkSizes = [64, 1024, 16 * 1024];
const rounds = 9;
const warmupRounds = 2;

type Runner = (chunks: readonly Uint8Array[]) => number | Promise<number>;

async function timed(run: Runner, chunks: readonly Uint8Array[]): Promise<{ ms: number; events: number }> {
  const start = performance.now();
  const events = await run(chunks);
  return { ms: performance.now() - start, events };
}

/** Runs every runner `rounds` times, rotating the order each round; the median time of each. */
async function interleaved(
  runners: Record<string, Runner>,
  chunks: readonly Uint8Array[],
  expectedEvents?: number,
): Promise<Record<string, number>> {
  const names = Object.keys(runners);
  const times: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = -warmupRounds; round < rounds; round++) {
    const order = names.map((_, i) => names[(i + round + warmupRounds) % names.length] as string);
    for (const name of order) {
      const { ms, events } = await timed(runners[name] as Runner, chunks);
      if (expectedEvents !== undefined) expect(events, `${name} events`).toBe(expectedEvents);
      if (round >= 0) times[name]?.push(ms);
    }
  }
  return Object.fromEntries(names.map((name) => [name, median(times[name] ?? [])]));
}

test('SSE parsing: bytes → chat events', async () => {
  const corpus = buildSseCorpus(corpusBytes);
  const megabytes = corpus.bytes.length / 1024 / 1024;
  // Text events + finish + usage.
  const expectedEvents = corpus.textEvents + 2;
  const rows: ResultRow[] = [];

  for (const size of chunkSizes) {
    const chunks = chunked(corpus.bytes, size);
    const result = await interleaved(
      { project: decodeWithProject, feed: decodeWithFeed, streams: decodeWithStreams },
      chunks,
      expectedEvents,
    );
    const project = result.project as number;
    const feed = result.feed as number;
    const streams = result.streams as number;
    const label = size >= 1024 ? `${size / 1024} KB` : `${size} B`;
    const note = `${megabytes.toFixed(1)} MB, ${corpus.textEvents.toLocaleString('en-US')} events`;
    rows.push(
      {
        group: '1 SSE parsing',
        figure: `throughput, ${label} chunks vs feed()`,
        unit: 'MB/s',
        project: megabytes / (project / 1000),
        baseline: megabytes / (feed / 1000),
        baselineLabel: 'eventsource-parser feed()',
        ratio: feed / project,
        ratioLabel: 'speed-up',
        target: '≥ 0.9×',
        pass: feed / project >= 0.9,
        note,
      },
      {
        group: '1 SSE parsing',
        figure: `throughput, ${label} chunks vs stream pipeline`,
        unit: 'MB/s',
        project: megabytes / (project / 1000),
        baseline: megabytes / (streams / 1000),
        baselineLabel: 'TextDecoderStream → EventSourceParserStream',
        ratio: streams / project,
        ratioLabel: 'speed-up',
        target: '≥ 3×',
        pass: streams / project >= 3,
      },
    );
  }

  // One huge event in 64 B chunks: a linear parser takes ~4× as long for 4× the bytes.
  const small = chunked(buildHugeEvent(1024 * 1024), 64);
  const large = chunked(buildHugeEvent(4 * 1024 * 1024), 64);
  const huge = await interleaved(
    {
      project1: decodeWithProject,
      project4: (chunks) => decodeWithProject(chunks === small ? large : chunks),
      feed1: decodeWithFeed,
      feed4: (chunks) => decodeWithFeed(chunks === small ? large : chunks),
    },
    small,
    2,
  );
  const growth = (huge.project4 as number) / (huge.project1 as number);
  const feedGrowth = (huge.feed4 as number) / (huge.feed1 as number);
  rows.push({
    group: '1 SSE parsing',
    figure: 'one huge event in 64 B chunks: time(4 MB) / time(1 MB)',
    unit: '×',
    project: growth,
    baseline: feedGrowth,
    baselineLabel: 'feed()',
    target: '≈ 4 (≤ 6; quadratic would be 16)',
    pass: growth <= 6,
    note: `${(huge.project4 as number).toFixed(0)} ms for 4 MB`,
  });

  recordRows('1-sse-parsing', rows);
  for (const row of rows) console.log(`${row.figure}: ${row.project.toFixed(2)} ${row.unit} (ratio ${row.ratio?.toFixed(2) ?? '—'})`);
});
