import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPipeSubtype, findPipeType, pipeColour, PIPE_TYPE_CODES, PIPE_TYPES } from './pipe-types.ts';

test('the 8 CJJ 61 main types, in order, with digit codes 1-8', () => {
  assert.deepEqual(PIPE_TYPES.map((type) => type.code), [...PIPE_TYPE_CODES]);
  assert.deepEqual(PIPE_TYPES.map((type) => type.numericCode), ['1', '2', '3', '4', '5', '6', '7', '8']);
  assert.deepEqual(PIPE_TYPES.map((type) => type.nameZh), ['给水', '排水', '燃气', '热力', '电力', '通信', '工业', '其他']);
});

test('subtype codes and numeric codes are unique within each main type', () => {
  for (const type of PIPE_TYPES) {
    const codes = type.subtypes.map((subtype) => subtype.code);
    assert.equal(new Set(codes).size, codes.length, type.code);
    const numeric = type.subtypes.map((subtype) => subtype.numericCode).filter((code) => code !== null);
    assert.equal(new Set(numeric).size, numeric.length, type.code);
  }
});

test('every entry says where it comes from, and nothing claims to be checked against the printed standard', () => {
  for (const entry of [...PIPE_TYPES, ...PIPE_TYPES.flatMap((type) => type.subtypes)]) {
    assert.ok(entry.source.length > 20);
    assert.equal(entry.verified, false);
  }
  const fromPractice = PIPE_TYPES.flatMap((type) => type.subtypes).filter((subtype) => subtype.provenance === 'general-knowledge');
  assert.deepEqual(fromPractice.map((subtype) => subtype.code), ['DX', 'YD', 'LT']);
  assert.ok(fromPractice.every((subtype) => subtype.numericCode === null));
});

test('lookups are case-insensitive and colours fall back to the main type', () => {
  assert.equal(findPipeType('js')?.nameEn, 'water supply');
  assert.equal(findPipeSubtype('PS', 'ws')?.nameZh, '污水');
  assert.equal(findPipeSubtype('RQ', 'TR')?.numericCode, '03');
  assert.equal(findPipeSubtype('RQ', 'XX'), undefined);
  assert.deepEqual(pipeColour('PS', 'YS'), [76, 57, 38]);
  assert.deepEqual(pipeColour('JS'), [0, 255, 255]);
  assert.deepEqual(pipeColour('QT', 'BM'), [102, 0, 204]);
  assert.equal(pipeColour('QT'), null);
  assert.equal(pipeColour('ZZ'), null);
});
