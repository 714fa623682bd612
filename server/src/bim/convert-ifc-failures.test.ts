import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { ChildProcess } from 'node:child_process';
import { zipSync } from 'fflate';
import { isDataError } from '@cimtwin/schemas';
import { convertIfc, type ConvertIfcOptions } from './convert-ifc.ts';

const IFC_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/data/ifc');
let dir = '';
const sample = (name: string) => fs.readFileSync(path.join(IFC_DIR, name));

function write(name: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ifc-failures-'));
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Converts, expects a rejection matching `pattern`, and checks that the worker is gone. */
async function expectFailure(file: string, pattern: RegExp, options: ConvertIfcOptions = {}, dataError = true): Promise<Error> {
  let worker: ChildProcess | undefined;
  const error = await convertIfc(file, { timeoutMs: 30_000, ...options, onWorker: (w) => ((worker = w), options.onWorker?.(w)) }).then(
    () => assert.fail(`${path.basename(file)} should not convert`),
    (e: Error) => e,
  );
  assert.match(error.message, pattern);
  assert.equal(isDataError(error), dataError, `${error.name}: ${error.message}`);
  if (worker && worker.exitCode === null && worker.signalCode === null) await once(worker, 'exit');
  if (worker) assert.ok(worker.exitCode !== null || worker.signalCode !== null, 'the worker has ended');
  return error;
}

test('not IFC: a PNG, JSON, and text without the STEP header', async () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  await expectFailure(write('photo.ifc', png), /^ifc-import: photo\.ifc is not an IFC file \(it looks like a PNG image\)/);
  await expectFailure(write('data.ifc', '{"a":1}'), /^ifc-import: data\.ifc is not an IFC file \(it looks like JSON\)/);
  const headless = sample('geographic-referencing-utm.ifc').toString('latin1').replace('ISO-10303-21;', '');
  await expectFailure(write('headless.ifc', headless), /does not start with the STEP header ISO-10303-21/);
});

test('a truncated file and an unknown schema', async () => {
  const whole = sample('AC20-FZK-Haus.ifc');
  await expectFailure(write('cut.ifc', whole.subarray(0, whole.byteLength >> 1)), /^ifc-import: cut\.ifc is truncated/);
  const ifc9 = sample('geographic-referencing-utm.ifc').toString('latin1').replace("FILE_SCHEMA (('IFC4X3_ADD2'))", "FILE_SCHEMA (('IFC9'))");
  await expectFailure(write('future.ifc', ifc9), /^ifc-import: future\.ifc uses schema 'IFC9', which is not supported/);
});

test('.ifczip: not a zip, no .ifc inside, a zip bomb; a good one converts', async () => {
  await expectFailure(write('fake.ifczip', 'ISO-10303-21;'), /^ifc-import: fake\.ifczip is not a zip archive/);
  await expectFailure(write('empty.ifczip', zipSync({ 'readme.txt': new TextEncoder().encode('hi') })), /holds no \.ifc file \(entries: readme\.txt\)/);
  const bomb = zipSync({ 'model.ifc': new Uint8Array(30 * 1024 * 1024) }, { level: 9 });
  await expectFailure(write('bomb.ifczip', bomb), /entry model\.ifc declares 31457280 bytes, over the limit .*zip bomb/);
  const good = write('utm.ifczip', zipSync({ 'utm/geographic-referencing-utm.ifc': sample('geographic-referencing-utm.ifc') }));
  const result = await convertIfc(good, { includeMeshes: false });
  assert.equal(result.summary.schema, 'IFC4X3_ADD2');
  assert.equal(result.elements.length, 4);
  assert.equal(result.meshes.length, 0, 'includeMeshes: false sends no meshes');
  assert.ok(result.elements.find((e) => e.ifcClass === 'IfcBuildingElementProxy')?.bbox, 'bounding boxes come anyway');
});

test('a missing file is a DataError before any worker starts', async () => {
  await assert.rejects(convertIfc(path.join(dir, 'nope.ifc')), (e: unknown) => isDataError(e) && /cannot read nope\.ifc \(ENOENT\)/.test((e as Error).message));
});

let killed: ChildProcess | undefined;

test('a worker killed mid-way rejects with a clear message and the parent lives on', async () => {
  const error = await expectFailure(
    path.join(IFC_DIR, 'Office_A_20110811.ifc'),
    /^ifc-import: the worker reading Office_A_20110811\.ifc was killed by SIGKILL/,
    { onProgress: (phase) => phase === 'parsing' && killed?.kill('SIGKILL'), onWorker: (w) => (killed = w) },
    false,
  );
  assert.ok(error instanceof Error);
});

test('a worker out of memory rejects with a DataError naming the model', async () => {
  await expectFailure(path.join(IFC_DIR, 'Office_A_20110811.ifc'), /^ifc-import: reading Office_A_20110811\.ifc ran out of memory \(heap limit 16 MB\)/, { maxOldSpaceMb: 16 });
});

test('a timeout stops the worker', async () => {
  await expectFailure(path.join(IFC_DIR, 'Office_A_20110811.ifc'), /took longer than 50 ms and was stopped; raise timeoutMs/, { timeoutMs: 50 });
});

test('valid STEP that web-ifc finds empty is a DataError', async () => {
  const text = sample('geographic-referencing-utm.ifc').toString('latin1');
  const empty = text.replace(/DATA;[\s\S]*ENDSEC;/, 'DATA;\nENDSEC;');
  await expectFailure(write('empty.ifc', empty), /^ifc-import: (empty\.ifc holds no IFC entities|web-ifc cannot open empty\.ifc)/);
});
