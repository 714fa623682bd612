import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { after, before, describe, test } from 'node:test';
import mqtt, { type MqttClient } from 'mqtt';
import request from 'supertest';
import type { Database } from '../db/open-database.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { createApp } from '../api/create-app.ts';
import { silentLogger } from '../logger.ts';
import { TilesetStorageDatabase } from '../tiles/tileset-storage-database.ts';
import { createThing } from '../sensors/store/create-thing.ts';
import { startEmbeddedBroker, type EmbeddedBroker } from '../sensors/mqtt/start-embedded-broker.ts';
import { startMqttIngest, type MqttIngest } from '../sensors/mqtt/mqtt-ingest.ts';
import { LiveHub } from './live-hub.ts';
import type { LiveEvent } from './live-event.ts';

// End to end: an observation published over MQTT is stored, served by the SensorThings API and
// carried by the live stream; crossing the default combustible-gas threshold (≥ 50 %LEL
// critical, GB/T 50493 second level) raises an alarm seen in /api/alarms and on the stream;
// a user acknowledges it and the falling value (< 20 %LEL) clears it. A client resuming
// from an old event id gets every later event once, in order.

async function waitFor<T>(read: () => T | undefined | Promise<T | undefined>, what: string, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('live twin: MQTT to API, stream and alarms', () => {
  let db: Database;
  let broker: EmbeddedBroker;
  let ingest: MqttIngest;
  let publisher: MqttClient;
  let hub: LiveHub;
  let server: Server;
  let base: string;
  let app: ReturnType<typeof createApp>;
  let datastreamId: number;
  let thingId: number;
  const events: LiveEvent[] = [];

  before(async () => {
    db = await openTestDatabase();
    hub = new LiveHub(db.knex, { listen: db.listen, pollMs: 5000 });
    app = createApp({ knex: db.knex, tiles: new TilesetStorageDatabase(db.knex), logger: silentLogger(), live: hub });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    broker = await startEmbeddedBroker({ port: 0, host: '127.0.0.1' });
    ingest = await startMqttIngest(db.knex, { url: broker.url });
    publisher = await mqtt.connectAsync(broker.url);
    const created = await createThing(db.knex, {
      name: '井内可燃气体监测 WS0012',
      properties: { kind: 'combustible-gas' },
      Locations: [{ name: 'WS0012', location: { type: 'Point', coordinates: [121.5023, 31.2371] } }],
      Datastreams: [
        {
          name: 'CH4 WS0012',
          unitOfMeasurement: { name: 'percent of lower explosive limit', symbol: '%LEL', definition: null },
          Sensor: { name: 'catalytic gas detector' },
          ObservedProperty: { name: '可燃气体浓度', definition: 'urn:cimtwin:observed-property:combustible-gas', properties: { key: 'combustible-gas' } },
        },
      ],
    });
    thingId = created.thingId;
    datastreamId = Number((await db.knex('sensor_datastreams').where({ thing_id: thingId }).first('id')).id);
    await hub.subscribe((event) => events.push(event));
  });

  after(async () => {
    await publisher?.endAsync();
    await ingest?.close();
    await broker?.close();
    await hub?.close();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await db?.close();
  });

  const publish = (result: number, time: string) => publisher.publishAsync(`v1.1/Datastreams(${datastreamId})/Observations`, JSON.stringify({ phenomenonTime: time, result }), { qos: 1 });
  const eventOf = (kind: string, check: (payload: any) => boolean) => () => events.find((event) => event.kind === kind && check(event.payload));

  test('an observation over MQTT reaches the API and the stream', async () => {
    await publish(3.5, '2026-12-07T08:00:00Z');
    const event = await waitFor(eventOf('observations', (p) => p.observations.some((o: any) => o.datastreamId === datastreamId && o.result === 3.5)), 'the observation on the stream');
    assert.deepEqual((event.payload as any).observations[0], { datastreamId, thingId, observedProperty: 'combustible-gas', phenomenonTime: '2026-12-07T08:00:00.000Z', result: 3.5 });
    const api = await request(app).get(`/api/sensorthings/v1.1/Datastreams(${datastreamId})/Observations`).expect(200);
    assert.deepEqual(api.body.value.map((o: any) => [o.phenomenonTime, o.result]), [['2026-12-07T08:00:00.000Z', 3.5]]);
    const state = await request(app).get('/api/sensors/state').expect(200);
    const thing = state.body.things.find((t: any) => t.id === thingId);
    assert.deepEqual(thing.point, [121.5023, 31.2371]);
    assert.equal(thing.datastreams[0].latest.result, 3.5);
    assert.equal(thing.severity, null);
  });

  test('crossing 50 %LEL raises a critical gas alarm; it is acknowledged and clears below 20 %LEL', async () => {
    await publish(31, '2026-12-07T08:01:00Z');
    const minor = await waitFor(eventOf('alarm', (p) => p.change === 'alarm-created'), 'the alarm');
    assert.equal((minor.payload as any).alarm.severity, 'minor');
    await publish(62.5, '2026-12-07T08:02:00Z');
    const critical = await waitFor(eventOf('alarm', (p) => p.change === 'severity-changed'), 'the escalation');
    const alarm = (critical.payload as any).alarm;
    assert.equal(alarm.severity, 'critical');
    assert.equal((critical.payload as any).previousSeverity, 'minor');
    assert.equal(alarm.id, `${thingId}-1`);
    assert.equal(alarm.details.value, 62.5);
    assert.deepEqual(alarm.details.threshold, { operator: '>=', value: 50 });

    const active = await request(app).get('/api/alarms').expect(200);
    assert.equal(active.body.total, 1);
    assert.equal(active.body.alarms[0].status, 'ACTIVE_UNACK');
    assert.equal(active.body.alarms[0].thingName, '井内可燃气体监测 WS0012');
    const state = await request(app).get(`/api/sensors/state?things=${thingId}`).expect(200);
    assert.equal(state.body.things[0].severity, 'critical');

    const acked = await request(app).post(`/api/alarms/${alarm.id}/acknowledge`).send({ user: '值班员 张伟' }).expect(200);
    assert.equal(acked.body.status, 'ACTIVE_ACK');
    assert.equal(acked.body.acknowledged.by, '值班员 张伟');
    const again = await request(app).post(`/api/alarms/${alarm.id}/acknowledge`).send({ user: '值班员 张伟' }).expect(409);
    assert.match(again.body.detail, /already acknowledged/);
    await waitFor(eventOf('alarm', (p) => p.change === 'acknowledged'), 'the acknowledgement on the stream');

    // 25 %LEL is below the critical level but not below the clear level: the alarm stays.
    await publish(25, '2026-12-07T08:03:00Z');
    await publish(12, '2026-12-07T08:04:00Z');
    const cleared = await waitFor(eventOf('alarm', (p) => p.change === 'cleared'), 'the clear');
    assert.equal((cleared.payload as any).alarm.status, 'CLEARED_ACK');
    assert.equal((cleared.payload as any).alarm.endTime, '2026-12-07T08:04:00.000Z');
    assert.equal((await request(app).get('/api/alarms').expect(200)).body.total, 0);
    const past = await request(app).get('/api/alarms?status=cleared').expect(200);
    assert.deepEqual(past.body.alarms.map((a: any) => [a.id, a.highestSeverity, a.status]), [[alarm.id, 'critical', 'CLEARED_ACK']]);
    await request(app).post(`/api/alarms/${alarm.id}/clear`).send({ user: 'x' }).expect(409);
  });

  test('a user clears an alarm whose condition still holds; the next observation starts a new one', async () => {
    await publish(55, '2026-12-07T09:00:00Z');
    const created = await waitFor(eventOf('alarm', (p) => p.change === 'alarm-created' && p.alarm.id === `${thingId}-2`), 'the second alarm');
    // Cleared at 09:00:30 data time (the live case: now); the value still holds after it.
    const cleared = await request(app).post(`/api/alarms/${thingId}-2/clear`).send({ user: '调度员', at: '2026-12-07T09:00:30Z' }).expect(200);
    assert.equal(cleared.body.status, 'CLEARED_UNACK');
    assert.equal(cleared.body.cleared.by, '调度员');
    await publish(56, '2026-12-07T09:01:00Z');
    const third = await waitFor(eventOf('alarm', (p) => p.change === 'alarm-created' && p.alarm.id === `${thingId}-3`), 'a new alarm after the manual clear');
    assert.equal((third.payload as any).alarm.severity, 'critical');
    assert.ok(created.id < third.id);
  });

  test('a client resuming from an old id gets every later event once, in order', async () => {
    const all = (await db.knex('live_events').orderBy('id').select('id')).map((row) => Number(row.id));
    const from = all[1];
    const replayed: number[] = [];
    const subscription = await hub.subscribe((event) => replayed.push(event.id), from);
    await publish(57, '2026-12-07T09:02:00Z');
    await waitFor(() => (replayed.length > all.length - 2 ? true : undefined), 'the live event after the replay');
    subscription.unsubscribe();
    assert.deepEqual(replayed.slice(0, all.length - 2), all.slice(2));
    assert.equal(new Set(replayed).size, replayed.length);
    assert.deepEqual([...replayed].sort((a, b) => a - b), replayed);
  });

  test('GET /api/live/stream sends Server-Sent Events and resumes from Last-Event-ID', async () => {
    const last = Number((await db.knex('live_events').max('id AS id').first())!.id);
    const controller = new AbortController();
    const response = await fetch(`${base}/api/live/stream?kinds=alarm`, { headers: { 'Last-Event-ID': String(last - 3) }, signal: controller.signal });
    assert.equal(response.headers.get('content-type'), 'text/event-stream; charset=utf-8');
    const reader = response.body!.getReader();
    let text = '';
    await publish(5, '2026-12-07T09:10:00Z');
    await waitFor(async () => {
      const { value } = await reader.read();
      text += new TextDecoder().decode(value);
      return text.includes('event: ready') && /event: alarm[\s\S]*"change":"cleared"/.test(text) ? true : undefined;
    }, 'the replayed and live events');
    controller.abort();
    const ids = [...text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));
    assert.equal(ids[0], last - 2);
    assert.ok(ids.every((id, i) => i === 0 || id === ids[i - 1] + 1), `ids follow one another: ${ids.join(',')}`);
    assert.ok(!/event: observations/.test(text), 'only the kinds asked for are sent as events');
    const poll = await request(app).get(`/api/live/events?after=${last}&kinds=alarm`).expect(200);
    assert.ok(poll.body.events.every((e: LiveEvent) => e.kind === 'alarm'));
    assert.ok(poll.body.lastId > last);
  });

  test('history for a chart: raw points, and buckets when there are more than asked for', async () => {
    const raw = await request(app).get(`/api/sensors/datastreams/${datastreamId}/series?from=2026-12-07T08:00:00Z&to=2026-12-07T08:05:00Z`).expect(200);
    assert.equal(raw.body.kind, 'raw');
    assert.deepEqual(raw.body.points.map((p: any) => p.v), [3.5, 31, 62.5, 25, 12]);
    const buckets = await request(app).get(`/api/sensors/datastreams/${datastreamId}/series?from=2026-12-07T08:00:00Z&to=2026-12-07T10:00:00Z&points=2`).expect(200);
    assert.equal(buckets.body.kind, 'buckets');
    assert.deepEqual(buckets.body.buckets.map((b: any) => [b.count, b.min, b.max]), [[5, 3.5, 62.5], [4, 5, 57]]);
    const bad = await request(app).get(`/api/sensors/datastreams/${datastreamId}/series?from=2026-12-07T10:00:00Z&to=2026-12-07T08:00:00Z`).expect(400);
    assert.match(bad.body.detail, /must be after/);
  });
});
