// Every request to /v1/chat/completions, as received, plus a summary of what was answered.
// Specs find their own requests by a unique token in the prompt: `GET /__fake/requests?contains=`.
import type { IncomingHttpHeaders } from 'node:http';
import type { Usage } from './sse.ts';

export interface ResponseSummary {
  status: number;
  stream: boolean;
  /**
   * complete: all bytes sent; client-closed: the client went away first (Stop, reload);
   * dropped: `drop-after` cut the socket; stream-error: ended after an error chunk;
   * http-error: answered with an error status.
   */
  outcome: 'pending' | 'complete' | 'client-closed' | 'dropped' | 'stream-error' | 'http-error';
  usage?: Usage;
  reasoning?: string;
  content?: string;
  /** Data chunks written (for streams). */
  chunksSent?: number;
}

export interface RecordedRequest {
  seq: number;
  /** Milliseconds since the epoch. */
  time: number;
  method: string;
  path: string;
  query: string;
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** The parsed JSON body, or null when the body was empty or not JSON. */
  body: unknown;
  response?: ResponseSummary;
}

const maxEntries = 5000;

export class RequestLog {
  private entries: RecordedRequest[] = [];
  private nextSeq = 1;

  add(entry: Omit<RecordedRequest, 'seq'>): RecordedRequest {
    const recorded = { ...entry, seq: this.nextSeq++ };
    this.entries.push(recorded);
    if (this.entries.length > maxEntries) this.entries.splice(0, this.entries.length - maxEntries);
    return recorded;
  }

  /** The recorded requests whose body contains `text` (all of them without `text`), oldest first. */
  find(text?: string | null): RecordedRequest[] {
    if (!text) return [...this.entries];
    return this.entries.filter(
      (entry) =>
        entry.rawBody.includes(text) ||
        (entry.body !== null && JSON.stringify(entry.body).includes(text)),
    );
  }

  get size(): number {
    return this.entries.length;
  }

  clear(): void {
    this.entries = [];
  }
}
