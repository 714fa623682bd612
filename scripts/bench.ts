// Benchmarks. `npm run bench -- buildings --count 100000 [--database-url URL] [--no-write]`,
// `npm run bench -- ifc [--dir DIR]` (every .ifc in DIR, default the reference models beside the project);
// `npm run bench -- ifc-large [--size MB]` (one synthetic IFC building of about MB megabytes, default 300);
// `npm run bench -- review [--dir DIR] [--ids FILE]` (review time per model: an IDS and every rule pack);
// `npm run bench -- networks [--segments N] [--database-url URL]` (isolation, traces, components; pgRouting beside when the server has it);
// `npm run bench -- addresses [--count N] [--database-url URL]` (search and geocode latency on N addresses, parses per second);
// `npm run bench -- sensors [--things N] [--rate R] [--seconds S] [--database-url URL]` (MQTT and HTTP ingest rate, loss, latency to the live stream);
// generates a synthetic city of N buildings, imports it into a fresh database and tiles it,
// then prints buildings per second and peak memory of each phase and records them in
// docs/benchmarks.md (between the markers of the benchmark).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../server/src/db/open-database.ts';
import { importLayer } from '../server/src/import/import-layer.ts';
import { silentLogger } from '../server/src/logger.ts';
import { tileLayer } from '../server/src/tiles/tile-layer.ts';
import { TilesetStorageDatabase } from '../server/src/tiles/tileset-storage-database.ts';
import { generateCity } from './lib/generate-city.ts';
import { recordBenchmark } from './lib/record-benchmark.ts';
import { benchIfc } from './lib/bench-ifc.ts';
import { benchIfcLarge } from './lib/bench-ifc-large.ts';
import { benchReview } from './lib/bench-review.ts';
import { benchNetworks } from './lib/bench-networks.ts';
import { benchAddresses } from './lib/bench-addresses.ts';
import { benchSensors } from './lib/bench-sensors.ts';

/** Runs `work` while sampling resident memory; returns its result, seconds and peak RSS in MB. */
async function measure<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const started = performance.now();
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, seconds: (performance.now() - started) / 1000, peakMb: Math.round(peak / 1048576) };
  } finally {
    clearInterval(timer);
  }
}

async function benchBuildings(count: number, databaseUrl: string | undefined, write: boolean): Promise<void> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cimtwin-bench-'));
  const logger = silentLogger();
  const db = await openDatabase({ dataDir, databaseUrl, logger });
  try {
    const generated = await measure(async () => generateCity(count));
    const imported = await measure(() => importLayer(db.knex, generated.result, { layerId: 'bench-buildings', kind: 'buildings' }));
    global.gc?.();
    const tiled = await measure(() => tileLayer(db.knex, new TilesetStorageDatabase(db.knex), 'bench-buildings'));
    const report = tiled.result.report as unknown as Record<string, number>;
    const rows = [
      ['generate (in memory)', count, generated.seconds, generated.peakMb],
      ['import (parse, stage, repair, merge, store)', imported.result.report.stored, imported.seconds, imported.peakMb],
      ['tile (PostGIS → glb → tile store)', count, tiled.seconds, tiled.peakMb],
    ] as const;
    console.log(`buildings: ${count.toLocaleString('en')} on ${db.backend}`);
    for (const [phase, n, seconds, peak] of rows) {
      console.log(`  ${phase.padEnd(46)} ${seconds.toFixed(1).padStart(7)} s  ${Math.round(n / seconds).toLocaleString('en').padStart(9)} buildings/s  peak RSS ${peak} MB`);
    }
    console.log(`  tiles ${report.tiles}, vertices ${report.vertices}, triangles ${report.triangles}, bytes ${report.bytes}`);
    if (write) {
      await recordBenchmark(`buildings-${count}-${db.backend}`, {
        title: `Buildings: ${count.toLocaleString('en')} synthetic LOD1 buildings, ${db.backend === 'pglite' ? 'embedded PGlite' : 'PostgreSQL server'}`,
        header: ['phase', 'features', 'seconds', 'buildings/s', 'peak RSS (MB)'],
        rows: rows.map(([phase, n, seconds, peak]) => [phase, n.toLocaleString('en'), seconds.toFixed(1), Math.round(n / seconds).toLocaleString('en'), String(peak)]),
        notes: [`tiles ${report.tiles}, vertices ${Number(report.vertices).toLocaleString('en')}, triangles ${Number(report.triangles).toLocaleString('en')}, content ${(Number(report.bytes) / 1048576).toFixed(1)} MB`],
      });
    }
  } finally {
    await db.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

const { positionals, values } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { segments: { type: 'string', default: '200000' }, count: { type: 'string' }, size: { type: 'string', default: '300' }, dir: { type: 'string' }, ids: { type: 'string' }, 'database-url': { type: 'string' }, 'no-write': { type: 'boolean', default: false }, things: { type: 'string' }, rate: { type: 'string' }, seconds: { type: 'string' } },
});
const [which = 'buildings'] = positionals;
if (which === 'buildings') await benchBuildings(Number(values.count ?? 100000), values['database-url'], !values['no-write']);
else if (which === 'ifc') await benchIfc(values.dir ?? path.resolve(import.meta.dirname, '../../shared/data/ifc'), !values['no-write']);
else if (which === 'ifc-large') await benchIfcLarge(Number(values.size), !values['no-write']);
else if (which === 'review')
  await benchReview(
    values.dir ?? path.resolve(import.meta.dirname, '../../shared/data/ifc'),
    values.ids ?? path.resolve(import.meta.dirname, '../data-samples/ids/residential-handover.ids'),
    !values['no-write'],
  );
else if (which === 'networks') await benchNetworks(Number(values.segments), values['database-url'], !values['no-write']);
else if (which === 'sensors') await benchSensors(Number(values.things ?? 500), Number(values.rate ?? 2000), Number(values.seconds ?? 30), values['database-url'], !values['no-write']);
else if (which === 'addresses') await benchAddresses(Number(values.count ?? 1000000), values['database-url'], !values['no-write']);
else {
  console.error(`bench: unknown benchmark "${which}"; benchmarks: buildings, ifc, ifc-large, review, networks, addresses, sensors`);
  process.exit(2);
}
