import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { convertIfc } from './convert-ifc.ts';
import { IfcReaderPool } from './ifc-reader-pool.ts';

const IFC = path.resolve(import.meta.dirname, '../../../../shared/data/ifc/IfcOpenHouse_IFC4.ifc');
const hasIfc = await fs.stat(IFC).then(() => true, () => false);

test('a warmed reader converts a model, and each reader serves one model only', { skip: !hasIfc && 'reference IFC files not beside the project' }, async () => {
  const pool = new IfcReaderPool({ size: 1 });
  await pool.warm();
  const pids: number[] = [];
  for (let i = 0; i < 2; i++) {
    const result = await convertIfc(IFC, { pool, onWorker: (w) => pids.push(w.pid!) });
    assert.equal(result.summary.schema, 'IFC4');
    assert.equal(result.elements.length, result.summary.elementCount);
    assert.ok(result.elements.some((e) => e.bbox !== null), 'bounds reach the element records');
  }
  assert.equal(new Set(pids).size, 2, 'a second model gets a fresh process');
  pool.close();
});

test('idle readers do not keep the parent process alive', async () => {
  const script = `import { IfcReaderPool } from ${JSON.stringify(path.join(import.meta.dirname, 'ifc-reader-pool.ts'))};
    const pool = new IfcReaderPool({ size: 2 }); await pool.warm(); console.log('warm');`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const started = Date.now();
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  assert.equal(code, 0);
  assert.match(out, /warm/);
  assert.ok(Date.now() - started < 20_000, 'the parent exited on its own');
});

test('warm waits only for readers not yet ready; a lease holds the refill back until its work is done', { skip: !hasIfc && 'reference IFC files not beside the project' }, async () => {
  const pool = new IfcReaderPool({ size: 2 });
  try {
    await pool.warm();
    const idle = () => pool.idleReaders;
    await pool.lease(async () => {
      await convertIfc(IFC, { pool });
      // The reader has exited; within the lease no replacement starts.
      assert.equal(idle(), 1);
    });
    // The refill starts just after the lease's work returns, not on its time.
    assert.equal(idle(), 1);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(idle(), 2, 'refilled once the lease ended');
    // One reader was ready before, one is new: warm resolves once the new one is ready too.
    await pool.warm();
    await pool.warm();
  } finally {
    pool.close();
  }
});
