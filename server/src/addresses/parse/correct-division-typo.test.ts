import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCorrectedDivision, typoCandidatesBelow, withinOneEdit } from './correct-division-typo.ts';
import { divisionGazetteer } from './division-gazetteer.ts';

describe('withinOneEdit', () => {
  it('is true for one replaced, missing or extra character only', () => {
    assert.equal(withinOneEdit('浦冬新区', '浦东新区'), true);
    assert.equal(withinOneEdit('浦新区', '浦东新区'), true);
    assert.equal(withinOneEdit('浦东新新区', '浦东新区'), true);
    assert.equal(withinOneEdit('浦东新区', '浦东新区'), false);
    assert.equal(withinOneEdit('浦冬心区', '浦东新区'), false);
    assert.equal(withinOneEdit('浦区', '浦东新区'), false);
  });
});

describe('findCorrectedDivision', () => {
  const gazetteer = divisionGazetteer();
  const shanghai = typoCandidatesBelow(gazetteer, gazetteer.division('31')!);

  it('looks below a province at its cities and their districts', () => {
    assert.ok(shanghai.some((entry) => entry.code === '310115'));
    assert.ok(shanghai.some((entry) => entry.code === '3101'));
    assert.ok(shanghai.every((entry) => entry.code.startsWith('31') && !entry.placeholder));
    assert.ok(typoCandidatesBelow(gazetteer, gazetteer.division('41')!).some((entry) => entry.code === '419001'), 'through 省直辖县级行政区划');
  });

  it('finds the division written with one typo, suffix intact', () => {
    assert.deepEqual(findCorrectedDivision('浦冬新区世纪大道', 0, shanghai), { entry: gazetteer.division('310115'), end: 4 });
    assert.equal(findCorrectedDivision('黄埔区', 0, shanghai)?.entry.code, '310101');
    assert.equal(findCorrectedDivision('徐汇路', 0, shanghai), null);
    assert.equal(findCorrectedDivision('浦东新区', 0, shanghai), null, 'exact names are not typos');
    const pudongTowns = typoCandidatesBelow(gazetteer, gazetteer.division('310115')!);
    assert.equal(findCorrectedDivision('陆家咀街道', 0, pudongTowns)?.entry.code, '310115005');
  });
});
