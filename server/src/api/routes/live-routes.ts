import { z } from 'zod';
import { defineRoute, type RouteDefinition } from '../define-route.ts';
import type { AppDeps } from '../app-deps.ts';
import { HttpError } from '../problem.ts';
import { LIVE_EVENT_KINDS, type LiveEvent, type LiveEventKind } from '../../live/live-event.ts';
import { LiveHub } from '../../live/live-hub.ts';
import { liveEventBounds, readLiveEvents } from '../../live/read-live-events.ts';

const Kinds = z
  .string()
  .optional()
  .transform((value, context) => {
    if (!value) return new Set<LiveEventKind>(LIVE_EVENT_KINDS);
    const kinds = value.split(',');
    const unknown = kinds.filter((kind) => !(LIVE_EVENT_KINDS as readonly string[]).includes(kind));
    if (unknown.length > 0) context.addIssue({ code: 'custom', message: `unknown kinds ${unknown.join(', ')}; use ${LIVE_EVENT_KINDS.join(', ')}` });
    return new Set(kinds as LiveEventKind[]);
  });

/** Seconds between keep-alive comments on an idle stream (proxies close silent connections). */
const HEARTBEAT_MS = 15_000;

/**
 * The live stream of observations, alarms and case changes as Server-Sent Events, and the same
 * events as JSON pages for clients that poll.
 */
export function liveRoutes(deps: AppDeps): RouteDefinition[] {
  const hub = () => (deps.live ??= new LiveHub(deps.knex, { logger: deps.logger }));
  return [
    defineRoute({
      method: 'get',
      path: '/live/stream',
      operationId: 'liveStream',
      summary: 'Server-Sent Events: observations, alarm and case changes; reconnecting with Last-Event-ID (or ?after=) replays what was missed',
      tags: ['Live'],
      query: z.object({ kinds: Kinds, after: z.coerce.number().int().min(0).optional().describe('resume after this event id') }),
      responses: { 200: { description: 'text/event-stream: `id`, `event` (observations, alarm, case, or reset when the gap is older than the events kept) and JSON `data`', contentType: 'text/event-stream' } },
      handler: async ({ query, req, res }) => {
        const header = req.get('last-event-id');
        const lastSeen = header !== undefined && /^\d+$/.test(header) ? Number(header) : query.after;
        res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache, no-transform', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' });
        res.write('retry: 2000\n\n');
        const send = (event: LiveEvent) => {
          if (query.kinds.has(event.kind)) res.write(`id: ${event.id}\nevent: ${event.kind}\ndata: ${JSON.stringify({ subject: event.subject, time: event.time, ...(event.payload as object) })}\n\n`);
          // An event of another kind still moves the client's resume point on.
          else res.write(`id: ${event.id}\n: ${event.kind}\n\n`);
        };
        const subscription = await hub().subscribe(send, lastSeen);
        if (subscription.gap) res.write(`event: reset\ndata: ${JSON.stringify({ reason: 'events after the id you resumed from are no longer kept; reload the state', lastId: subscription.lastId })}\n\n`);
        res.write(`event: ready\ndata: ${JSON.stringify({ lastId: subscription.lastId })}\n\n`);
        const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
        req.on('close', () => {
          clearInterval(heartbeat);
          subscription.unsubscribe();
        });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/live/events',
      operationId: 'liveEvents',
      summary: 'The same events as JSON, oldest first, after an id (for clients that poll)',
      tags: ['Live'],
      query: z.object({ kinds: Kinds, after: z.coerce.number().int().min(0).optional(), limit: z.coerce.number().int().min(1).max(1000).optional() }),
      responses: { 200: { description: '{events, lastId}' } },
      handler: async ({ query, res }) => {
        if (query.after === undefined) {
          res.json({ events: [], lastId: (await liveEventBounds(deps.knex)).newest });
          return;
        }
        const events = await readLiveEvents(deps.knex, query.after, query.limit ?? 1000);
        const lastId = events.length > 0 ? events[events.length - 1].id : query.after;
        const { oldest } = await liveEventBounds(deps.knex);
        if (oldest !== null && query.after < oldest - 1) throw new HttpError(410, `live: events after ${query.after} are no longer kept (the oldest is ${oldest}); reload the state and resume from GET /api/live/events without after`);
        res.json({ events: events.filter((event) => query.kinds.has(event.kind)), lastId });
      },
    }),
  ];
}
