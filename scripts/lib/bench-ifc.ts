import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordBenchmark } from './record-benchmark.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const RUNNER = path.join(here, 'bench-ifc-run.ts');
const TOOLS = [
  ['full', 'cimtwin full import (elements + properties in PostGIS, tiles published)'],
  ['geometry', 'cimtwin geometry path (IFC → published tiles)'],
  ['floor', 'floor: web-ifc open + stream all meshes'],
  ['fragments', '@thatopen/fragments IfcImporter'],
  ['xkt', '@xeokit/xeokit-convert to XKT'],
] as const;

/**
 * Converts each IFC file with every tool, each run in its own process under GNU time, whose
 * maximum RSS covers the largest process of the run (our reader's worker included).
 */
export async function benchIfc(directory: string, write: boolean): Promise<void> {
  const files = fs.readdirSync(directory).filter((f) => /\.ifc$/i.test(f)).sort();
  const rows: string[][] = [];
  for (const file of files) {
    const full = path.join(directory, file);
    const sizeMb = (fs.statSync(full).size / 1048576).toFixed(1);
    for (const [tool, label] of TOOLS) {
      const run = spawnSync('/usr/bin/time', ['-f', 'maxrss=%M', process.execPath, '--import', 'tsx', RUNNER, tool, full], { encoding: 'utf8', timeout: 600_000 });
      const line = run.stdout.trim().split('\n').pop() ?? '';
      const rss = /maxrss=(\d+)/.exec(run.stderr ?? '')?.[1];
      let ms = 'failed';
      let detail = (run.stderr ?? '').split('\n').find((l) => /Error/.test(l))?.slice(0, 80) ?? '';
      try {
        const parsed = JSON.parse(line);
        ms = String(parsed.ms);
        detail = parsed.detail;
      } catch {
        // the tool failed; its error is in `detail`
      }
      const peak = rss ? String(Math.round(Number(rss) / 1024)) : 'n/a';
      console.log(`${file.padEnd(34)} ${label.padEnd(78)} ${ms.padStart(7)} ms ${peak.padStart(6)} MB  ${detail}`);
      rows.push([`${file} (${sizeMb} MB)`, label, ms, peak, detail]);
    }
  }
  if (write) {
    await recordBenchmark('ifc', {
      title: 'IFC conversion, side by side',
      header: ['model', 'tool', 'wall time (ms)', 'peak RSS (MB)', 'output'],
      rows,
      notes: [
        'The full import is timed from reading the file to the published tiles, with the database already open; its peak RSS includes the embedded PGlite database (about 1.1 GB).',
      ],
    });
  }
}
