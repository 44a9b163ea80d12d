// Number formatting for the per-turn figures.

export function formatSeconds(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

// One formatter for all calls: `toLocaleString` sets up a new one each time, a cost that shows
// when a long conversation opens (every turn's figures at once).
const integerFormat = new Intl.NumberFormat('en-US');

export function formatInteger(value: number): string {
  return integerFormat.format(Math.round(value));
}

export function formatUsd(value: number): string {
  if (value === 0) return '$0';
  if (value < 0.01) return `$${value.toPrecision(2)}`;
  return `$${value.toFixed(3)}`;
}

export function formatRate(tokensPerSecond: number): string {
  return `${tokensPerSecond >= 100 ? Math.round(tokensPerSecond) : tokensPerSecond.toFixed(1)} tok/s`;
}
