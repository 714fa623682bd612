// `npm run bench -- networks [--segments N] [--database-url URL]`: the pipe network analyses.
// Per network (ky9, L-TOWN, a generated grid of N segments, default 200,000; the sample
// district's utilities): graph build, burst isolation over 50 random breaks (alone and with the
// first valve failing), upstream/downstream traces from 50 random points, connected
// components, and for the sample the clearance check. With a PostgreSQL server that has
// pgRouting, the same connected components are timed there side by side (pgr_connectedComponents
// over the stored segments).
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Network } from '@cimtwin/schemas';
import { SAMPLE_DISTRICT } from '@cimtwin/data-samples';
import { openDatabase } from '../../server/src/db/open-database.ts';
import { silentLogger } from '../../server/src/logger.ts';
import { generateGridNetwork, mulberry32 } from '../../server/src/networks/graph/generate-grid-network.ts';
import { NetworkGraph } from '../../server/src/networks/graph/network-graph.ts';
import { placeNetwork } from '../../server/src/networks/geometry/place-network.ts';
import { checkClearances } from '../../server/src/networks/analysis/clearance.ts';
import { parseEpanetInp } from '../../server/src/networks/parse/parse-epanet-inp.ts';
import { readCjj61Files } from '../../server/src/networks/parse/cjj61-read-files.ts';
import { checkNetworkQuality } from '../../server/src/networks/qa/check-network-quality.ts';
import { storeNetwork } from '../../server/src/networks/store/store-network.ts';
import { chooseWorkCrs } from '../../server/src/networks/store/work-crs.ts';
import { networkDataPath } from '../../server/src/networks/testing/network-data.ts';
import { recordBenchmark } from './record-benchmark.ts';

const SAMPLES = 50;

function time<T>(run: () => T): [T, number] {
  const started = performance.now();
  const value = run();
  return [value, performance.now() - started];
}

function quantiles(samples: number[]): { median: number; p90: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p90: at(0.9) };
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));

interface Measured {
  name: string;
  network: Network;
  rows: string[][];
}

function measureGraph(name: string, network: Network): Measured {
  const [graph, buildMs] = time(() => new NetworkGraph(network));
  graph.baselineSupply();
  graph.flowOrientation();
  const random = mulberry32(7);
  const pipes = network.links.filter((link) => link.kind === 'pipe' || link.kind === 'conduit').map((link) => link.id);
  const breaks = Array.from({ length: SAMPLES }, () => pipes[Math.floor(random() * pipes.length)]);
  graph.isolate(breaks[0]);
  const plain: number[] = [];
  const failing: number[] = [];
  for (const id of breaks) {
    const [result, took] = time(() => graph.isolate(id));
    plain.push(took);
    const failed = result.valvesToClose[0]?.id;
    if (failed) failing.push(time(() => graph.isolate(id, { failedValves: [failed] }))[1]);
  }
  const nodes = Array.from({ length: SAMPLES }, () => network.nodes[Math.floor(random() * network.nodes.length)].id);
  const down = nodes.map((node) => time(() => graph.trace(node, 'downstream'))[1]);
  const up = nodes.map((node) => time(() => graph.trace(node, 'upstream'))[1]);
  const [components, componentsMs] = time(() => graph.connectedComponents());
  const q = (samples: number[]) => {
    const { median, p90 } = quantiles(samples);
    return `${ms(median)} / ${ms(p90)}`;
  };
  return {
    name,
    network,
    rows: [
      [name, network.links.length.toLocaleString('en'), ms(buildMs), q(plain), failing.length ? q(failing) : 'n/a (no valves)', q(down), q(up), `${ms(componentsMs)} (${components.count})`],
    ],
  };
}

/** Records the network benchmark in docs/benchmarks.md. */
export async function benchNetworks(segments: number, databaseUrl: string | undefined, write: boolean): Promise<void> {
  const measured: Measured[] = [];
  for (const file of ['ky9.inp', 'L-TOWN.inp']) {
    const where = networkDataPath(file);
    if (!fs.existsSync(where)) {
      console.log(`${file}: not found at ${where}, skipped`);
      continue;
    }
    measured.push(measureGraph(file, parseEpanetInp(fs.readFileSync(where, 'utf8'))));
  }
  const [grid, generateMs] = time(() => generateGridNetwork(segments));
  console.log(`grid of ${grid.links.length} links generated in ${generateMs.toFixed(0)} ms`);
  measured.push(measureGraph(`generated grid (${segments.toLocaleString('en')} segments)`, grid));
  const sampleFiles = (SAMPLE_DISTRICT.networks ?? []).flatMap((system) => system.files);
  const notes: string[] = [];
  if (sampleFiles.length > 0) {
    const [sample, readMs] = await timeAsync(() => readCjj61Files(sampleFiles, { crs: 'EPSG:4549' }));
    const [qa, qaMs] = time(() => checkNetworkQuality(sample));
    const placed = placeNetwork(sample);
    const [clearances, clearanceMs] = time(() => checkClearances(placed, sample));
    measured.push(measureGraph('sample district utilities', sample));
    notes.push(
      `Sample district utilities (${sample.links.length.toLocaleString('en')} segments, 6 CJJ 61 table pairs): read ${readMs.toFixed(0)} ms, QA ${qaMs.toFixed(0)} ms (${qa.summary.total} issues), clearance check ${clearanceMs.toFixed(0)} ms (${clearances.violations.length} violations).`,
    );
  }
  const pgRouting = databaseUrl ? await pgRoutingComponents(databaseUrl, grid) : undefined;
  if (pgRouting) notes.push(pgRouting);
  else notes.push('pgRouting: not timed (needs --database-url of a PostgreSQL server with the pgrouting extension, e.g. Debian postgresql-15-pgrouting).');
  const rows = measured.flatMap((m) => m.rows);
  for (const row of rows) console.log(row.join(' | '));
  for (const note of notes) console.log(note);
  if (write) {
    await recordBenchmark('networks', {
      title: 'Pipe networks: isolation, traces and connectivity (median / p90 of 50, ms)',
      header: ['network', 'segments', 'graph build', 'isolation', 'isolation, first valve fails', 'trace downstream', 'trace upstream', 'components (count)'],
      rows,
      notes: [...notes, 'Target: under 50 ms per isolation at 200,000 segments.'],
    });
  }
}

async function timeAsync<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await run();
  return [value, performance.now() - started];
}

/** Connected components of the grid in pgRouting and in our graph, on the same stored rows. */
async function pgRoutingComponents(databaseUrl: string, grid: Network): Promise<string> {
  const dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'cimtwin-bench-networks-'));
  const db = await openDatabase({ databaseUrl, dataDir, logger: silentLogger() });
  try {
    const available = (await db.knex.raw(`SELECT count(*)::int AS n FROM pg_available_extensions WHERE name = 'pgrouting'`)).rows[0].n > 0;
    if (!available) return 'pgRouting: the PostgreSQL server has no pgrouting extension; not timed.';
    await db.knex.raw('CREATE EXTENSION IF NOT EXISTS pgrouting');
    await storeNetwork(db.knex, grid, await chooseWorkCrs(db.knex, grid), { id: 'bench-grid', name: 'bench grid', sourceCrs: null, qaReport: {}, importReport: {} });
    const sql = `SELECT count(DISTINCT component) AS n FROM pgr_connectedComponents('SELECT id, from_node AS source, to_node AS target, 1.0 AS cost, 1.0 AS reverse_cost FROM network_links WHERE network_id = ''bench-grid'' AND status <> ''closed''')`;
    await db.knex.raw(sql);
    const runs: number[] = [];
    let count = 0;
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      count = Number((await db.knex.raw(sql)).rows[0].n);
      runs.push(performance.now() - started);
    }
    await db.knex('networks').where({ id: 'bench-grid' }).delete();
    return `pgRouting pgr_connectedComponents on the same ${grid.links.length.toLocaleString('en')}-segment grid stored in PostgreSQL: median ${quantiles(runs).median.toFixed(0)} ms over 5 runs (${count} components; closed valves excluded by status).`;
  } finally {
    await db.close();
    await fsp.rm(dataDir, { recursive: true, force: true });
  }
}
