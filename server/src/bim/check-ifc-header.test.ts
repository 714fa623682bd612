import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDataError } from '@cimtwin/schemas';
import { checkIfcHeader } from './check-ifc-header.ts';

const text = (s: string) => new TextEncoder().encode(s);
const step = (schema: string, end = 'END-ISO-10303-21;\n') =>
  text(`ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION((''),'2;1');\nFILE_NAME('a','',(''),(''),'','','');\nFILE_SCHEMA(('${schema}'));\nENDSEC;\nDATA;\n#1=IFCPERSON($,$,$,$,$,$,$,$);\nENDSEC;\n${end}`);

function rejects(bytes: Uint8Array, pattern: RegExp): void {
  assert.throws(() => checkIfcHeader(bytes, 'model.ifc'), (error: unknown) => isDataError(error) && pattern.test((error as Error).message));
}

test('checkIfcHeader accepts the supported schemas and returns the name', () => {
  for (const schema of ['IFC2X3', 'IFC4', 'IFC4X3_ADD2', 'ifc4x3']) assert.equal(checkIfcHeader(step(schema), 'a.ifc').schema, schema.toUpperCase());
});

test('checkIfcHeader names a PNG, JSON and a missing STEP header', () => {
  rejects(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), /^ifc-import: model\.ifc is not an IFC file \(it looks like a PNG image\)/);
  rejects(text('{"type":"FeatureCollection"}'), /looks like JSON.*ISO-10303-21/);
  rejects(text('HEADER;\nFILE_SCHEMA((\'IFC4\'));\nENDSEC;'), /does not start with the STEP header ISO-10303-21/);
  rejects(new Uint8Array(0), /is empty/);
});

test('checkIfcHeader rejects an unknown schema by name', () => {
  rejects(step('IFC9'), /uses schema 'IFC9', which is not supported; supported are IFC2X3, IFC4/);
});

test('checkIfcHeader rejects a truncated file', () => {
  const whole = step('IFC4');
  rejects(whole.subarray(0, whole.byteLength - 30), /is truncated: it does not end with END-ISO-10303-21/);
  rejects(text("ISO-10303-21;\nHEADER;\nFILE_SCHEMA(('IFC4'"), /no complete HEADER section/);
});
