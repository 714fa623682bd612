// `npm run bench -- sensors [--things N] [--rate R] [--seconds S] [--database-url URL]`: the
// server of `cimtwin serve` (API, live stream, embedded MQTT broker and ingest, alarm rules in
// force) on a fresh database with N gas sensors, loaded from another process over MQTT and
// over HTTP (CreateObservations batches) at R observations per second for S seconds. Prints and
// records the rate sustained, observations lost (sent but not stored) and the latency from
// sending to the live stream client.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { openDatabase } from '../../server/src/db/open-database.ts';
import { silentLogger } from '../../server/src/logger.ts';
import { createApp } from '../../server/src/api/create-app.ts';
import { TilesetStorageDatabase } from '../../server/src/tiles/tileset-storage-database.ts';
import { LiveHub } from '../../server/src/live/live-hub.ts';
import { startEmbeddedBroker } from '../../server/src/sensors/mqtt/start-embedded-broker.ts';
import { startMqttIngest } from '../../server/src/sensors/mqtt/mqtt-ingest.ts';
import { createThing } from '../../server/src/sensors/store/create-thing.ts';
import { recordBenchmark } from './record-benchmark.ts';

const CLIENT = fileURLToPath(new URL('./bench-sensors-client.ts', import.meta.url));

export async function benchSensors(things: number, rate: number, seconds: number, databaseUrl: string | undefined, write: boolean): Promise<void> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cimtwin-bench-sensors-'));
  const db = await openDatabase({ dataDir, databaseUrl, logger: silentLogger() });
  const hub = new LiveHub(db.knex, { listen: db.listen });
  const app = createApp({ knex: db.knex, tiles: new TilesetStorageDatabase(db.knex), logger: silentLogger(), live: hub });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const broker = await startEmbeddedBroker({ port: 0, host: '127.0.0.1' });
  const ingest = await startMqttIngest(db.knex, { url: broker.url });
  try {
    const property = { name: '可燃气体浓度', definition: 'urn:cimtwin:observed-property:combustible-gas', properties: { key: 'combustible-gas' } };
    const datastreams: number[] = [];
    for (let i = 0; i < things; i++) {
      const { thingId } = await createThing(db.knex, {
        name: `gas well ${i}`,
        Locations: [{ name: `well ${i}`, location: { type: 'Point', coordinates: [121.49 + (i % 50) * 0.0005, 31.23 + Math.floor(i / 50) * 0.0005] } }],
        Datastreams: [{ name: `gas ${i}`, unitOfMeasurement: { name: 'percent LEL', symbol: '%LEL', definition: null }, Sensor: { name: 'detector' }, ObservedProperty: property }],
      });
      datastreams.push(Number((await db.knex('sensor_datastreams').where({ thing_id: thingId }).first('id')).id));
    }
    const rows: string[][] = [];
    for (const mode of ['mqtt', 'http'] as const) {
      const before = Number((await db.knex('sensor_observations').count('* AS n').first())!.n);
      const started = performance.now();
      // The server lives in this process: the client must run beside it, not block it.
      const run = await new Promise<{ stdout: string; status: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ['--import', 'tsx', CLIENT, JSON.stringify({ api, mqtt: broker.url, mode, datastreams, rate, seconds, batch: 100 })], { stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk) => (stdout += chunk));
        child.stderr.on('data', (chunk) => (stderr += chunk));
        child.on('close', (status) => resolve({ stdout, status, stderr }));
      });
      if (run.status !== 0) throw new Error(`bench sensors: the ${mode} client failed: ${run.stderr.slice(-2000)}`);
      await ingest.drain();
      const elapsed = (performance.now() - started) / 1000;
      const client = JSON.parse(run.stdout.trim().split('\n').pop()!);
      const stored = Number((await db.knex('sensor_observations').count('* AS n').first())!.n) - before;
      rows.push([
        mode === 'mqtt' ? 'MQTT (QoS 0, one observation a message)' : 'HTTP (CreateObservations, 100 a request)',
        String(client.sent),
        client.achievedRate.toFixed(0),
        String(stored),
        String(client.sent - stored),
        String(client.received),
        String(client.p50),
        String(client.p95),
        String(client.p99),
      ]);
      console.log(`${mode}: sent ${client.sent} at ${client.achievedRate.toFixed(0)}/s, stored ${stored}, on the stream ${client.received}; latency p50 ${client.p50} ms, p95 ${client.p95} ms, p99 ${client.p99} ms (${elapsed.toFixed(1)} s)`);
    }
    const alarms = Number((await db.knex('sensor_alarms').count('* AS n').first())!.n);
    if (write) {
      await recordBenchmark('sensors', {
        title: `Sensor ingest: ${rate} observations per second for ${seconds} s over ${things} gas sensors (${db.backend === 'pglite' ? 'embedded PGlite' : 'PostgreSQL'})`,
        header: ['path', 'sent', 'sent per s', 'stored', 'lost', 'seen on the stream', 'latency p50 ms', 'p95 ms', 'p99 ms'],
        rows,
        notes: [
          'Server and load in two processes on the same machine: the server process runs the API, the live stream, the embedded MQTT broker (aedes) and the ingest; the client process publishes and listens to /api/live/stream like a viewer.',
          `Every observation is evaluated against the default combustible-gas rule in the ingest transaction (values 0–30 %LEL: ${alarms} alarms raised and cleared); latency is from the client sending an observation to the client receiving it on the stream.`,
          'Targets: 2,000 observations per second with no loss; p95 under 500 ms.',
        ],
      });
    }
  } finally {
    await ingest.close();
    await broker.close();
    await hub.close();
    server.closeAllConnections();
    server.close();
    await db.close();
  }
}
