import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDataError } from '@cimtwin/schemas';
import type { IfcElementRecord } from './ifc-records.ts';
import { IfcReaderPool } from './ifc-reader-pool.ts';
import { readIfcModel } from './read-ifc-model.ts';

const DUPLEX = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/data/ifc/duplex.ifc');

async function read(split: boolean) {
  const records: IfcElementRecord[] = [];
  let triangles = 0;
  const meshIds = new Set<number>();
  const read = await readIfcModel(DUPLEX, {
    split,
    onRecords: (batch) => void records.push(...batch),
    onMeshes: (batch) => {
      for (const mesh of batch) {
        triangles += mesh.indices.length / 3;
        meshIds.add(mesh.expressId);
      }
    },
  });
  return { ...read, records, triangles, meshIds };
}

test('two readers side by side give what one reader gives', { skip: !fs.existsSync(DUPLEX) && 'no duplex.ifc' }, async () => {
  const one = await read(false);
  const two = await read(true);
  assert.equal(two.records.length, one.records.length);
  assert.deepEqual(two.records.map((r) => r.globalId).sort(), one.records.map((r) => r.globalId).sort());
  const wall = (records: IfcElementRecord[]) => records.find((r) => r.ifcClass === 'IfcWallStandardCase' && Object.keys(r.propertySets).length > 0)!;
  assert.ok(wall(two.records), 'the record reader reads property sets');
  assert.deepEqual(wall(two.records).propertySets, one.records.find((r) => r.globalId === wall(two.records).globalId)!.propertySets);
  assert.deepEqual(two.summary, one.summary);
  assert.deepEqual([...two.bounds].sort((a, b) => a[0] - b[0]), [...one.bounds].sort((a, b) => a[0] - b[0]));
  assert.equal(two.triangles, one.triangles);
  assert.equal(two.triangles, one.summary.triangleCount);
  assert.deepEqual([...two.meshIds].sort(), [...one.meshIds].sort());
});

test('when one of two readers fails, the other is stopped and the read fails with its reason', async () => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'cimtwin-read-ifc-'));
  const file = path.join(directory, 'cut.ifc');
  fs.writeFileSync(file, "ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION((''),'2;1');\nFILE_NAME('','',(''),(''),'','','');\nFILE_SCHEMA(('IFC4'));\nENDSEC;\nDATA;\n#1=IFCWALL(");
  const pool = new IfcReaderPool({ size: 0 });
  const readers: ChildProcess[] = [];
  const take = pool.take.bind(pool);
  pool.take = (maxOldSpaceMb?: number) => {
    const reader = take(maxOldSpaceMb);
    readers.push(reader);
    return reader;
  };
  try {
    await assert.rejects(
      readIfcModel(file, { split: true, pool, onRecords: () => undefined, onMeshes: () => undefined }),
      (error: unknown) => isDataError(error) && /cut\.ifc is truncated/.test((error as Error).message),
    );
    assert.equal(readers.length, 2);
    await Promise.all(readers.map((r) => (r.exitCode !== null || r.signalCode !== null ? undefined : new Promise((resolve) => r.once('exit', resolve)))));
  } finally {
    pool.close();
    fs.rmSync(directory, { recursive: true, force: true });
  }
});
