// The JavaScript a first visit must download before the app runs: dist/index.html's module
// entry and modulepreloads, plus every chunk they import statically — gzipped.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface BundleReport {
  initial: ChunkSize[];
  initialGzip: number;
  lazy: ChunkSize[];
}

const staticImport = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g;

function size(dist: string, file: string): ChunkSize {
  const code = fs.readFileSync(path.join(dist, file));
  return { file, bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

export function measureBundle(dist: string): BundleReport {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const roots = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="\/?([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/?([^"]+)"/g),
  ].map((match) => match[1] as string);
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = fs.readFileSync(path.join(dist, file), 'utf8');
    for (const match of code.matchAll(staticImport)) {
      queue.push(path.posix.join(path.posix.dirname(file), match[1] as string));
    }
  }
  const initial = [...seen].map((file) => size(dist, file));
  const lazy = fs
    .readdirSync(path.join(dist, 'assets'))
    .map((file) => `assets/${file}`)
    .filter((file) => file.endsWith('.js') && !seen.has(file))
    .map((file) => size(dist, file))
    .sort((a, b) => b.gzip - a.gzip);
  return { initial, initialGzip: initial.reduce((total, chunk) => total + chunk.gzip, 0), lazy };
}
