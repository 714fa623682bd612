import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { classifyBuilding } from './classify-building.ts';
import { fireCompartmentLimit, type CompartmentLimits, type CompartmentSituation } from './fire-compartment-limit.ts';
import { GB_50016_PACK } from '@cimtwin/schemas';

const rule = GB_50016_PACK.rules.find((r) => r.id === 'gb50016-fire-compartment-area')!;
const limits = Object.fromEntries(Object.entries(rule.parameters).filter(([, p]) => p.type === 'number').map(([n, p]) => [n, p.default])) as unknown as CompartmentLimits;
const base: CompartmentSituation = { location: 'above-ground', buildingClass: 'single-multi-storey', fireResistanceRating: '1-2', sprinklers: false, equipment: false };

describe('fireCompartmentLimit (GB 50016-2014 Table 5.3.1 with the pack defaults)', () => {
  test('pack defaults are the table values', () => {
    assert.deepEqual(limits, { maxAreaHighRise: 1500, maxAreaRating12: 2500, maxAreaRating3: 1200, maxAreaRating4: 600, maxAreaUnderground: 500, maxAreaUndergroundEquipment: 1000, sprinklerFactor: 2 });
  });
  test('by building class, rating and location', () => {
    assert.equal(fireCompartmentLimit(base, limits).limit, 2500);
    assert.equal(fireCompartmentLimit({ ...base, buildingClass: 'high-rise' }, limits).limit, 1500);
    assert.equal(fireCompartmentLimit({ ...base, fireResistanceRating: '3' }, limits).limit, 1200);
    assert.equal(fireCompartmentLimit({ ...base, fireResistanceRating: '4' }, limits).limit, 600);
    assert.equal(fireCompartmentLimit({ ...base, location: 'basement' }, limits).limit, 500);
    assert.equal(fireCompartmentLimit({ ...base, location: 'semi-basement', buildingClass: 'high-rise' }, limits).limit, 500);
    assert.equal(fireCompartmentLimit({ ...base, location: 'basement', equipment: true }, limits).limit, 1000);
  });
  test('full sprinklers double every limit (note 1) and the basis says so', () => {
    const high = fireCompartmentLimit({ ...base, buildingClass: 'high-rise', sprinklers: true }, limits);
    assert.equal(high.limit, 3000);
    assert.match(high.basis, /高层民用建筑 1500 m² × 2 \(全部设置自动灭火系统\)/);
    assert.equal(fireCompartmentLimit({ ...base, sprinklers: true }, limits).limit, 5000);
    assert.equal(fireCompartmentLimit({ ...base, location: 'basement', sprinklers: true }, limits).limit, 1000);
  });
});

describe('classifyBuilding (GB 50016-2014 5.1.1)', () => {
  test('residential is high-rise above 27 m', () => {
    assert.equal(classifyBuilding('residential', 27, 9), 'single-multi-storey');
    assert.equal(classifyBuilding('residential', 27.01, 9), 'high-rise');
  });
  test('public is high-rise above 24 m with more than one storey', () => {
    assert.equal(classifyBuilding('public', 24, 6), 'single-multi-storey');
    assert.equal(classifyBuilding('public', 24.5, 6), 'high-rise');
    assert.equal(classifyBuilding('public', 30, 1), 'single-multi-storey');
  });
});
