import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { UrbanCase } from '../case-schemas.ts';
import { applyTransition } from './apply-transition.ts';
import { FIXTURE_DEPARTMENT, fixtureCase } from './case-fixtures.ts';
import { isCaseTransitionError } from './case-transition-error.ts';

// The fixture is dispatched on Monday 6 May 2024 at 09:15 and due on Tuesday at 09:15 (+08:00).
const ask = (c: UrbanCase, hours = 4, at = '2024-05-06T16:00:00+08:00') =>
  applyTransition(c, 'request-extension', { role: 'department', actor: 'crew-3', actorDepartment: FIXTURE_DEPARTMENT, at, note: '需协调清运车辆', extensionHours: hours });
const decide = (c: UrbanCase, action: 'approve-extension' | 'reject-extension', extra: { extensionHours?: number; note?: string } = {}) =>
  applyTransition(c, action, { role: 'dispatcher', actor: 'dispatcher-1', at: '2024-05-06T16:30:00+08:00', ...extra });

test('延期: a request waits for the command centre, and approval moves the due time in working hours', () => {
  const asked = ask(fixtureCase('dispatched'));
  assert.equal(asked.state, 'dispatched');
  assert.deepEqual(asked.deadlines.pendingExtension, { hours: 4, reason: '需协调清运车辆', requestedBy: 'crew-3', requestedAt: '2024-05-06T08:00:00.000Z' });
  assert.equal(asked.deadlines.handling?.dueAt, '2024-05-07T01:15:00.000Z');
  const approved = decide(asked, 'approve-extension');
  // Tuesday 09:15 + 4 working hours: 2.75 h to noon, 1.25 h after 13:30, so 14:45.
  assert.equal(approved.deadlines.handling?.dueAt, '2024-05-07T06:45:00.000Z');
  assert.equal(approved.deadlines.pendingExtension, null);
  assert.deepEqual(approved.deadlines.handling?.extensions, [
    { hours: 4, reason: '需协调清运车辆', requestedBy: 'crew-3', requestedAt: '2024-05-06T08:00:00.000Z', grantedHours: 4, approvedBy: 'dispatcher-1', approvedAt: '2024-05-06T08:30:00.000Z', previousDueAt: '2024-05-07T01:15:00.000Z', dueAt: '2024-05-07T06:45:00.000Z' },
  ]);
  assert.deepEqual(approved.history.slice(-2).map((entry) => [entry.from, entry.to, entry.action, entry.role]), [
    ['dispatched', 'dispatched', 'request-extension', 'department'],
    ['dispatched', 'dispatched', 'approve-extension', 'dispatcher'],
  ]);
});

test('the command centre may grant other hours than asked, and extensions add up', () => {
  const once = decide(ask(fixtureCase('dispatched'), 4), 'approve-extension', { extensionHours: 7.5 });
  assert.equal(once.deadlines.handling?.dueAt, '2024-05-08T01:15:00.000Z');
  const twice = applyTransition(ask(once, 2, '2024-05-06T17:00:00+08:00'), 'approve-extension', { role: 'shift-leader', actor: 'leader-1', at: '2024-05-06T17:10:00+08:00' });
  assert.equal(twice.deadlines.handling?.dueAt, '2024-05-08T03:15:00.000Z');
  assert.deepEqual(twice.deadlines.handling?.extensions.map((grant) => [grant.grantedHours, grant.previousDueAt]), [[7.5, '2024-05-07T01:15:00.000Z'], [2, '2024-05-08T01:15:00.000Z']]);
});

test('a calendar-hour deadline is extended in calendar hours', () => {
  const urgent = fixtureCase('dispatched', { urgency: 'urgent' });
  assert.equal(urgent.deadlines.handling?.dueAt, '2024-05-06T03:15:00.000Z');
  const approved = applyTransition(
    ask(urgent, 3, '2024-05-06T10:00:00+08:00'),
    'approve-extension',
    { role: 'dispatcher', actor: 'dispatcher-1', at: '2024-05-06T10:05:00+08:00' },
  );
  assert.equal(approved.deadlines.handling?.dueAt, '2024-05-06T06:15:00.000Z');
});

test('a rejected request leaves the deadline; handling drops an open request', () => {
  const asked = ask(fixtureCase('dispatched'));
  const rejected = decide(asked, 'reject-extension', { note: '理由不充分' });
  assert.deepEqual([rejected.deadlines.pendingExtension, rejected.deadlines.handling?.dueAt, rejected.deadlines.handling?.extensions.length], [null, '2024-05-07T01:15:00.000Z', 0]);
  assert.throws(() => decide(asked, 'reject-extension'), (error) => isCaseTransitionError(error) && error.code === 'invalid-input');
  const handled = applyTransition(asked, 'handle', { role: 'department', actor: 'crew-3', actorDepartment: FIXTURE_DEPARTMENT, at: '2024-05-06T16:40:00+08:00' });
  assert.equal(handled.deadlines.pendingExtension, null);
});

test('one request at a time, decisions need a request, hours must be positive', () => {
  const asked = ask(fixtureCase('dispatched'));
  assert.throws(() => ask(asked), (error) => isCaseTransitionError(error) && error.code === 'extension-pending' && error.status === 409);
  assert.throws(() => decide(fixtureCase('dispatched'), 'approve-extension'), (error) => isCaseTransitionError(error) && error.code === 'no-pending-extension' && error.status === 409);
  assert.throws(() => decide(fixtureCase('dispatched'), 'reject-extension', { note: 'x' }), (error) => isCaseTransitionError(error) && error.code === 'no-pending-extension');
  assert.throws(() => ask(fixtureCase('dispatched'), 0), (error) => isCaseTransitionError(error) && error.code === 'invalid-input' && /positive number of working-hours/.test(error.message));
  assert.throws(() => decide(asked, 'approve-extension', { extensionHours: -2 }), (error) => isCaseTransitionError(error) && error.code === 'invalid-input');
  assert.throws(
    () => applyTransition(asked, 'approve-extension', { role: 'department', actor: 'crew-3', actorDepartment: FIXTURE_DEPARTMENT, at: '2024-05-06T16:30:00+08:00' }),
    (error) => isCaseTransitionError(error) && error.code === 'role-not-allowed',
  );
});
