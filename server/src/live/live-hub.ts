/**
 * One process's view of the live stream. Events live in `live_events`; the hub reads what is
 * new when `cimtwin_live` is notified (by this process or any other on the same database), or
 * at the latest every `pollMs`, and hands it to its subscribers in id order. A subscriber that
 * joins with the last id it saw first reads what it missed from the table, then follows live,
 * with nothing lost or repeated between the two.
 */
import type { Knex } from 'knex';
import type { Logger } from '../logger.ts';
import type { ListenFunction } from '../db/open-database.ts';
import { LIVE_CHANNEL, type LiveEvent } from './live-event.ts';
import { liveEventBounds, pruneLiveEvents, readLiveEvents } from './read-live-events.ts';

export interface LiveHubOptions {
  /** LISTEN on the database; without it the hub polls. */
  listen?: ListenFunction;
  /** Longest wait between reads, ms (a lost notification costs at most this). */
  pollMs?: number;
  /** Events kept for resuming clients, hours. */
  keepHours?: number;
  logger?: Logger;
}

export const LIVE_HUB_DEFAULTS = { pollMs: 1000, keepHours: 24 } as const;

/** A subscriber: gets events in id order. */
export type LiveListener = (event: LiveEvent) => void;

export class LiveHub {
  private readonly listeners = new Set<LiveListener>();
  private lastId = 0;
  private started: Promise<void> | undefined;
  private reading: Promise<void> | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private pruner: NodeJS.Timeout | undefined;
  private unlisten: (() => Promise<void>) | undefined;
  private closed = false;

  constructor(
    private readonly knex: Knex,
    private readonly options: LiveHubOptions = {},
  ) {}

  /** Starts following the table from its newest event; called by the first subscription. */
  start(): Promise<void> {
    this.started ??= (async () => {
      this.lastId = (await liveEventBounds(this.knex)).newest;
      if (this.options.listen) {
        try {
          this.unlisten = await this.options.listen(LIVE_CHANNEL, () => this.poke());
        } catch (error) {
          this.options.logger?.warn({ err: error }, 'live stream: LISTEN failed, polling only');
        }
      }
      const poll = () => {
        if (this.closed) return;
        this.poke();
        this.timer = setTimeout(poll, this.options.pollMs ?? LIVE_HUB_DEFAULTS.pollMs);
        this.timer.unref();
      };
      poll();
      const keepHours = this.options.keepHours ?? LIVE_HUB_DEFAULTS.keepHours;
      this.pruner = setInterval(() => void pruneLiveEvents(this.knex, keepHours).catch(() => undefined), 600_000);
      this.pruner.unref();
    })();
    return this.started;
  }

  /**
   * Subscribes `listener`. With `afterId`, events after it are replayed first (from the table),
   * then live ones follow. Resolves to an unsubscribe function and whether `afterId` was older
   * than the oldest event kept (the client then reloads its state instead of replaying).
   */
  async subscribe(listener: LiveListener, afterId?: number): Promise<{ unsubscribe: () => void; gap: boolean; lastId: number }> {
    await this.start();
    // Live events wait in a buffer while the missed ones are read from the table; each event
    // reaches the listener once, in id order, whichever way it came.
    let last = afterId ?? this.lastId;
    let buffer: LiveEvent[] | null = [];
    const deliver = (event: LiveEvent) => {
      if (event.id <= last) return;
      last = event.id;
      listener(event);
    };
    const wrapper: LiveListener = (event) => (buffer ? buffer.push(event) : deliver(event));
    this.listeners.add(wrapper);
    let gap = false;
    try {
      if (afterId !== undefined && afterId < this.lastId) {
        const { oldest } = await liveEventBounds(this.knex);
        gap = oldest === null || afterId < oldest - 1;
        if (gap && oldest !== null) last = oldest - 1;
        for (;;) {
          const events = await readLiveEvents(this.knex, last);
          if (events.length === 0) break;
          events.forEach(deliver);
        }
      }
    } catch (error) {
      this.listeners.delete(wrapper);
      throw error;
    }
    const waiting = buffer;
    buffer = null;
    waiting.forEach(deliver);
    return { unsubscribe: () => this.listeners.delete(wrapper), gap, lastId: last };
  }

  /** Reads what is new now (after a notification, or to flush in tests). */
  poke(): Promise<void> {
    if (this.reading) {
      this.again = true;
      return this.reading;
    }
    this.reading = (async () => {
      try {
        do {
          this.again = false;
          for (;;) {
            const events = await readLiveEvents(this.knex, this.lastId);
            if (events.length === 0) break;
            for (const event of events) {
              this.lastId = event.id;
              for (const listener of this.listeners) listener(event);
            }
          }
        } while (this.again && !this.closed);
      } catch (error) {
        if (!this.closed) this.options.logger?.warn({ err: error }, 'live stream: reading events failed');
      } finally {
        this.reading = undefined;
      }
    })();
    return this.reading;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.pruner) clearInterval(this.pruner);
    this.listeners.clear();
    await this.reading;
    await this.unlisten?.();
  }
}
