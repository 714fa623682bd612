/**
 * The OGC SensorThings API 1.1 under /api/sensorthings/v1.1: the service root, reads of every
 * entity set and navigation path with $filter, $expand, $select, $orderby, $top, $skip and
 * $count (read-resource.ts), creation of Things (deep insert), Datastreams and Observations,
 * and CreateObservations (the dataArray batch of SensorThings 11.2). Resource paths with `(id)` do not fit declarative Express routes, so
 * this router reads them itself (resolve-resource-path.ts).
 */
import express, { type Request, type Response, type Router } from 'express';
import type { Knex } from 'knex';
import { DataError } from '@cimtwin/schemas';
import { HttpError } from '../../api/problem.ts';
import { apiBase } from '../../api/base-url.ts';
import { createDatastream, createThing } from '../store/create-thing.ts';
import { ingestObservations, type IngestResult } from '../ingest/ingest-observations.ts';
import { ENTITY_SET_TABLE, ENTITY_SETS } from './entity-sets.ts';
import { readEntities, withLinks } from './read-entities.ts';
import { readResource } from './read-resource.ts';
import { readDataArray } from './read-data-array.ts';

export { SENSORTHINGS_PAGING } from './sensorthings-paging.ts';

/** Where ingested observations go next (alarms, the live stream); called after they are stored. */
export type ObservationListener = (result: IngestResult) => void | Promise<void>;

/** The SensorThings router; mount it at `/sensorthings/v1.1` of the API. */
export function sensorThingsRouter(knex: Knex, options: { onObservations?: ObservationListener } = {}): Router {
  const router = express.Router();
  router.use(express.json({ limit: '32mb', type: ['application/json', 'application/*+json'] }));
  // Inside this router req.baseUrl is its mount path: apiBase is the service root.
  const root = (req: Request) => apiBase(req);

  router.get('/', (req, res) => {
    res.json({
      value: ENTITY_SETS.map((name) => ({ name, url: `${root(req)}/${name}` })),
      serverSettings: { conformance: ['http://www.opengis.net/spec/iot_sensing/1.1/req/datamodel', 'http://www.opengis.net/spec/iot_sensing/1.1/req/resource-path/resource-path-to-entities', 'http://www.opengis.net/spec/iot_sensing/1.1/req/request-data', 'http://www.opengis.net/spec/iot_sensing/1.1/req/create-update-delete/create-entity', 'http://www.opengis.net/spec/iot_sensing/1.1/req/create-observations-via-mqtt/observations-creation', 'http://www.opengis.net/spec/iot_sensing/1.1/req/data-array/data-array'] },
    });
  });

  router.get(/.*/, async (req, res) => {
    const answer = await readResource(knex, req.path, req.query as Record<string, unknown>, root(req));
    if ('text' in answer) res.type('text/plain').send(answer.text);
    else res.json(answer.json);
  });

  const created = async (req: Request, res: Response, set: 'Things' | 'Datastreams' | 'Observations', id: number) => {
    const page = await readEntities(knex, set, { where: [{ sql: 'e.id = ?', bindings: [id] }], top: 1, skip: 0, count: false }, root(req));
    res.status(201).location(String(page.entities[0]['@iot.selfLink'])).json(page.entities[0]);
  };
  router.post('/Things', async (req, res) => created(req, res, 'Things', (await createThing(knex, req.body)).thingId));
  router.post('/Datastreams', async (req, res) => created(req, res, 'Datastreams', await createDatastream(knex, req.body)));

  const postObservation = async (req: Request, res: Response, datastreamId?: number) => {
    const result = await ingestObservations(knex, [req.body], { source: 'http', datastreamId });
    if (result.rejected.length > 0) throw new DataError(`sensorthings: the Observation is not valid: ${result.rejected[0].reason}`);
    await options.onObservations?.(result);
    if (result.accepted.length === 0) {
      // The same datastream and phenomenon time is there already: answer it, as a retry expects.
      const phenomenonTime = (req.body as { phenomenonTime?: string }).phenomenonTime;
      const existing = await knex('sensor_observations').where({ datastream_id: datastreamId ?? req.body?.Datastream?.['@iot.id'], phenomenon_time: phenomenonTime ? new Date(phenomenonTime.split('/')[0]) : null }).first('id');
      if (!existing) throw new HttpError(409, 'sensorthings: the Observation was neither stored nor found');
      return void res.status(200).json(withLinks('Observations', (await knex.raw(`SELECT ${ENTITY_SET_TABLE.Observations.columns} FROM sensor_observations e WHERE e.id = ?`, [existing.id])).rows[0], root(req)));
    }
    await created(req, res, 'Observations', result.accepted[0].id);
  };
  router.post('/Observations', (req, res) => postObservation(req, res));
  router.post(/^\/Datastreams\((\d+)\)\/Observations$/, (req, res) => postObservation(req, res, Number(req.params[0])));

  router.post('/CreateObservations', async (req, res) => {
    const { items, datastreamOf } = readDataArray(req.body);
    const result = await ingestObservations(knex, items, { source: 'http' });
    await options.onObservations?.(result);
    // One line per observation sent, in order: its selfLink (a duplicate: the one stored before), or "error" (11.2.3).
    const rejected = new Set(result.rejected.map((r) => r.index));
    const keyOf = (index: number) => `${datastreamOf[index]}|${new Date(String((items[index] as { phenomenonTime?: string }).phenomenonTime ?? '').split('/')[0]).getTime()}`;
    const ids = new Map(result.accepted.map((o) => [`${o.datastreamId}|${new Date(o.phenomenonTime).getTime()}`, o.id]));
    const missing = items.map((_, index) => index).filter((index) => !rejected.has(index) && !ids.has(keyOf(index)));
    if (missing.length > 0) {
      const pairs = missing.map((index) => ({ d: datastreamOf[index], t: new Date(String((items[index] as { phenomenonTime?: string }).phenomenonTime).split('/')[0]).toISOString() }));
      const found = await knex.raw(
        `SELECT o.id, o.datastream_id, o.phenomenon_time FROM sensor_observations o JOIN json_to_recordset(?::json) AS r(d bigint, t timestamptz) ON o.datastream_id = r.d AND o.phenomenon_time = r.t`,
        [JSON.stringify(pairs)],
      );
      for (const row of found.rows) ids.set(`${row.datastream_id}|${new Date(row.phenomenon_time).getTime()}`, Number(row.id));
    }
    res.status(201).json(items.map((_, index) => {
      const id = rejected.has(index) ? undefined : ids.get(keyOf(index));
      return id === undefined ? 'error' : `${root(req)}/Observations(${id})`;
    }));
  });
  return router;
}
