// A Playwright reporter that, once every benchmark has run, turns their rows into
// bench/results.md (a table) and bench/results.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FullResult, Reporter } from '@playwright/test/reporter';
import { readCpuTimes, stealNote, stealPercent, type CpuTimes } from './cpu-steal.ts';
import { benchDir, readRows, rowsDir, type ResultRow } from './results.ts';

function format(value: number | undefined, unit = ''): string {
  if (value === undefined || Number.isNaN(value)) return '—';
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  const text = value.toLocaleString('en-US', { maximumFractionDigits: digits });
  return unit ? `${text} ${unit}` : text;
}

function table(rows: ResultRow[]): string {
  const lines = [
    '| # | figure | this project | baseline | ratio | target | result |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    const baseline =
      row.baseline === undefined
        ? '—'
        : `${format(row.baseline, row.unit)}${row.baselineLabel ? ` (${row.baselineLabel})` : ''}`;
    const ratio =
      row.ratio === undefined
        ? '—'
        : `${format(row.ratio)}×${row.ratioLabel ? ` (${row.ratioLabel})` : ''}`;
    const figure = row.note ? `${row.figure} — ${row.note}` : row.figure;
    lines.push(
      `| ${row.group} | ${figure} | ${format(row.project, row.unit)} | ${baseline} | ${ratio} | ${row.target} | ${row.pass ? 'pass' : '**FAIL**'} |`,
    );
  }
  return lines.join('\n');
}

export default class ResultsReporter implements Reporter {
  private startedAt = Date.now();
  private cpuAtStart: CpuTimes | null = null;

  onBegin(): void {
    this.cpuAtStart = readCpuTimes();
    // Rows of an earlier run must not be reported as this run's.
    fs.rmSync(rowsDir, { recursive: true, force: true });
    this.startedAt = Date.now();
  }

  onEnd(result: FullResult): void {
    const rows = readRows().sort((a, b) => a.group.localeCompare(b.group));
    const machine = {
      date: new Date().toISOString(),
      node: process.version,
      cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
      platform: `${os.platform()} ${os.release()}`,
      durationSeconds: Math.round((Date.now() - this.startedAt) / 1000),
      status: result.status,
      cpuStealPercent: stealPercent(this.cpuAtStart, readCpuTimes()),
    };
    fs.writeFileSync(
      path.join(benchDir, 'results.json'),
      `${JSON.stringify({ machine, rows }, null, 2)}\n`,
    );
    const failed = rows.filter((row) => !row.pass).length;
    const markdown = [
      '# Benchmark results',
      '',
      `Written by \`npm run bench\` on ${machine.date} (${machine.cpus}, Node ${machine.node}, run took ${machine.durationSeconds} s${stealNote(machine.cpuStealPercent)}, runner status: ${machine.status}).`,
      'Every figure is a median over repeated runs with the project and its baseline interleaved in one run; see bench/README.md for what each one measures.',
      '',
      table(rows),
      '',
      `${rows.length - failed} of ${rows.length} figures meet their target.`,
      '',
    ].join('\n');
    fs.writeFileSync(path.join(benchDir, 'results.md'), markdown);
    console.log(`\n${markdown}`);
  }
}
