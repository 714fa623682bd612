import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDataError } from '@cimtwin/schemas';
import type { CaseAction, CaseRole, UrbanCase } from '../case-schemas.ts';
import { applyTransition } from '../workflow/apply-transition.ts';
import { fixtureReport } from '../workflow/case-fixtures.ts';
import { openCase, type CaseReport } from '../workflow/open-case.ts';
import { computeCaseIndicators } from './case-indicators.ts';
import { computeCaseIndicatorsBy } from './group-case-indicators.ts';

// Ten cases worked out by hand. The period is the week of Monday 6 May 2024 (+08:00); every
// 0102 case is due 7.5 working hours after dispatch, so a Monday 09:15 dispatch is due Tuesday 09:15.
const G1 = '110105001002003';
const G2 = '110105001002004';
const SAN = 'district-sanitation';
const WATER = 'water-utility';

type Step = [CaseAction, CaseRole, string, { department?: string; note?: string }?];
function walk(report: Partial<CaseReport>, date: string, steps: Step[]): UrbanCase {
  let current = openCase(fixtureReport({ at: `${date}T09:00:00+08:00`, ...report }));
  for (const [action, role, time, extra = {}] of steps) {
    const at = time.includes('T') ? `${time}+08:00` : `${date}T${time}:00+08:00`;
    current = applyTransition(current, action, { role, actor: role, at, note: '理由', actorDepartment: current.department ?? undefined, ...extra });
  }
  return current;
}
const toDispatch = (department: string): Step[] => [
  ['accept', 'acceptor', '09:05'],
  ['register', 'shift-leader', '09:10'],
  ['dispatch', 'dispatcher', '09:15', { department }],
];
const finish = (date: string): Step[] => [
  ['verify', 'patroller', `${date}T15:00:00`],
  ['close', 'shift-leader', `${date}T15:10:00`],
];

const CASES = [
  // A: handled in 0.75 h, closed on time.
  walk({ id: 'A' }, '2024-05-06', [...toDispatch(SAN), ['handle', 'department', '10:00'], ...finish('2024-05-06')]),
  // B: handled Tuesday 10:15, an hour after the deadline: 25 h, 8.5 working hours; closed late.
  walk({ id: 'B' }, '2024-05-06', [...toDispatch(SAN), ['handle', 'department', '2024-05-07T10:15:00'], ...finish('2024-05-07')]),
  // C: a cover case in G2, reworked once, handled again before the deadline, closed on time.
  walk({ id: 'C', gridCode: G2, caseClass: { kind: 'component', code: '0103' } }, '2024-05-06', [
    ...toDispatch(WATER), ['handle', 'department', '10:00'], ['rework', 'patroller', '10:30'], ['handle', 'department', '14:00'], ...finish('2024-05-06'),
  ]),
  // D: voided as a duplicate before acceptance.
  walk({ id: 'D', gridCode: G2 }, '2024-05-07', [['void', 'acceptor', '09:30']]),
  // E: dispatched, not yet handled.
  walk({ id: 'E' }, '2024-05-07', toDispatch(SAN)),
  // F: reported, not yet accepted.
  walk({ id: 'F' }, '2024-05-08', []),
  // H: reported Friday, handled in 2 h, verified only after the period ends.
  walk({ id: 'H' }, '2024-05-10', [...toDispatch(SAN), ['handle', 'department', '11:15'], ['verify', 'patroller', '2024-05-13T10:00:00']]),
  // I: accepted, then voided by the shift leader.
  walk({ id: 'I', gridCode: G2 }, '2024-05-08', [['accept', 'acceptor', '09:05'], ['void', 'shift-leader', '09:20']]),
  // J: accepted, not yet registered.
  walk({ id: 'J' }, '2024-05-09', [['accept', 'acceptor', '09:05']]),
  // K: reported the Sunday before the period: not counted.
  walk({ id: 'K' }, '2024-05-05', [...toDispatch(SAN), ['handle', 'department', '10:00']]),
];
const WEEK = { from: '2024-05-06T00:00:00+08:00', to: '2024-05-13T00:00:00+08:00' };

test('the indicators of the week, by hand', () => {
  const week = computeCaseIndicators(CASES, WEEK);
  assert.deepEqual(week.counts, { reported: 9, valid: 6, voided: 2, registered: 5, closed: 3, closedOnTime: 2, handled: 4, reworked: 1 });
  assert.deepEqual(week.byState, { reported: 1, accepted: 1, registered: 0, dispatched: 1, handled: 1, verified: 0, closed: 3, voided: 2 });
  assert.equal(week.registrationRate, 5 / 6);
  assert.equal(week.closureRate, 3 / 5);
  assert.equal(week.onTimeClosureRate, 2 / 3);
  assert.equal(week.reworkRate, 1 / 4);
  // A 0.75, B 25, C 0.75 (to its first handling), H 2; working hours A 0.75, B 8.5, C 0.75, H 2.
  assert.equal(week.averageHandlingHours, (0.75 + 25 + 0.75 + 2) / 4);
  assert.equal(week.averageHandlingWorkingHours, (0.75 + 8.5 + 0.75 + 2) / 4);
});

test('by department, grid and class', () => {
  const byDepartment = computeCaseIndicatorsBy(CASES, 'department', WEEK);
  assert.deepEqual(byDepartment.map((row) => [row.key, row.counts.reported, row.counts.closed, row.counts.closedOnTime, row.reworkRate, row.registrationRate]), [
    [SAN, 4, 2, 1, 0, 1],
    [WATER, 1, 1, 1, 1, 1],
    [null, 4, 0, 0, null, 0],
  ]);
  assert.equal(byDepartment[0].averageHandlingHours, (0.75 + 25 + 2) / 3);
  const byGrid = computeCaseIndicatorsBy(CASES, 'grid', WEEK);
  assert.deepEqual(byGrid.map((row) => [row.key, row.counts.reported, row.counts.voided, row.closureRate]), [[G1, 6, 0, 2 / 4], [G2, 3, 2, 1]]);
  const byClass = computeCaseIndicatorsBy(CASES, 'class', WEEK);
  assert.deepEqual(byClass.map((row) => [row.key, row.counts.reported]), [['component:0103', 1], ['event:0102', 8]]);
});

test('cases are taken as they stood at the end of the period', () => {
  const mondayMorning = computeCaseIndicators(CASES, { from: WEEK.from, to: '2024-05-06T10:15:00+08:00' });
  // At 10:15 on Monday A, B and C were dispatched and A and C handled; nothing was closed.
  assert.deepEqual(mondayMorning.byState, { reported: 0, accepted: 0, registered: 0, dispatched: 1, handled: 2, verified: 0, closed: 0, voided: 0 });
  assert.deepEqual([mondayMorning.closureRate, mondayMorning.onTimeClosureRate, mondayMorning.reworkRate], [0, null, 0]);
});

test('an empty set has counts of zero and no rates', () => {
  const none = computeCaseIndicators([], WEEK);
  assert.equal(none.counts.reported, 0);
  assert.deepEqual([none.registrationRate, none.closureRate, none.onTimeClosureRate, none.reworkRate, none.averageHandlingHours], [null, null, null, null, null]);
  assert.deepEqual(computeCaseIndicatorsBy([], 'grid', WEEK), []);
});

test('a period that is not one is a DataError', () => {
  assert.throws(() => computeCaseIndicators(CASES, { from: WEEK.to, to: WEEK.from }), (error) => isDataError(error) && /^case-indicators: the period .* is not a period/.test((error as Error).message));
  assert.throws(() => computeCaseIndicators(CASES, { from: 'last week', to: WEEK.to }), (error) => isDataError(error));
});
