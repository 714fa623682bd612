import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeGridCode, isDataError } from '@cimtwin/schemas';
import { codeUnitGrids, type UncodedGridCell } from './code-unit-grids.ts';

const TOWN = { townCode: '310115005', townName: '陆家嘴街道', communityCode: null, communityName: null };
const cell = (i: number, j: number, extra: Partial<UncodedGridCell> = {}): UncodedGridCell => ({ i, j, ...TOWN, ...extra });
const options = { divisionCode: '310115', cellsPerBlock: 10 };

test('cells without a community fall into 1 km blocks numbered 901 up, north-west first; sequences run north to south, then west to east', () => {
  // Two blocks: columns 0-9 and 10-19 of rows 0-9. The west block is 901.
  const coded = codeUnitGrids([cell(10, 5), cell(1, 5), cell(0, 9), cell(3, 9), cell(0, 0)], options);
  assert.deepEqual(coded.map((c) => [c.i, c.j, c.code]), [
    [0, 9, '310115005901001'],
    [3, 9, '310115005901002'],
    [1, 5, '310115005901003'],
    [0, 0, '310115005901004'],
    [10, 5, '310115005902001'],
  ]);
  assert.ok(coded.every((c) => c.generatedCommunity && c.communityName === `生成片区${c.communityCode.slice(9)}`));
  const decoded = decodeGridCode(coded[4].code);
  assert.deepEqual([decoded.countyCode, decoded.streetCode, decoded.communityCode, decoded.sequence, decoded.townKind], ['310115', '005', '902', '001', 'street-office']);
});

test('a community named by the addresses is kept and numbered on its own', () => {
  const coded = codeUnitGrids([cell(0, 1, { communityCode: '310115005018', communityName: '东昌居委会' }), cell(0, 2), cell(1, 1, { communityCode: '310115005018', communityName: '东昌居委会' })], options);
  assert.deepEqual(coded.map((c) => [c.code, c.communityName, c.generatedCommunity]), [
    ['310115005018001', '东昌居委会', false],
    ['310115005018002', '东昌居委会', false],
    ['310115005901001', '生成片区901', true],
  ]);
});

test('the same cells in any order get the same codes', () => {
  const cells = [cell(4, 4), cell(2, 7), cell(15, 3), cell(9, 9)];
  const codes = (list: UncodedGridCell[]) => Object.fromEntries(codeUnitGrids(list, options).map((c) => [`${c.i},${c.j}`, c.code]));
  assert.deepEqual(codes([...cells].reverse()), codes(cells));
});

test('a town of another division, or a community of over 999 cells, is a DataError', () => {
  assert.throws(() => codeUnitGrids([cell(0, 0, { townCode: '310101013' })], options), (error) => isDataError(error) && /not a 9-digit town of division 310115/.test((error as Error).message));
  const many = Array.from({ length: 1000 }, (_, n) => cell(n % 40, Math.floor(n / 40)));
  assert.throws(() => codeUnitGrids(many, { ...options, cellsPerBlock: 100 }), (error) => isDataError(error) && /has 1000 cells, more than the 999/.test((error as Error).message));
});
