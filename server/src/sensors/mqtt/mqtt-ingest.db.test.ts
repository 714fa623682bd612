import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import { after, before, describe, test } from 'node:test';
import mqtt from 'mqtt';
import type { Database } from '../../db/open-database.ts';
import { openTestDatabase } from '../../testing/test-database.ts';
import { createThing } from '../store/create-thing.ts';
import { startEmbeddedBroker, type EmbeddedBroker } from './start-embedded-broker.ts';
import { startMqttIngest } from './mqtt-ingest.ts';

// Observations published over MQTT to the embedded broker (aedes) and, where Debian's
// mosquitto is installed, to a real mosquitto, stored once each; bad payloads counted.
const MOSQUITTO = '/usr/sbin/mosquitto';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const brokers: Array<{ name: string; skip: string | false; start: () => Promise<{ url: string; stop: () => Promise<void> }> }> = [
  {
    name: 'embedded aedes',
    skip: false,
    start: async () => {
      const broker: EmbeddedBroker = await startEmbeddedBroker({ port: 0, host: '127.0.0.1' });
      return { url: broker.url, stop: () => broker.close() };
    },
  },
  {
    name: 'mosquitto',
    skip: fs.existsSync(MOSQUITTO) ? false : 'no /usr/sbin/mosquitto (Debian package mosquitto)',
    start: async () => {
      const port = await freePort();
      const child: ChildProcess = spawn(MOSQUITTO, ['-p', String(port)], { stdio: 'ignore' });
      const url = `mqtt://127.0.0.1:${port}`;
      const until = Date.now() + 10_000;
      for (;;) {
        try {
          const probe = await mqtt.connectAsync(url, { reconnectPeriod: 0, connectTimeout: 500 });
          await probe.endAsync();
          break;
        } catch (error) {
          if (Date.now() > until) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      return { url, stop: async () => void child.kill('SIGTERM') };
    },
  },
];

for (const broker of brokers) {
  describe(`MQTT ingest through ${broker.name}`, { skip: broker.skip }, () => {
    let db: Database;
    let running: { url: string; stop: () => Promise<void> };
    let datastreamId: number;
    before(async () => {
      db = await openTestDatabase();
      running = await broker.start();
      const thing = await createThing(db.knex, {
        name: '井盖 JS0008',
        Locations: [{ name: 'JS0008', location: { type: 'Point', coordinates: [121.5029, 31.2345] } }],
        Datastreams: [{ name: '可燃气体 JS0008', unitOfMeasurement: { name: 'percent of lower explosive limit', symbol: '%LEL', definition: null }, Sensor: { name: 'catalytic gas sensor' }, ObservedProperty: { name: 'combustible gas', definition: 'urn:cimtwin:property:combustible-gas' } }],
      });
      datastreamId = thing.datastreamIds[0];
    });
    after(async () => {
      await running?.stop();
      await db?.close();
    });

    test('single, array and datastream-naming payloads are stored once; bad ones are counted, the rest kept', async () => {
      const ingest = await startMqttIngest(db.knex, { url: running.url });
      const publisher = await mqtt.connectAsync(running.url);
      const topic = `v1.1/Datastreams(${datastreamId})/Observations`;
      const at = (minute: number) => new Date(Date.UTC(2026, 11, 7, 8, minute)).toISOString();
      await publisher.publishAsync(topic, JSON.stringify({ phenomenonTime: at(0), result: 3.5 }), { qos: 1 });
      await publisher.publishAsync(topic, JSON.stringify([{ phenomenonTime: at(1), result: 4 }, { phenomenonTime: at(2), result: 27.5 }, { phenomenonTime: 'yesterday', result: 1 }]), { qos: 1 });
      await publisher.publishAsync('v1.1/Observations', JSON.stringify({ phenomenonTime: at(3), result: 52, Datastream: { '@iot.id': datastreamId } }), { qos: 1 });
      await publisher.publishAsync(topic, JSON.stringify({ phenomenonTime: at(0), result: 3.5 }), { qos: 1 }); // sent again
      await publisher.publishAsync(topic, '{not json', { qos: 1 });
      await waitFor(() => ingest.counts.messages >= 5, 'five messages');
      await ingest.drain();
      const rows = await db.knex('sensor_observations').where({ datastream_id: datastreamId }).orderBy('phenomenon_time').select('phenomenon_time', 'result');
      assert.deepEqual(rows.map((row) => [new Date(row.phenomenon_time).toISOString(), row.result]), [[at(0), 3.5], [at(1), 4], [at(2), 27.5], [at(3), 52]]);
      assert.deepEqual(ingest.counts, { messages: 5, accepted: 4, duplicates: 1, rejected: 2 });
      const counts = await db.knex('sensor_ingest_counts').where({ source: 'mqtt' }).first();
      assert.equal(Number(counts.rejected), 2);
      await publisher.endAsync();
      await ingest.close();
    });
  });
}
