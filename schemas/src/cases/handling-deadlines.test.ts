import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDataError } from '../data-error.ts';
import { findHandlingDeadlineRule, HANDLING_DEADLINE_DEFAULTS, HandlingDeadlineRules } from './handling-deadlines.ts';

test('the most specific default wins', () => {
  const ruleOf = (kind: 'event' | 'component', code: string, urgency: 'ordinary' | 'urgent' = 'ordinary') => findHandlingDeadlineRule({ kind, code }, urgency).id;
  assert.equal(ruleOf('event', '0403'), 'event-gas-rupture');
  assert.equal(ruleOf('event', '0401'), 'event-emergency');
  assert.equal(ruleOf('event', '0102'), 'event-appearance');
  assert.equal(ruleOf('event', '0601'), 'default');
  assert.equal(ruleOf('component', '0101'), 'component-utilities');
  assert.equal(ruleOf('component', '0402'), 'component');
  assert.equal(ruleOf('component', '0402', 'urgent'), 'urgent');
  assert.deepEqual(findHandlingDeadlineRule({ kind: 'event', code: '0102' }, 'ordinary').limit, { hours: 7.5, unit: 'working-hours' });
});

test('the defaults are marked as local practice, not the standard', () => {
  for (const rule of HANDLING_DEADLINE_DEFAULTS) {
    assert.equal(rule.verified, false);
    assert.equal(rule.provenance, 'general-knowledge');
    assert.match(rule.source, /cimtwin default/);
  }
});

test('a city table replaces the defaults and must match every case', () => {
  const city = HandlingDeadlineRules.parse([
    { ...HANDLING_DEADLINE_DEFAULTS[0], id: 'city-events', kind: 'event', classPrefix: '', urgency: null, limit: { hours: 4, unit: 'working-hours' }, label: '4工作时' },
  ]);
  assert.equal(findHandlingDeadlineRule({ kind: 'event', code: '0505' }, 'ordinary', city).id, 'city-events');
  assert.throws(
    () => findHandlingDeadlineRule({ kind: 'component', code: '0101' }, 'ordinary', city),
    (error) => isDataError(error) && /no rule matches component class 0101 \(ordinary\); add a rule/.test((error as Error).message),
  );
});

test('rule tables with a repeated id or a prefix without kind are refused', () => {
  const base = HANDLING_DEADLINE_DEFAULTS[1];
  assert.equal(HandlingDeadlineRules.safeParse([base, base]).success, false);
  assert.equal(HandlingDeadlineRules.safeParse([{ ...base, kind: null }]).success, false);
});
