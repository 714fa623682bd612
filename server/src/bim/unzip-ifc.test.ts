import { test } from 'node:test';
import assert from 'node:assert/strict';
import { zipSync } from 'fflate';
import { isDataError } from '@cimtwin/schemas';
import { unzipIfc } from './unzip-ifc.ts';

const text = (s: string) => new TextEncoder().encode(s);

function rejects(run: () => unknown, pattern: RegExp): void {
  assert.throws(run, (error: unknown) => isDataError(error) && pattern.test((error as Error).message));
}

test('unzipIfc returns the .ifc entry', () => {
  const ifc = text('ISO-10303-21;\nEND-ISO-10303-21;\n'.repeat(20));
  const zip = zipSync({ 'readme.txt': text('hello'), 'house/model.IFC': ifc });
  assert.deepEqual(unzipIfc(zip, 'house.ifczip'), ifc);
});

test('unzipIfc rejects what is not a zip', () => {
  rejects(() => unzipIfc(text('ISO-10303-21;'), 'house.ifczip'), /^ifc-import: house\.ifczip is not a zip archive/);
});

test('unzipIfc rejects a zip without an .ifc', () => {
  rejects(() => unzipIfc(zipSync({ 'notes.txt': text('x') }), 'house.ifczip'), /holds no \.ifc file \(entries: notes\.txt\)/);
});

test('unzipIfc stops a zip bomb by ratio and by an explicit limit', () => {
  const bomb = zipSync({ 'big.ifc': new Uint8Array(20 * 1024 * 1024) }, { level: 9 });
  assert.ok(bomb.byteLength < 100_000);
  rejects(() => unzipIfc(bomb, 'bomb.ifczip'), /entry big\.ifc declares 20971520 bytes, over the limit .* zip bomb/);
  const small = zipSync({ 'a.ifc': new Uint8Array(5000).fill(65) });
  rejects(() => unzipIfc(small, 'a.ifczip', { maxInflatedBytes: 1000 }), /over the limit of 1000 bytes/);
  assert.equal(unzipIfc(small, 'a.ifczip', { maxInflatedBytes: 5000 }).byteLength, 5000);
});

test('unzipIfc checks the bytes actually inflated, not only the declared size', () => {
  const zip = zipSync({ 'a.ifc': new Uint8Array(50_000).fill(66) });
  // Find the local header of a.ifc and lie about its uncompressed size (offset 22).
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  assert.equal(view.getUint32(0, true), 0x04034b50);
  view.setUint32(22, 10, true);
  rejects(() => unzipIfc(zip, 'liar.ifczip', { maxInflatedBytes: 20_000 }), /entry a\.ifc inflates to at least \d+ bytes, over the limit of 20000 bytes/);
});
