import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildingOfSize, generateIfcBuilding } from './generate-ifc-building.ts';
import { recordBenchmark } from './record-benchmark.ts';

const RUNNER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench-ifc-run.ts');

/**
 * Imports one large synthetic IFC building (`megabytes` of STEP text) end to end, in its own
 * process under GNU time: wall time, peak RSS of the largest process (importing process or
 * reader) and of the importing process alone, elements, tiles and triangles.
 */
export async function benchIfcLarge(megabytes: number, write: boolean): Promise<void> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'cimtwin-bench-large-'));
  try {
    const file = path.join(directory, `synthetic-${megabytes}mb.ifc`);
    const building = buildingOfSize(megabytes);
    const generated = await generateIfcBuilding(file, building);
    const sizeMb = (generated.bytes / 1048576).toFixed(0);
    console.log(`synthetic building: ${building.storeys} storeys of ${building.nx} × ${building.ny} rooms, ${generated.elements.toLocaleString('en')} elements, ${sizeMb} MB`);
    const run = spawnSync('/usr/bin/time', ['-f', 'maxrss=%M', process.execPath, '--import', 'tsx', RUNNER, 'full', file], { encoding: 'utf8', timeout: 3_600_000 });
    const rss = /maxrss=(\d+)/.exec(run.stderr ?? '')?.[1];
    const line = run.stdout.trim().split('\n').pop() ?? '';
    let outcome: { ms: number; detail: string };
    try {
      outcome = JSON.parse(line);
    } catch {
      throw new Error(`the large import failed: ${(run.stderr ?? '').split('\n').filter((l) => /Error|error:/.test(l)).slice(0, 3).join(' / ') || run.status}`);
    }
    const seconds = (outcome.ms / 1000).toFixed(1);
    const peakMb = rss ? Math.round(Number(rss) / 1024) : null;
    console.log(`  full import ${seconds} s, peak RSS ${peakMb} MB (largest process), ${outcome.detail}`);
    if (write) {
      await recordBenchmark('ifc-large', {
        title: 'A large IFC model end to end',
        header: ['model', 'elements', 'wall time (s)', 'peak RSS, largest process (MB)', 'result'],
        rows: [[`synthetic building, ${building.storeys} storeys × ${building.nx} × ${building.ny} rooms (${sizeMb} MB)`, generated.elements.toLocaleString('en'), seconds, String(peakMb), outcome.detail]],
        notes: [
          '`npm run bench -- ifc-large [--size MB]` generates the building (walls with window openings, windows as mapped type geometry, slabs, columns, spaces, property and quantity sets) and imports it as `cimtwin ifc` does: elements and properties into the embedded database, meshes spilled to a temporary file, tiles published.',
        ],
      });
    }
  } finally {
    await fs.rm(directory, { recursive: true, force: true });
  }
}
