import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDataError } from '../data-error.ts';
import { COMPONENT_CODE_STRUCTURE, decodeComponentCode, formatComponentCode } from './component-code.ts';

function throwsDataError(run: () => unknown, pattern: RegExp) {
  assert.throws(run, (error) => isDataError(error) && pattern.test((error as Error).message));
}

test('the structure covers the 16 digits once, in order', () => {
  const digits = COMPONENT_CODE_STRUCTURE.flatMap(({ digits: [first, last] }) => Array.from({ length: last - first + 1 }, (_, i) => first + i));
  assert.deepEqual(digits, Array.from({ length: 16 }, (_, i) => i + 1));
});

test('decodes a water supply manhole cover', () => {
  const cover = decodeComponentCode('3205080101000001');
  assert.deepEqual(
    [cover.countyCode, cover.majorCode, cover.minorCode, cover.sequence, cover.classCode, cover.major.nameZh, cover.minor?.nameZh],
    ['320508', '01', '01', '000001', '0101', '公用设施', '上水井盖'],
  );
});

test('an unlisted minor class is accepted without a table entry', () => {
  const local = decodeComponentCode('1101050198000123');
  assert.equal(local.classCode, '0198');
  assert.equal(local.minor, null);
  assert.equal(local.major.code, '01');
});

test('format and decode are inverse', () => {
  const code = formatComponentCode({ countyCode: '110105', majorCode: 4, minorCode: 2, sequence: 1234 });
  assert.equal(code, '1101050402001234');
  const decoded = decodeComponentCode(code);
  assert.equal(decoded.minor?.nameZh, '行道树');
  assert.equal(formatComponentCode(decoded), code);
});

test('bad codes are DataErrors that name what is wrong', () => {
  throwsDataError(() => decodeComponentCode('320508010100001'), /"320508010100001" is not a component code; give 16 digits/);
  throwsDataError(() => decodeComponentCode('0005080101000001'), /starts with 00, which is no GB\/T 2260 province/);
  throwsDataError(() => decodeComponentCode('3205080901000001'), /digits 7-8 \(大类\) are 09, which is no component major class; use one of 01 公用设施/);
  throwsDataError(() => decodeComponentCode('3205080100000001'), /digits 9-10 \(小类\) are 00; give the minor class within 01 公用设施/);
  throwsDataError(() => decodeComponentCode('3205080101000000'), /digits 11-16 \(流水号\) are 000000/);
  throwsDataError(() => formatComponentCode({ countyCode: '320508', majorCode: 1, minorCode: 1, sequence: 1_000_000 }), /sequence \(流水号\) is 1000000; give an integer from 0 to 999999/);
});
