import { z } from 'zod';
import { defineRoute, type RouteDefinition } from '../define-route.ts';
import type { AppDeps } from '../app-deps.ts';
import { readJsonBody } from '../read-json-body.ts';
import { HttpError } from '../problem.ts';
import { ALARM_SEVERITIES } from '@cimtwin/schemas';
import { ALARM_LIST_STATUSES, listAlarms, readAlarm } from '../../sensors/alarm-store/read-alarms.ts';
import { actOnAlarm, type AlarmUserAction } from '../../sensors/alarm-store/act-on-alarm.ts';
import { deleteAlarmRule, listAlarmRules, putAlarmRule } from '../../sensors/alarm-store/alarm-rules-store.ts';
import { readSensorState } from '../../sensors/state/read-sensor-state.ts';
import { openAlarmCase } from '../../sensors/alarm-store/open-alarm-cases.ts';
import { readSeries, SERIES_LIMITS } from '../../sensors/state/read-series.ts';

const AlarmId = z.object({ id: z.string().describe('alarm id, e.g. 12-3') });
const UserAction = z.object({ user: z.string().trim().min(1, 'say who acts: {"user": "..."}'), at: z.string().optional() });

/** Sensors' live state and history, alarms with acknowledge and clear, alarm rules. */
export function alarmRoutes(deps: AppDeps): RouteDefinition[] {
  const action = (name: AlarmUserAction, summary: string) =>
    defineRoute({
      method: 'post',
      path: `/alarms/:id/${name}`,
      operationId: `${name}Alarm`,
      summary,
      tags: ['Sensors'],
      params: AlarmId,
      requestBody: { contentType: 'application/json', description: '{"user": "who", "at": optional ISO 8601 time}' },
      responses: { 200: { description: 'the alarm after the action' }, 400: { description: 'no user' }, 404: { description: 'no such alarm' }, 409: { description: 'already done' } },
      handler: async ({ params, req, res }) => {
        const body = UserAction.safeParse(await readJsonBody(req, 65536));
        if (!body.success) throw new HttpError(400, `alarms: ${body.error.issues[0].message}`);
        await actOnAlarm(deps.knex, params.id, name, body.data.user, body.data.at);
        res.json(await readAlarm(deps.knex, params.id));
      },
    });
  return [
    defineRoute({
      method: 'get',
      path: '/sensors/state',
      operationId: 'sensorState',
      summary: 'Every sensor thing with its place, the newest observation of each datastream and its active alarms (worst first)',
      tags: ['Sensors'],
      query: z.object({
        bbox: z.string().regex(/^-?[\d.]+(,-?[\d.]+){3}$/, 'bbox is minLon,minLat,maxLon,maxLat').optional(),
        things: z.string().regex(/^\d+(,\d+)*$/, 'things is a comma-separated list of Thing ids').optional(),
      }),
      responses: { 200: { description: '{things: [...]}' } },
      handler: async ({ query, res }) => {
        const things = await readSensorState(deps.knex, {
          bbox: query.bbox ? (query.bbox.split(',').map(Number) as [number, number, number, number]) : undefined,
          thingIds: query.things ? query.things.split(',').map(Number) : undefined,
        });
        res.json({ things });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/sensors/datastreams/:id/series',
      operationId: 'datastreamSeries',
      summary: 'A datastream over a time range for a chart: raw when few, else per time bucket (count, min, max, mean) or LTTB points',
      tags: ['Sensors'],
      params: z.object({ id: z.coerce.number().int().positive() }),
      query: z.object({
        from: z.coerce.date({ message: 'from is an ISO 8601 time' }),
        to: z.coerce.date({ message: 'to is an ISO 8601 time' }),
        points: z.coerce.number().int().optional().describe(`most points or buckets (default ${SERIES_LIMITS.defaultPoints})`),
        method: z.enum(['buckets', 'lttb']).optional(),
      }),
      responses: { 200: { description: 'the series' }, 400: { description: 'bad range' }, 404: { description: 'no such datastream' } },
      handler: async ({ params, query, res }) => {
        res.json(await readSeries(deps.knex, params.id, { from: query.from, to: query.to, points: query.points ?? SERIES_LIMITS.defaultPoints, method: query.method }));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/alarms',
      operationId: 'listAlarms',
      summary: 'Alarms, newest first: active (default), unacknowledged, cleared or all',
      tags: ['Sensors'],
      query: z.object({
        status: z.enum(ALARM_LIST_STATUSES).optional(),
        severity: z.enum(ALARM_SEVERITIES).optional(),
        thingId: z.coerce.number().int().optional(),
        limit: z.coerce.number().int().min(1).max(1000).optional(),
        offset: z.coerce.number().int().min(0).optional(),
      }),
      responses: { 200: { description: '{alarms, total}' } },
      handler: async ({ query, res }) => {
        res.json(await listAlarms(deps.knex, { ...query, limit: query.limit ?? 100, offset: query.offset ?? 0 }));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/alarms/:id',
      operationId: 'getAlarm',
      summary: 'One alarm with the observation and threshold that raised it',
      tags: ['Sensors'],
      params: AlarmId,
      responses: { 200: { description: 'the alarm' }, 404: { description: 'no such alarm' } },
      handler: async ({ params, res }) => {
        res.json(await readAlarm(deps.knex, params.id));
      },
    }),
    action('acknowledge', 'Acknowledge an alarm (it stays active until its clear condition holds or a user clears it)'),
    action('clear', 'Clear an active alarm by hand; if its condition still holds, the next observation raises a new one'),
    defineRoute({
      method: 'post',
      path: '/alarms/:id/case',
      operationId: 'openAlarmCase',
      summary: 'Open an urban-management case for the alarm (source sensor alarm, in the grid under the sensor); an alarm has one case at most',
      tags: ['Sensors'],
      params: AlarmId,
      responses: { 201: { description: '{caseId}: the case opened' }, 200: { description: '{caseId}: the case it already had' }, 404: { description: 'no such alarm' } },
      handler: async ({ params, res }) => {
        const { caseId, created } = await openAlarmCase(deps.knex, params.id);
        res.status(created ? 201 : 200).json({ caseId });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/alarm-rules',
      operationId: 'listAlarmRules',
      summary: 'Alarm rules in force: user rules, then the built-in lifeline and air-quality defaults not replaced',
      tags: ['Sensors'],
      responses: { 200: { description: '{rules: [{rule, origin}]}' } },
      handler: async ({ res }) => {
        res.json({ rules: await listAlarmRules(deps.knex) });
      },
    }),
    defineRoute({
      method: 'put',
      path: '/alarm-rules/:id',
      operationId: 'putAlarmRule',
      summary: 'Create or replace an alarm rule (per datastream, or as the default of an observed property); a default with this id or scope is replaced',
      tags: ['Sensors'],
      params: z.object({ id: z.string().min(1) }),
      requestBody: { contentType: 'application/json', description: 'an alarm rule (threshold or no-data)' },
      responses: { 200: { description: 'the stored rule' }, 400: { description: 'not a valid rule' } },
      handler: async ({ params, req, res }) => {
        const body = (await readJsonBody(req, 65536)) as Record<string, unknown>;
        if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'alarm-rules: send one rule as a JSON object');
        if (body.id !== undefined && body.id !== params.id) throw new HttpError(400, `alarm-rules: the body's id ${JSON.stringify(body.id)} is not the path's ${params.id}`);
        res.json(await putAlarmRule(deps.knex, { ...body, id: params.id }));
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/alarm-rules/:id',
      operationId: 'deleteAlarmRule',
      summary: 'Delete a user rule (a default it replaced applies again)',
      tags: ['Sensors'],
      params: z.object({ id: z.string().min(1) }),
      responses: { 204: { description: 'deleted' }, 404: { description: 'no user rule of this id' } },
      handler: async ({ params, res }) => {
        if (!(await deleteAlarmRule(deps.knex, params.id))) throw new HttpError(404, `alarm-rules: there is no user rule ${params.id}; built-in defaults are replaced, not deleted`);
        res.status(204).end();
      },
    }),
  ];
}
