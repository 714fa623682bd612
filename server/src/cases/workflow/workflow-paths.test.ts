import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { UrbanCase } from '../case-schemas.ts';
import { applyTransition } from './apply-transition.ts';
import { FIXTURE_DEPARTMENT, fixtureCase } from './case-fixtures.ts';
import { isCaseTransitionError } from './case-transition-error.ts';

const steps = (c: UrbanCase) => c.history.map((entry) => `${entry.from ?? '-'}>${entry.to}:${entry.action}:${entry.role}`);
const crew = { role: 'department', actor: 'crew-3', actorDepartment: FIXTURE_DEPARTMENT } as const;

test('the main path records every step and starts the deadline at dispatch', () => {
  const closed = fixtureCase('closed');
  assert.deepEqual(steps(closed), [
    '->reported:report:patroller',
    'reported>accepted:accept:acceptor',
    'accepted>registered:register:shift-leader',
    'registered>dispatched:dispatch:dispatcher',
    'dispatched>handled:handle:department',
    'handled>verified:verify:patroller',
    'verified>closed:close:shift-leader',
  ]);
  // 暴露垃圾 (0102) has 1 working day (7.5 h) by default: from Monday 09:15, 2.75 h to noon,
  // 4 h in the afternoon, 0.75 h on Tuesday morning.
  assert.deepEqual(closed.deadlines.handling, {
    ruleId: 'event-appearance',
    limit: { hours: 7.5, unit: 'working-hours' },
    startedAt: '2024-05-06T01:15:00.000Z',
    dueAt: '2024-05-07T01:15:00.000Z',
    extensions: [],
  });
  assert.equal(closed.department, FIXTURE_DEPARTMENT);
  assert.equal(fixtureCase('registered').deadlines.handling, null);
});

test('an urgent case gets calendar hours', () => {
  const dispatched = fixtureCase('dispatched', { urgency: 'urgent' });
  assert.deepEqual([dispatched.deadlines.handling?.ruleId, dispatched.deadlines.handling?.dueAt], ['urgent', '2024-05-06T03:15:00.000Z']);
});

test('退回: a department returns a wrongly dispatched case, which is dispatched again with a new deadline', () => {
  const returned = applyTransition(fixtureCase('dispatched'), 'return', { ...crew, at: '2024-05-06T09:40:00+08:00', note: '不属于本部门职责' });
  assert.equal(returned.state, 'registered');
  assert.equal(returned.department, null);
  assert.deepEqual(returned.deadlines, { handling: null, pendingExtension: null });
  assert.deepEqual(returned.history.at(-1), {
    from: 'dispatched', to: 'registered', action: 'return', role: 'department', actor: 'crew-3', at: '2024-05-06T01:40:00.000Z', note: '不属于本部门职责', department: null,
  });
  const again = applyTransition(returned, 'dispatch', { role: 'dispatcher', actor: 'dispatcher-1', at: '2024-05-06T10:00:00+08:00', department: 'water-utility' });
  assert.deepEqual([again.department, again.deadlines.handling?.startedAt, again.deadlines.handling?.dueAt], ['water-utility', '2024-05-06T02:00:00.000Z', '2024-05-07T02:00:00.000Z']);
});

test('退回 by each desk goes one stage back and needs a reason', () => {
  const back = (state: 'accepted' | 'registered' | 'verified', role: 'shift-leader' | 'dispatcher') =>
    applyTransition(fixtureCase(state), 'return', { role, actor: 'desk', at: '2024-05-07T09:00:00+08:00', note: '信息不全' }).state;
  assert.equal(back('accepted', 'shift-leader'), 'reported');
  assert.equal(back('registered', 'dispatcher'), 'accepted');
  assert.equal(back('verified', 'shift-leader'), 'handled');
  assert.throws(
    () => applyTransition(fixtureCase('accepted'), 'return', { role: 'shift-leader', actor: 'desk', at: '2024-05-07T09:00:00+08:00', note: '  ' }),
    (error) => isCaseTransitionError(error) && error.code === 'invalid-input' && /return \(退回\) needs a reason in note/.test(error.message),
  );
});

test('返工: a failed verification sends the case back to the same department under the same deadline', () => {
  const handled = fixtureCase('handled');
  const rework = applyTransition(handled, 'rework', { role: 'patroller', actor: 'patroller-7', at: '2024-05-06T10:30:00+08:00', note: '垃圾未清运干净' });
  assert.deepEqual([rework.state, rework.department], ['dispatched', FIXTURE_DEPARTMENT]);
  assert.deepEqual(rework.deadlines.handling, handled.deadlines.handling);
  const closed = [
    (c: UrbanCase) => applyTransition(c, 'handle', { ...crew, at: '2024-05-06T14:00:00+08:00' }),
    (c: UrbanCase) => applyTransition(c, 'verify', { role: 'patroller', actor: 'patroller-7', at: '2024-05-06T15:00:00+08:00' }),
    (c: UrbanCase) => applyTransition(c, 'close', { role: 'shift-leader', actor: 'leader-1', at: '2024-05-06T15:10:00+08:00' }),
  ].reduce((c, stepTo) => stepTo(c), rework);
  assert.deepEqual(closed.history.map((entry) => entry.action).slice(4), ['handle', 'rework', 'handle', 'verify', 'close']);
  assert.throws(
    () => applyTransition(handled, 'rework', { role: 'patroller', actor: 'patroller-7', at: '2024-05-06T10:30:00+08:00' }),
    (error) => isCaseTransitionError(error) && error.code === 'invalid-input',
  );
});

test('作废 only before 立案, with a reason', () => {
  const at = '2024-05-06T09:20:00+08:00';
  assert.equal(applyTransition(fixtureCase('reported'), 'void', { role: 'acceptor', actor: 'a', at, note: '重复上报' }).state, 'voided');
  assert.equal(applyTransition(fixtureCase('accepted'), 'void', { role: 'shift-leader', actor: 'l', at, note: '不属于城管范围' }).state, 'voided');
  for (const state of ['registered', 'dispatched', 'handled', 'verified', 'closed'] as const) {
    assert.throws(
      () => applyTransition(fixtureCase(state), 'void', { role: 'shift-leader', actor: 'l', at: '2024-05-07T09:00:00+08:00', note: '重复' }),
      (error) => isCaseTransitionError(error) && error.code === 'invalid-transition' && /void \(作废\) is allowed from reported, accepted only/.test(error.message),
      state,
    );
  }
  const voided = fixtureCase('voided');
  assert.throws(() => applyTransition(voided, 'accept', { role: 'acceptor', actor: 'a', at: '2024-05-07T09:00:00+08:00' }), (error) => isCaseTransitionError(error) && /voided is final/.test(error.message));
  assert.throws(() => applyTransition(fixtureCase('reported'), 'void', { role: 'acceptor', actor: 'a', at }), (error) => isCaseTransitionError(error) && error.code === 'invalid-input');
});

test('派遣 needs a department', () => {
  assert.throws(
    () => applyTransition(fixtureCase('registered'), 'dispatch', { role: 'dispatcher', actor: 'd', at: '2024-05-06T09:15:00+08:00' }),
    (error) => isCaseTransitionError(error) && error.code === 'invalid-input' && /needs the department/.test(error.message),
  );
});
