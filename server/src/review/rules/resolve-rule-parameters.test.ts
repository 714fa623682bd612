import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isDataError } from '@cimtwin/schemas';
import { RULE_KINDS, RULE_PACKS, RulePack } from '@cimtwin/schemas';
import { resolveRuleParameters } from './resolve-rule-parameters.ts';
import { RULE_EVALUATORS } from './rule-evaluators.ts';

const pack = (id: string): RulePack => RULE_PACKS.find((p) => p.id === id)!;
const rejects = (fn: () => unknown, pattern: RegExp): void => assert.throws(fn, (e: unknown) => isDataError(e) && pattern.test((e as Error).message));

describe('rule packs', () => {
  test('every pack parses, has unique rule ids and every rule kind has an evaluator', () => {
    assert.deepEqual(RULE_PACKS.map((p) => p.id), ['planning-conditions', 'gb-50016', 'gb-50352', 'gb-50096']);
    for (const p of RULE_PACKS) {
      assert.deepEqual(RulePack.parse(JSON.parse(JSON.stringify(p))), p, p.id);
      for (const rule of p.rules) assert.equal(typeof RULE_EVALUATORS[rule.kind], 'function', rule.kind);
    }
    for (const kind of RULE_KINDS) assert.ok(RULE_PACKS.some((p) => p.rules.some((r) => r.kind === kind)), `${kind} is used by a pack`);
  });
  test('clause values encoded as defaults', () => {
    const gb50352 = pack('gb-50352');
    const risers = gb50352.rules.find((r) => r.id === 'gb50352-flight-risers')!;
    assert.deepEqual([risers.parameters.minRisers.default, risers.parameters.maxRisers.default], [3, 18]);
    const guard = gb50352.rules.find((r) => r.id === 'gb50352-guard-height')!;
    assert.deepEqual([guard.parameters.minGuardHeight.default, guard.parameters.minGuardHeightHighDrop.default, guard.parameters.highDropThreshold.default], [1.05, 1.1, 24]);
    const area = pack('gb-50096').rules.find((r) => r.id === 'gb50096-room-area')!.parameters.minAreas.default as Record<string, { minArea: number }>;
    assert.deepEqual(Object.fromEntries(Object.entries(area).map(([k, v]) => [k, v.minArea])), { 'bedroom-double': 9, 'bedroom-single': 5, bedsitter: 12, 'living-room': 10, kitchen: 4, 'kitchen-smallest-dwelling': 3.5, bathroom: 2.5, toilet: 1.8 });
  });
});

describe('resolveRuleParameters', () => {
  test('fills defaults, takes rule parameters by ruleId.name and coerces strings', () => {
    const resolved = resolveRuleParameters(pack('gb-50016'), { sprinklers: 'true', 'gb50016-exit-door-width.doorFrameDeduction': '0.05' });
    assert.equal(resolved.pack.sprinklers, true);
    assert.equal(resolved.pack.buildingUse, 'auto');
    assert.equal(resolved.rules['gb50016-exit-door-width'].doorFrameDeduction, 0.05);
    assert.equal(resolved.rules['gb50016-exit-door-width'].minExitDoorWidth, 0.9);
  });
  test('tables are overridden cell by cell', () => {
    const resolved = resolveRuleParameters(pack('gb-50016'), { 'gb50016-evacuation-distance.deadEndDistances': { general: { 'high-rise': 18 } } });
    const table = resolved.rules['gb50016-evacuation-distance'].deadEndDistances as Record<string, Record<string, number>>;
    assert.deepEqual(table.general, { 'single-multi-storey': 22, 'high-rise': 18 });
    assert.deepEqual(table.residential, { 'single-multi-storey': 22, 'high-rise': 20 });
    rejects(() => resolveRuleParameters(pack('gb-50016'), { 'gb50016-evacuation-distance.deadEndDistances': { hospital: { 'high-rise': 1 } } }), /unknown row "hospital" \(rows: general, medical/);
  });
  test('geometry: inline GeoJSON, Features and feature references; nonsense rejected', () => {
    const polygon = { type: 'Polygon', coordinates: [[[121, 31], [121.001, 31], [121.001, 31.001], [121, 31]]] };
    assert.deepEqual(resolveRuleParameters(pack('planning-conditions'), { parcel: { type: 'Feature', properties: {}, geometry: polygon } }).pack.parcel, polygon);
    assert.deepEqual(resolveRuleParameters(pack('planning-conditions'), { parcel: JSON.stringify({ featureId: '42' }) }).pack.parcel, { featureId: 42 });
    rejects(() => resolveRuleParameters(pack('planning-conditions'), { parcel: { type: 'Point', coordinates: [121, 31] } }), /parameter "parcel" is not GeoJSON or a feature reference/);
    rejects(() => resolveRuleParameters(pack('planning-conditions'), { redLines: [{ minSetback: -1, source: polygon }] }), /parameter "redLines" is not a list of red lines \(0\.minSetback/);
  });
  test('unknown names, wrong types and out-of-range values list what is valid', () => {
    rejects(() => resolveRuleParameters(pack('gb-50352'), { stairType: 'other' }), /rule pack gb-50352 has no parameter "stairType"; valid parameters: groundElevation, stairCategory, gb50352-flight-risers\.minRisers/);
    rejects(() => resolveRuleParameters(pack('gb-50352'), { stairCategory: 'ladder' }), /expected one of: residential-common, residential-dwelling/);
    rejects(() => resolveRuleParameters(pack('gb-50352'), { 'gb50352-flight-risers.maxRisers': 18.5 }), /expected an integer/);
    rejects(() => resolveRuleParameters(pack('planning-conditions'), { 'planning-site-coverage.maxSiteCoverage': 135 }), /is 135, above 100/);
    rejects(() => resolveRuleParameters(pack('gb-50016'), { sprinklers: null }), /cannot be null; expected true or false/);
    assert.equal(resolveRuleParameters(pack('planning-conditions'), { 'planning-building-height.maxHeight': null }).rules['planning-building-height'].maxHeight, null);
  });
});
