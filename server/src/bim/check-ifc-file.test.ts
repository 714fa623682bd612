import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { isDataError } from '@cimtwin/schemas';
import { checkIfcFile } from './check-ifc-file.ts';
import { inflateIfcHead } from './unzip-ifc.ts';

const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'cimtwin-check-ifc-'));
after(() => fs.rmSync(directory, { recursive: true, force: true }));

const HEADER = "ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION((''),'2;1');\nFILE_NAME('m','',(''),(''),'','','');\nFILE_SCHEMA(('IFC4'));\nENDSEC;\nDATA;\n";
/** A model of `lines` wall lines: large enough that the check cannot be reading all of it by accident. */
function model(lines: number, complete = true): string {
  const body = Array.from({ length: lines }, (_, i) => `#${i + 1}=IFCWALL('${String(i).padStart(22, '0')}',$,'Wall ${i}',$,$,$,$,$,$);\n`).join('');
  return HEADER + body + (complete ? 'ENDSEC;\nEND-ISO-10303-21;\n' : '');
}
function write(name: string, content: string | Uint8Array): string {
  const file = path.join(directory, name);
  fs.writeFileSync(file, content);
  return file;
}
async function rejects(run: Promise<unknown>, pattern: RegExp): Promise<void> {
  await assert.rejects(run, (error: unknown) => isDataError(error) && pattern.test((error as Error).message));
}

test('an .ifc passes on its head and tail; a truncated or foreign file is named', async () => {
  assert.deepEqual(await checkIfcFile(write('ok.ifc', model(20_000)), 'ok.ifc'), { schema: 'IFC4' });
  await rejects(checkIfcFile(write('cut.ifc', model(20_000, false)), 'cut.ifc'), /cut\.ifc is truncated/);
  await rejects(checkIfcFile(write('photo.ifc', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])), 'photo.ifc'), /looks like a PNG image/);
  await rejects(checkIfcFile(write('empty.ifc', ''), 'empty.ifc'), /empty\.ifc is empty/);
});

test('an .ifczip is checked on the inflated head of its entry alone', async () => {
  const text = model(40_000);
  const zipped = write('ok.ifczip', zipSync({ 'model.ifc': new TextEncoder().encode(text) }));
  assert.deepEqual(await checkIfcFile(zipped, 'ok.ifczip'), { schema: 'IFC4' });
  const head = await inflateIfcHead(zipped, 'ok.ifczip', 64 * 1024);
  assert.equal(head.byteLength, 64 * 1024, `inflated ${head.byteLength} of ${text.length} bytes`);
  assert.equal(new TextDecoder().decode(head.subarray(0, HEADER.length)), HEADER);
  const wrongSchema = write('old.ifczip', zipSync({ 'old.ifc': new TextEncoder().encode(model(10).replace('IFC4', 'IFC2X2')) }));
  await rejects(checkIfcFile(wrongSchema, 'old.ifczip'), /uses schema 'IFC2X2', which is not supported/);
  await rejects(checkIfcFile(write('none.ifczip', zipSync({ 'notes.txt': new Uint8Array(3) })), 'none.ifczip'), /holds no \.ifc file/);
  const bomb = write('bomb.ifczip', zipSync({ 'big.ifc': new Uint8Array(20 * 1024 * 1024) }, { level: 9 }));
  await rejects(checkIfcFile(bomb, 'bomb.ifczip'), /declares 20971520 bytes, over the limit .* zip bomb/);
});
