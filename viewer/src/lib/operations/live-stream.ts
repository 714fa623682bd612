import type { LiveAlarmEvent, LiveCaseEvent, LiveObservationsEvent } from '../api/live-types.ts';

/** Where the connection to the live stream is. */
export type LiveStreamStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

/** What the twin does with each kind of event. */
export interface LiveStreamHandlers {
  observations(data: LiveObservationsEvent): void;
  alarm(data: LiveAlarmEvent): void;
  case(data: LiveCaseEvent): void;
  /** The server no longer has the events after the last one seen: reload everything. */
  reset(): void;
  /** The server follows from `lastId` on; events after it will come. */
  ready(lastId: number): void;
  status(status: LiveStreamStatus): void;
}

/** The part of EventSource the stream uses, so tests can pass their own. */
export interface LiveEventSource {
  addEventListener(type: string, listener: (event: Event) => void): void;
  close(): void;
}

/** Makes an event source for a URL; `new EventSource(url)` in the browser. */
export type LiveEventSourceFactory = (url: string) => LiveEventSource;

/** Options of {@link LiveStream}. */
export interface LiveStreamOptions {
  /** Wait before opening a new connection after an error, ms. */
  reopenMs: number;
}

export const LIVE_STREAM_DEFAULTS: Readonly<LiveStreamOptions> = Object.freeze({ reopenMs: 2000 });

/**
 * The viewer's end of `GET /api/live/stream`. After an error the source is closed and a new one
 * opened with `?after=` the last id seen, so the server replays what was missed (or says
 * `reset`). EventSource's own reconnection is not relied on: it resumes only from an event's
 * `id`, not from the id the `ready` event names when nothing has come yet, and it gives up for
 * good on an error status (a server restarting behind a proxy).
 */
export class LiveStream {
  private source: LiveEventSource | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastId: number | undefined;
  private current: LiveStreamStatus = 'closed';
  private stopped = false;

  constructor(
    private readonly url: string,
    private readonly handlers: LiveStreamHandlers,
    private readonly createSource: LiveEventSourceFactory = (url) => new EventSource(url),
    private readonly options: LiveStreamOptions = LIVE_STREAM_DEFAULTS,
  ) {}

  /** Where the connection is. */
  get status(): LiveStreamStatus {
    return this.current;
  }

  /** The id of the last event received, if any. */
  get lastEventId(): number | undefined {
    return this.lastId;
  }

  /** Opens the stream. */
  start(): void {
    this.stopped = false;
    this.open();
  }

  /** Closes the stream for good. */
  close(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.source?.close();
    this.source = undefined;
    this.setStatus('closed');
  }

  private open(): void {
    const url = new URL(this.url);
    if (this.lastId !== undefined) url.searchParams.set('after', String(this.lastId));
    this.setStatus(this.lastId === undefined ? 'connecting' : 'reconnecting');
    const source = this.createSource(url.href);
    this.source = source;
    source.addEventListener('open', () => this.setStatus('open'));
    source.addEventListener('error', () => {
      if (source !== this.source) return;
      source.close();
      this.setStatus('reconnecting');
      if (this.timer) clearTimeout(this.timer);
      if (!this.stopped) this.timer = setTimeout(() => this.open(), this.options.reopenMs);
    });
    const on = (kind: 'observations' | 'alarm' | 'case' | 'reset' | 'ready', take: (data: any) => void) =>
      source.addEventListener(kind, (event) => {
        const message = event as MessageEvent<string>;
        if (/^\d+$/.test(message.lastEventId ?? '')) this.lastId = Number(message.lastEventId);
        let data: unknown;
        try {
          data = JSON.parse(message.data);
        } catch {
          console.warn(`viewer: a live ${kind} event could not be read`, message.data);
          return;
        }
        take(data);
      });
    on('observations', (data: LiveObservationsEvent) => this.handlers.observations(data));
    on('alarm', (data: LiveAlarmEvent) => this.handlers.alarm(data));
    on('case', (data: LiveCaseEvent) => this.handlers.case(data));
    on('reset', () => this.handlers.reset());
    on('ready', (data: { lastId?: number }) => {
      this.setStatus('open');
      if (typeof data.lastId === 'number') this.lastId = Math.max(this.lastId ?? 0, data.lastId);
      this.handlers.ready(data.lastId ?? 0);
    });
  }

  private setStatus(status: LiveStreamStatus): void {
    if (status === this.current) return;
    this.current = status;
    this.handlers.status(status);
  }
}
