import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDataError } from '../data-error.ts';
import { comparisonHolds, formatComparison } from './alarm-comparison.ts';
import { AlarmRule, parseAlarmRules } from './alarm-rule.ts';
import { alarmSeverityRank, higherSeverity } from './alarm-severity.ts';

const gasRule = { kind: 'threshold', id: 'gas', alarmType: 'gas-high', datastreamId: 3, create: { minor: { comparison: { operator: '>=', value: 25 } } } };

test('comparisons, both bounds of between included and outside its complement', () => {
  const between = { operator: 'between', low: 0.14, high: 0.6 } as const;
  const outside = { operator: 'outside', low: 0.14, high: 0.6 } as const;
  for (const value of [0.1, 0.14, 0.3, 0.6, 0.7]) assert.equal(comparisonHolds(outside, value), !comparisonHolds(between, value));
  assert.deepEqual([0.14, 0.6, 0.61].map((value) => comparisonHolds(between, value)), [true, true, false]);
  assert.equal(comparisonHolds({ operator: '!=', value: 0 }, 1), true);
  assert.equal(formatComparison(between), 'between 0.14 and 0.6');
  assert.equal(formatComparison({ operator: '>=', value: 25 }), '>= 25');
});

test('severity ranks and the higher of two', () => {
  assert.deepEqual(['warning', 'minor', 'major', 'critical'].map((s) => alarmSeverityRank(s as 'minor')), [1, 2, 3, 4]);
  assert.equal(higherSeverity('minor', 'major'), 'major');
  assert.equal(higherSeverity(null, 'warning'), 'warning');
});

test('a rule parses with defaults: clear from the create conditions, keep-highest, ids as strings', () => {
  const rule = AlarmRule.parse(gasRule);
  assert.ok(rule.kind === 'threshold');
  assert.equal(rule.datastreamId, '3');
  assert.equal(rule.deEscalation, 'keep-highest');
  assert.deepEqual(rule.clear, { comparison: null, durationSeconds: null, count: null, source: null });
  assert.deepEqual(rule.create.minor, { comparison: { operator: '>=', value: 25 }, durationSeconds: null, count: null, source: null });
});

test('rules that cannot be evaluated are refused with what to fix', () => {
  const refused = (input: unknown, pattern: RegExp) => assert.throws(() => parseAlarmRules(input), (error: Error) => isDataError(error) && error.message.startsWith('alarm-rules: the rule set is not valid; fix ') && pattern.test(error.message));
  refused([{ ...gasRule, create: {} }], /at least one severity/);
  refused([{ ...gasRule, create: { severe: gasRule.create.minor } }], /severe/);
  refused([{ ...gasRule, observedProperty: 'combustible-gas' }], /exactly one of datastreamId and observedProperty/);
  refused([{ ...gasRule, create: { minor: { ...gasRule.create.minor, durationSeconds: 60, count: 3 } } }], /durationSeconds or count, not both/);
  refused([{ ...gasRule, create: { minor: { comparison: { operator: 'between', low: 5, high: 1 } } } }], /low must not be above high/);
  refused([gasRule, { ...gasRule, id: 'gas-again' }], /two rules of alarm type gas-high datastream 3/);
  refused([gasRule, { ...gasRule, alarmType: 'other' }], /rule id gas is used twice/);
  refused([{ ...gasRule, alarmType: 'Gas High' }], /lower case/);
  refused([{ kind: 'no-data', id: 'quiet', alarmType: 'no-data', observedProperty: 'pm2.5', afterSeconds: 0 }], /afterSeconds/);
});
