import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDataError } from '@cimtwin/schemas';
import { CASE_STATES, UrbanCase, type CaseAction, type CaseRole, type CaseState } from '../case-schemas.ts';
import { applyTransition } from './apply-transition.ts';
import { FIXTURE_DEPARTMENT, fixtureCase } from './case-fixtures.ts';
import { isCaseTransitionError, type CaseTransitionError } from './case-transition-error.ts';
import { CASE_TRANSITIONS } from './case-transitions.ts';

// The workflow as the specification states it, written out apart from the table under test:
// action, from-state, to-state, roles allowed.
const SPEC: Array<[CaseAction, CaseState, CaseState, CaseRole[]]> = [
  ['accept', 'reported', 'accepted', ['acceptor']],
  ['register', 'accepted', 'registered', ['shift-leader']],
  ['dispatch', 'registered', 'dispatched', ['dispatcher']],
  ['handle', 'dispatched', 'handled', ['department']],
  ['verify', 'handled', 'verified', ['patroller']],
  ['rework', 'handled', 'dispatched', ['patroller']],
  ['close', 'verified', 'closed', ['shift-leader']],
  ['return', 'accepted', 'reported', ['shift-leader']],
  ['return', 'registered', 'accepted', ['dispatcher']],
  ['return', 'dispatched', 'registered', ['department']],
  ['return', 'verified', 'handled', ['shift-leader']],
  ['void', 'reported', 'voided', ['acceptor']],
  ['void', 'accepted', 'voided', ['acceptor', 'shift-leader']],
  ['request-extension', 'dispatched', 'dispatched', ['department']],
  ['approve-extension', 'dispatched', 'dispatched', ['dispatcher', 'shift-leader']],
  ['reject-extension', 'dispatched', 'dispatched', ['dispatcher', 'shift-leader']],
];
const ACTIONS: CaseAction[] = ['report', 'accept', 'register', 'dispatch', 'handle', 'verify', 'rework', 'close', 'return', 'void', 'request-extension', 'approve-extension', 'reject-extension'];
const ROLES: CaseRole[] = ['reporter', 'patroller', 'acceptor', 'shift-leader', 'dispatcher', 'department', 'system'];

function caseFor(state: CaseState, action: CaseAction): UrbanCase {
  const base = fixtureCase(state);
  if (state !== 'dispatched' || (action !== 'approve-extension' && action !== 'reject-extension')) return base;
  return applyTransition(base, 'request-extension', { role: 'department', actor: 'crew-3', actorDepartment: FIXTURE_DEPARTMENT, at: '2024-05-06T09:30:00+08:00', note: '需要吊车', extensionHours: 4 });
}

const context = (role: CaseRole) => ({ role, actor: 'someone', at: '2024-05-07T09:00:00+08:00', note: '理由', department: FIXTURE_DEPARTMENT, actorDepartment: FIXTURE_DEPARTMENT, extensionHours: 4 });

test('the transition table is the specified one', () => {
  assert.deepEqual(
    CASE_TRANSITIONS.map((entry) => [entry.action, entry.from, entry.to, [...entry.roles]]),
    SPEC,
  );
});

test('every action by every role from every state is taken or refused as specified', () => {
  let taken = 0;
  for (const state of CASE_STATES) {
    for (const action of ACTIONS) {
      const spec = SPEC.find(([a, from]) => a === action && from === state);
      for (const role of ROLES) {
        const label = `${action} by ${role} from ${state}`;
        const run = () => applyTransition(caseFor(state, action), action, context(role));
        if (spec && spec[3].includes(role)) {
          const after = run();
          assert.equal(after.state, spec[2], label);
          assert.deepEqual(after.history.at(-1)?.action, action, label);
          UrbanCase.parse(after);
          taken++;
        } else {
          const code = spec ? 'role-not-allowed' : 'invalid-transition';
          assert.throws(run, (error) => isCaseTransitionError(error) && error.code === code && error.status === (spec ? 403 : 409), label);
        }
      }
    }
  }
  assert.equal(taken, SPEC.reduce((sum, [, , , roles]) => sum + roles.length, 0));
});

test('an invalid transition names the state, the action and what is allowed', () => {
  const error = catchError(() => applyTransition(fixtureCase('dispatched'), 'register', context('shift-leader')));
  assert.equal(error.message, 'case-workflow: case C-1 is dispatched (派遣); register (立案) is allowed from accepted only; from dispatched the allowed actions are handle, return, request-extension, approve-extension, reject-extension');
  assert.deepEqual(error.details, { code: 'invalid-transition', caseId: 'C-1', state: 'dispatched', action: 'register', role: 'shift-leader', allowed: ['handle', 'return', 'request-extension', 'approve-extension', 'reject-extension'] });
  assert.ok(isDataError(error));
  assert.match(catchError(() => applyTransition(fixtureCase('closed'), 'return', context('shift-leader'))).message, /is closed \(结案\); return \(退回\) is allowed from accepted, registered, dispatched, verified only; closed is final$/);
  assert.match(catchError(() => applyTransition(fixtureCase('reported'), 'report', context('reporter'))).message, /report only opens a case/);
});

test('a wrong role names the roles allowed', () => {
  const error = catchError(() => applyTransition(fixtureCase('accepted'), 'register', context('acceptor')));
  assert.equal(error.message, 'case-workflow: case C-1: register (立案) from accepted needs shift-leader (值班长); got acceptor');
  assert.equal(error.status, 403);
  assert.deepEqual(error.details.allowed, ['shift-leader']);
});

test('a department acts only on its own cases, and must say which it is', () => {
  const dispatched = fixtureCase('dispatched');
  const other = catchError(() => applyTransition(dispatched, 'handle', { ...context('department'), actorDepartment: 'water-utility' }));
  assert.deepEqual([other.code, other.status], ['wrong-department', 403]);
  assert.match(other.message, /dispatched to district-sanitation, not to water-utility/);
  const unnamed = catchError(() => applyTransition(dispatched, 'handle', { role: 'department', actor: 'crew-3', at: '2024-05-07T09:00:00+08:00' }));
  assert.deepEqual([unnamed.code, unnamed.status], ['invalid-input', 400]);
});

test('steps are refused when dated before the last one or not dated at all', () => {
  const accepted = fixtureCase('accepted');
  const early = catchError(() => applyTransition(accepted, 'register', { role: 'shift-leader', actor: 'l', at: '2024-05-06T09:04:00+08:00' }));
  assert.equal(early.code, 'time-out-of-order');
  assert.match(early.message, /before the last step \(accept at 2024-05-06T01:05:00.000Z\)/);
  const undated = catchError(() => applyTransition(accepted, 'register', { role: 'shift-leader', actor: 'l', at: '6 May' }));
  assert.equal(undated.code, 'invalid-input');
});

test('the case given is not changed', () => {
  const registered = fixtureCase('registered');
  const copy = structuredClone(registered);
  applyTransition(registered, 'dispatch', context('dispatcher'));
  assert.deepEqual(registered, copy);
});

function catchError(run: () => unknown): CaseTransitionError {
  try {
    run();
  } catch (error) {
    if (isCaseTransitionError(error)) return error;
    throw error;
  }
  throw new Error('expected a CaseTransitionError');
}
