import assert from 'node:assert/strict';
import { test } from 'node:test';
import { UrbanCase } from './urban-case.ts';
import { WORKING_CALENDAR_DEFAULTS, WorkingCalendar } from './working-calendar.ts';

const reported = {
  id: 'C-1',
  source: 'patrol',
  caseClass: { kind: 'component', code: '0103' },
  urgency: 'ordinary',
  description: '雨水井盖破损',
  location: { lon: 116.45, lat: 39.92 },
  gridCode: '110105001002003',
  componentCode: '1101050103000042',
  department: null,
  state: 'reported',
  reportedAt: '2024-05-06T09:00:00+08:00',
  deadlines: { handling: null, pendingExtension: null },
  history: [{ from: null, to: 'reported', action: 'report', role: 'patroller', actor: 'p-7', at: '2024-05-06T09:00:00+08:00', note: null, department: null }],
};

const issues = (value: unknown) => (UrbanCase.safeParse(value).error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

test('a reported component case is valid', () => {
  assert.deepEqual(issues(reported), []);
});

test('the model refuses inconsistent cases', () => {
  assert.deepEqual(issues({ ...reported, state: 'accepted' }), ['state: state differs from the last history entry']);
  assert.deepEqual(issues({ ...reported, componentCode: '1101050102000042' }), ['componentCode: component code class 0102 differs from the case class 0103']);
  assert.deepEqual(issues({ ...reported, history: [{ ...reported.history[0], action: 'accept' }] }), ['history.0: a history starts with the report (action report, from null)']);
  assert.deepEqual(issues({ ...reported, gridCode: '1101050010020' }), ['gridCode: a unit-grid code has 15 digits']);
  assert.equal(issues({ ...reported, reportedAt: '2024-05-06 09:00' }).length, 1);
});

test('the default working calendar and its checks', () => {
  assert.deepEqual(WORKING_CALENDAR_DEFAULTS.periods, [{ start: '08:30', end: '12:00' }, { start: '13:30', end: '17:30' }]);
  assert.deepEqual(WORKING_CALENDAR_DEFAULTS.workdays, [1, 2, 3, 4, 5]);
  const overlapping = { ...WORKING_CALENDAR_DEFAULTS, periods: [{ start: '08:30', end: '12:00' }, { start: '11:30', end: '17:30' }] };
  assert.match(WorkingCalendar.safeParse(overlapping).error?.issues[0].message ?? '', /overlaps or precedes/);
  assert.equal(WorkingCalendar.safeParse({ ...WORKING_CALENDAR_DEFAULTS, periods: [{ start: '8:30', end: '12:00' }] }).success, false);
  assert.equal(WorkingCalendar.safeParse({ ...WORKING_CALENDAR_DEFAULTS, workdays: [] }).success, false);
});
