import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDataError } from '../data-error.ts';
import { ALARM_DEFAULTS, defaultAlarmRules } from './alarm-defaults.ts';
import { ALARM_OBSERVED_PROPERTIES } from './alarm-default-entry.ts';

const byId = new Map(ALARM_DEFAULTS.map((entry) => [entry.rule.id, entry]));
const threshold = (id: string) => {
  const rule = byId.get(id)!.rule;
  assert.ok(rule.kind === 'threshold');
  return rule;
};

test('every default is scoped to a known observed property and every threshold names its source', () => {
  const keys = new Set<string>(Object.values(ALARM_OBSERVED_PROPERTIES).map((property) => property.key));
  for (const { rule, source } of ALARM_DEFAULTS) {
    assert.equal(rule.datastreamId, null);
    assert.ok(keys.has(rule.observedProperty!), rule.id);
    assert.ok(source.source.length > 20);
    if (rule.kind !== 'threshold') continue;
    for (const condition of Object.values(rule.create)) assert.ok(condition!.source !== null && condition!.source.source.length > 20, `${rule.id} threshold without a source`);
  }
});

test('no default value is marked verified: none was checked against a printed standard', () => {
  const sources = ALARM_DEFAULTS.flatMap(({ rule, source }) => [source, ...(rule.kind === 'threshold' ? [...Object.values(rule.create).map((c) => c!.source), rule.clear.source] : [])]);
  assert.ok(sources.every((source) => source === null || source.verified === false));
});

test('the published values: gas 25/50 %LEL, waterlogging 10/15/27 cm, 0.14 MPa, HJ 633 PM2.5 bands for three hours', () => {
  const gas = threshold('default-combustible-gas');
  assert.deepEqual([gas.create.minor?.comparison, gas.create.critical?.comparison, gas.clear.comparison], [{ operator: '>=', value: 25 }, { operator: '>=', value: 50 }, { operator: '<', value: 20 }]);
  assert.equal(gas.create.minor?.source?.provenance, 'secondary-transcription');
  const water = threshold('default-waterlogging');
  assert.deepEqual([water.create.minor, water.create.major, water.create.critical].map((c) => c?.comparison), [10, 15, 27].map((value) => ({ operator: '>=', value })));
  assert.deepEqual(threshold('default-water-pressure-low').create.major?.comparison, { operator: '<', value: 0.14 });
  const pm = threshold('default-pm2.5');
  assert.deepEqual((['warning', 'minor', 'major', 'critical'] as const).map((s) => [pm.create[s]?.comparison, pm.create[s]?.durationSeconds]), [75, 115, 150, 250].map((value) => [{ operator: '>', value }, 10_800]));
  assert.equal(threshold('default-manhole-cover-tilt').alarmType, threshold('default-manhole-cover-open').alarmType);
});

test('defaultAlarmRules takes the enabled defaults, chosen ids and overrides, and refuses unknown ids', () => {
  const enabled = defaultAlarmRules().map((rule) => rule.id);
  assert.ok(enabled.includes('default-pm2.5') && !enabled.includes('default-co') && !enabled.includes('default-pm2.5-no-data'));
  const [co] = defaultAlarmRules({ ids: ['default-co'], overrides: { 'default-co': { deEscalation: 'follow' } } });
  assert.ok(co.kind === 'threshold' && co.deEscalation === 'follow');
  assert.throws(() => defaultAlarmRules({ ids: ['default-radon'] }), (error: Error) => isDataError(error) && /^alarm-defaults: no default rule default-radon; known ids are default-combustible-gas/.test(error.message));
  assert.throws(() => defaultAlarmRules({ ids: ['default-co'], overrides: { 'default-co': { create: {} } } }), (error: Error) => isDataError(error) && /^alarm-defaults: .*at least one severity/.test(error.message));
});
