// The Inspector of one assistant turn: the request as sent, the response head, the raw SSE events
// with their arrival times. Reads the in-memory capture (store/turn-captures) and follows it live.
// The key is masked in the capture already; every text shown is redacted again with the current
// key as a second guard.
import { useMemo, useState, type ReactNode } from 'react';
import { redactSecrets } from '@/api/http-error';
import { ClipboardButton } from '@/components/clipboard-button';
import { Dialog } from '@/components/dialog';
import { useSettingsStore } from '@/store/settings-store';
import { useTurnCaptures, type TurnCapture } from '@/store/turn-captures';
import { EVENT_KINDS, kindOf, prettyData, toSseText, type EventKind } from '@/features/inspector/classify-event';
import { EventList, type ListedEvent } from '@/features/inspector/event-list';

type Filter = 'all' | EventKind;

function Section({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <section className="space-y-1.5">
      <div className="flex items-center justify-between gap-2">
        <h3 className="text-sm font-semibold">{title}</h3>
        {action}
      </div>
      {children}
    </section>
  );
}

const preClass = 'max-h-56 overflow-auto rounded-xl border border-line bg-surface-2 p-3 font-mono text-xs leading-relaxed whitespace-pre-wrap break-all';

function headersText(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
}

function CaptureView({ capture }: { capture: TurnCapture }) {
  const apiKey = useSettingsStore((state) => state.apiKey);
  const redact = useMemo(() => {
    const secrets = apiKey.trim() ? [apiKey, apiKey.trim()] : [];
    return (text: string) => (secrets.length ? redactSecrets(text, secrets) : text);
  }, [apiKey]);
  const [filter, setFilter] = useState<Filter>('all');
  const [selected, setSelected] = useState<number>();

  const { events, revision } = capture;
  // `events` grows in place; `revision` says when to look again.
  const all = useMemo<ListedEvent[]>(
    () => events.map((event, index) => ({ number: index + 1, event })),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [events, revision, events.length],
  );
  const counts = useMemo(() => {
    const result: Record<EventKind, number> = { reasoning: 0, content: 0, usage: 0, other: 0 };
    for (const { event } of all) result[kindOf(event)] += 1;
    return result;
  }, [all]);
  const items = useMemo(() => (filter === 'all' ? all : all.filter(({ event }) => kindOf(event) === filter)), [all, filter]);
  const chosen = selected === undefined ? undefined : all[selected - 1];
  const body = redact(JSON.stringify(capture.request.body, null, 2));
  const requestHeaders = redact(headersText(capture.request.headers));
  const response = capture.response;

  return (
    <div className="space-y-4">
      <p className="text-xs text-ink-muted">
        {capture.demo ? 'Served by the offline demo provider (same wire format). ' : ''}
        Sent {new Date(capture.sentAt).toLocaleTimeString()}. Times are milliseconds since the request was sent.
      </p>
      <Section title="Request" action={<ClipboardButton text={body} label="To clipboard: request body" />}>
        <p className="font-mono text-xs break-all">
          {capture.request.method} {redact(capture.request.url)}
        </p>
        <pre className={preClass} aria-label="Request headers">
          {requestHeaders}
        </pre>
        <pre className={preClass} aria-label="Request body" tabIndex={0}>
          {body}
        </pre>
      </Section>
      <Section
        title={response ? `Response: HTTP ${response.status}` : 'Response: waiting…'}
        action={response && <ClipboardButton text={redact(headersText(response.headers))} label="To clipboard: response headers" />}
      >
        {response ? (
          <pre className={preClass} aria-label="Response headers">
            {redact(headersText(response.headers)) || '(no headers the browser may read)'}
          </pre>
        ) : (
          <p className="text-sm text-ink-muted">No response yet, or the request failed before one (see the turn’s error).</p>
        )}
      </Section>
      <Section
        title={`Stream: ${all.length} event${all.length === 1 ? '' : 's'}`}
        action={<ClipboardButton text={() => redact(toSseText(items.map((item) => item.event)))} label="To clipboard: shown events" />}
      >
        <fieldset className="flex flex-wrap gap-1.5 text-xs">
          <legend className="sr-only">Show events</legend>
          {(['all', ...EVENT_KINDS] as const).map((kind) => (
            <label
              key={kind}
              className="relative inline-flex cursor-pointer items-center gap-1 rounded-full border border-line px-2 py-0.5 capitalize has-[:checked]:border-accent has-[:checked]:bg-accent/10 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent"
            >
              <input type="radio" name="event-filter" value={kind} checked={filter === kind} onChange={() => setFilter(kind)} className="absolute inset-0 cursor-pointer appearance-none rounded-full" />
              {kind} <span className="text-ink-muted tabular-nums">{kind === 'all' ? all.length : counts[kind]}</span>
            </label>
          ))}
        </fieldset>
        <EventList items={items} selected={selected} onSelect={setSelected} redact={redact} />
        {chosen && (
          <div className="space-y-1">
            <div className="flex items-center justify-between text-xs text-ink-muted">
              <span>
                Event {chosen.number} · +{Math.round(chosen.event.at)} ms · {kindOf(chosen.event)}
              </span>
              <ClipboardButton text={redact(chosen.event.data)} label="To clipboard: selected event" />
            </div>
            <pre className={preClass} aria-label={`Event ${chosen.number} data`}>
              {redact(prettyData(chosen.event.data))}
            </pre>
          </div>
        )}
      </Section>
    </div>
  );
}

function InspectorBody({ messageId }: { messageId: string }) {
  const capture = useTurnCaptures((state) => state.captures[messageId]);
  if (!capture) {
    return <p className="text-sm text-ink-muted">Not recorded: captures are kept in memory for turns of this session.</p>;
  }
  return <CaptureView capture={capture} />;
}

export function InspectorDialog({ messageId, open, onClose }: { messageId: string; open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} title="Turn inspector" onClose={onClose} wide>
      {open && <InspectorBody messageId={messageId} />}
    </Dialog>
  );
}
