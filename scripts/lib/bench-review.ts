// `npm run bench -- review`: review time of each sample model with an IDS and every rule pack.
// Each model is imported into a fresh embedded database first (not timed); then the IDS check
// (in a reader process, started in advance as the server does) and each rule pack are timed.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { listRulePacks } from '../../server/src/review/rules/index.ts';
import { importIfcModel } from '../../server/src/bim/import-ifc-model.ts';
import { sharedIfcReaderPool } from '../../server/src/bim/ifc-reader-pool.ts';
import { openDatabase } from '../../server/src/db/open-database.ts';
import { silentLogger } from '../../server/src/logger.ts';
import { runReview } from '../../server/src/review/run-review.ts';
import { TilesetStorageDatabase } from '../../server/src/tiles/tileset-storage-database.ts';
import { recordBenchmark } from './record-benchmark.ts';

const PLACEMENT = { origin: [121.5, 31.24, 0] as [number, number, number], rotationDeg: 0 };

/** Reviews every .ifc of `directory` against `idsFile` and all rule packs; records the times. */
export async function benchReview(directory: string, idsFile: string, write: boolean): Promise<void> {
  const files = (await fs.readdir(directory)).filter((f) => /\.ifc$/i.test(f)).sort();
  const ids = { xml: await fs.readFile(idsFile, 'utf8'), fileName: path.basename(idsFile) };
  const packs = listRulePacks().map((p) => p.id);
  const rows: string[][] = [];
  for (const file of files) {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cimtwin-bench-review-'));
    const db = await openDatabase({ dataDir, logger: silentLogger() });
    try {
      const model = await importIfcModel(db.knex, new TilesetStorageDatabase(db.knex), path.join(directory, file), { placement: PLACEMENT, overrideGeoreference: true });
      const sizeMb = ((await fs.stat(path.join(directory, file))).size / 1048576).toFixed(1);
      const timings: Array<[string, number, string]> = [];
      await sharedIfcReaderPool().warm();
      let started = performance.now();
      const idsReview = await runReview(db.knex, { modelId: model.modelId, ids });
      timings.push([`IDS ${ids.fileName}`, performance.now() - started, `${idsReview.reports[0].checks.length} specifications, ${idsReview.findings} findings`]);
      for (const pack of packs) {
        started = performance.now();
        const review = await runReview(db.knex, { modelId: model.modelId, rulePacks: [{ id: pack }] });
        const report = review.reports[0];
        const measured = report.checks.filter((c) => c.status !== 'not-applicable').length;
        timings.push([pack, performance.now() - started, `${measured} of ${report.checks.length} rules applicable, ${review.findings} findings`]);
      }
      const total = timings.reduce((sum, [, ms]) => sum + ms, 0);
      for (const [ruleSet, ms, detail] of timings) {
        console.log(`${file.padEnd(34)} ${ruleSet.padEnd(36)} ${Math.round(ms).toString().padStart(6)} ms  ${detail}`);
        rows.push([`${file} (${sizeMb} MB)`, ruleSet, String(Math.round(ms)), detail]);
      }
      console.log(`${file.padEnd(34)} ${'all together'.padEnd(36)} ${Math.round(total).toString().padStart(6)} ms`);
      rows.push([`${file} (${sizeMb} MB)`, '**all together**', `**${Math.round(total)}**`, 'target < 5000 ms for the 4 MB models']);
    } finally {
      await db.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  }
  sharedIfcReaderPool().close();
  if (write) {
    await recordBenchmark('review', {
      title: 'BIM review time per model',
      header: ['model', 'rule set', 'wall time (ms)', 'result'],
      rows,
      notes: ['Each model imported into a fresh embedded PGlite database first (not timed); the IDS check runs in a reader process started in advance, reading the source file from the database; rule packs measure in PostGIS.'],
    });
  }
}
