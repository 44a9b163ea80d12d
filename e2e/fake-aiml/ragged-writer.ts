// Writes a response body the way a real network delivers it: in ragged pieces cut at seeded
// pseudo-random offsets — also inside multi-byte UTF-8 characters and between `\r` and `\n` —
// with a few milliseconds between writes. A client that assumes whole lines or whole
// characters per read breaks here, not in production.
import type { ServerResponse } from 'node:http';
import { randomInt, type Rng } from './prng.ts';

export interface Segment {
  bytes: Buffer;
  /** A pause after this segment (for `[[fake:slow=MS]]`); no write crosses a paused boundary. */
  pauseAfterMs: number;
}

export interface WritePiece {
  bytes: Buffer;
  /** How long to wait after writing this piece. */
  pauseAfterMs: number;
  /** Why the piece ends where it does, for the smoke spec. */
  cut: 'random' | 'utf8' | 'crlf' | 'segment' | 'end';
}

export interface PlanOptions {
  rng: Rng;
  /** Largest random piece; by default scaled so a response takes at most ~250 writes. */
  maxPiece?: number;
  /** How many forced cuts inside multi-byte characters and between CR and LF (each). */
  forcedCuts?: number;
}

function forcedOffsets(bytes: Buffer, rng: Rng, count: number) {
  const utf8: number[] = [];
  const crlf: number[] = [];
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i] ?? 0;
    // A lead byte of a 2–4 byte sequence: cutting right after it splits the character.
    if (byte >= 0xc0 && i + 1 < bytes.length) utf8.push(i + 1);
    if (byte === 0x0d && bytes[i + 1] === 0x0a) crlf.push(i + 1);
  }
  const pick = (offsets: number[]) => {
    const picked = new Set<number>();
    // Always the first one (so even a short response is cut inside a character), then random ones.
    if (offsets[0] !== undefined) picked.add(offsets[0]);
    for (let n = 1; n < count && offsets.length > 0; n += 1) {
      picked.add(offsets[randomInt(rng, 0, offsets.length - 1)] ?? 0);
    }
    return picked;
  };
  return { utf8: pick(utf8), crlf: pick(crlf) };
}

export function planWrites(segments: Segment[], options: PlanOptions): WritePiece[] {
  const { rng } = options;
  const bytes = Buffer.concat(segments.map((segment) => segment.bytes));
  if (bytes.length === 0) return [];
  const maxPiece = options.maxPiece ?? Math.max(24, Math.ceil((bytes.length * 2) / 250));

  const cuts = new Map<number, WritePiece['cut']>();
  const pauses = new Map<number, number>();
  let offset = 0;
  for (const segment of segments) {
    offset += segment.bytes.length;
    if (segment.pauseAfterMs > 0 && offset < bytes.length) {
      cuts.set(offset, 'segment');
      pauses.set(offset, segment.pauseAfterMs);
    }
  }
  const forced = forcedOffsets(bytes, rng, options.forcedCuts ?? 3);
  for (const at of forced.utf8) if (!cuts.has(at)) cuts.set(at, 'utf8');
  for (const at of forced.crlf) if (!cuts.has(at)) cuts.set(at, 'crlf');
  for (let at = randomInt(rng, 1, maxPiece); at < bytes.length; at += randomInt(rng, 1, maxPiece)) {
    if (!cuts.has(at)) cuts.set(at, 'random');
  }
  cuts.set(bytes.length, 'end');

  const pieces: WritePiece[] = [];
  let start = 0;
  for (const at of [...cuts.keys()].sort((a, b) => a - b)) {
    if (at <= start) continue;
    const cut = cuts.get(at) ?? 'random';
    const pauseAfterMs =
      pauses.get(at) ??
      (cut === 'utf8' || cut === 'crlf'
        ? randomInt(rng, 2, 5)
        : rng() < 0.4
          ? randomInt(rng, 1, 3)
          : 0);
    pieces.push({
      bytes: bytes.subarray(start, at),
      pauseAfterMs: cut === 'end' ? 0 : pauseAfterMs,
      cut,
    });
    start = at;
  }
  return pieces;
}

const sleep = (ms: number) =>
  new Promise<void>((resolve) => (ms > 0 ? setTimeout(resolve, ms) : setImmediate(resolve)));

/** Resolves once the piece is handed to the kernel, or once the connection is gone. */
export function writePiece(res: ServerResponse, bytes: Buffer): Promise<void> {
  return new Promise((resolve) => {
    if (res.destroyed || res.writableEnded) return resolve();
    const done = () => {
      res.off('close', done);
      resolve();
    };
    res.once('close', done);
    res.write(bytes, done);
  });
}

/** Writes the pieces in order; returns false if the client went away first. */
export async function writeRagged(res: ServerResponse, pieces: WritePiece[]): Promise<boolean> {
  let gone = false;
  const onClose = () => (gone = true);
  res.once('close', onClose);
  try {
    for (const piece of pieces) {
      if (gone || res.destroyed || res.writableEnded) return false;
      await writePiece(res, piece.bytes);
      if (piece.cut !== 'end') await sleep(piece.pauseAfterMs);
    }
    return !gone && !res.destroyed;
  } finally {
    res.off('close', onClose);
  }
}
