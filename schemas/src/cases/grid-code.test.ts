import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDataError } from '../data-error.ts';
import { decodeGridCode, formatGridCode, GRID_CODE_STRUCTURE } from './grid-code.ts';

function throwsDataError(run: () => unknown, pattern: RegExp) {
  assert.throws(run, (error) => isDataError(error) && pattern.test((error as Error).message));
}

test('the structure covers the 15 digits once, in order', () => {
  const digits = GRID_CODE_STRUCTURE.flatMap(({ digits: [first, last] }) => Array.from({ length: last - first + 1 }, (_, i) => first + i));
  assert.deepEqual(digits, Array.from({ length: 15 }, (_, i) => i + 1));
  assert.ok(GRID_CODE_STRUCTURE.every((segment) => segment.verified === false));
});

test('decodes the four parts and the town and community kinds', () => {
  assert.deepEqual(decodeGridCode(' 110105001002003 '), {
    code: '110105001002003',
    countyCode: '110105',
    streetCode: '001',
    communityCode: '002',
    sequence: '003',
    townKind: 'street-office',
    communityKind: 'residents-committee',
  });
  const rural = decodeGridCode('320508105201017');
  assert.deepEqual([rural.townKind, rural.communityKind], ['town', 'villagers-committee']);
});

test('format and decode are inverse', () => {
  const code = formatGridCode({ countyCode: '310101', streetCode: 2, communityCode: '017', sequence: 45 });
  assert.equal(code, '310101002017045');
  const { countyCode, streetCode, communityCode, sequence } = decodeGridCode(code);
  assert.equal(formatGridCode({ countyCode, streetCode, communityCode, sequence }), code);
});

test('bad codes are DataErrors that name what is wrong', () => {
  throwsDataError(() => decodeGridCode('11010500100200'), /"11010500100200" is not a unit-grid code; give 15 digits/);
  throwsDataError(() => decodeGridCode('11010500100200A'), /give 15 digits/);
  throwsDataError(() => decodeGridCode('990105001002003'), /starts with 99, which is no GB\/T 2260 province/);
  throwsDataError(() => decodeGridCode('110105000002003'), /digits 7-9 \(街道代码\) are 000/);
  throwsDataError(() => decodeGridCode('110105001000003'), /digits 10-12 \(社区代码\) are 000/);
  throwsDataError(() => decodeGridCode('110105001002000'), /digits 13-15 \(单元网格顺序码\) are 000/);
  throwsDataError(() => formatGridCode({ countyCode: '11010', streetCode: 1, communityCode: 1, sequence: 1 }), /countyCode \(县级及县级以上行政区划代码\) is "11010"; give 6 digits/);
  throwsDataError(() => formatGridCode({ countyCode: '110105', streetCode: 1000, communityCode: 1, sequence: 1 }), /streetCode \(街道代码\) is 1000; give an integer from 0 to 999/);
  throwsDataError(() => formatGridCode({ countyCode: '110105', streetCode: '01', communityCode: 1, sequence: 1 }), /streetCode \(街道代码\) is "01"; give 3 digits/);
  throwsDataError(() => formatGridCode({ countyCode: '110105', streetCode: 1, communityCode: 1, sequence: 0 }), /are 000/);
});
