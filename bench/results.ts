// One benchmark row and where the benchmark files put their rows; the results reporter
// (bench/results-reporter.ts) gathers them into bench/results.md and bench/results.json.
import fs from 'node:fs';
import path from 'node:path';

export interface ResultRow {
  /** Which benchmark (1–5 of issue 9) the row belongs to. */
  group: string;
  figure: string;
  unit: string;
  project: number;
  /** The baseline measured in the same run, when the figure has one. */
  baseline?: number;
  baselineLabel?: string;
  /** How the ratio reads, e.g. `baseline / project` for a speed-up. */
  ratio?: number;
  ratioLabel?: string;
  /** The target in words, e.g. `≥ 0.9×`. */
  target: string;
  pass: boolean;
  note?: string;
}

export const benchDir = path.dirname(new URL(import.meta.url).pathname);
export const rowsDir = path.join(benchDir, '.tmp', 'rows');

/** Writes the rows of one benchmark file (replacing that file's rows from an earlier run). */
export function recordRows(name: string, rows: ResultRow[]): void {
  fs.mkdirSync(rowsDir, { recursive: true });
  fs.writeFileSync(path.join(rowsDir, `${name}.json`), JSON.stringify(rows, null, 2));
}

export function readRows(): ResultRow[] {
  if (!fs.existsSync(rowsDir)) return [];
  return fs
    .readdirSync(rowsDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .flatMap((file) => JSON.parse(fs.readFileSync(path.join(rowsDir, file), 'utf8')) as ResultRow[]);
}
