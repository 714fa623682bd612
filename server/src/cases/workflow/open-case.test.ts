import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDataError } from '@cimtwin/schemas';
import { UrbanCase } from '../case-schemas.ts';
import { fixtureReport } from './case-fixtures.ts';
import { isCaseTransitionError } from './case-transition-error.ts';
import { openCase } from './open-case.ts';

test('a report opens a case in state reported', () => {
  const opened = openCase(fixtureReport({ componentCode: null, note: ' 东侧 ' }));
  assert.equal(UrbanCase.parse(opened).state, 'reported');
  assert.deepEqual(opened.history, [{ from: null, to: 'reported', action: 'report', role: 'patroller', actor: 'patroller-7', at: '2024-05-06T01:00:00.000Z', note: '东侧', department: null }]);
  assert.deepEqual([opened.urgency, opened.reportedAt, opened.department, opened.deadlines], ['ordinary', '2024-05-06T01:00:00.000Z', null, { handling: null, pendingExtension: null }]);
});

test('the role must fit the source', () => {
  assert.equal(openCase(fixtureReport({ source: 'hotline-12345', role: 'acceptor' })).source, 'hotline-12345');
  assert.equal(openCase(fixtureReport({ source: 'sensor-alarm', role: 'system', actor: 'cover-sensor-12' })).history[0].role, 'system');
  assert.throws(
    () => openCase(fixtureReport({ source: 'sensor-alarm', role: 'patroller' })),
    (error) => isCaseTransitionError(error) && error.code === 'role-not-allowed' && /a sensor-alarm report comes from system/.test(error.message),
  );
});

test('a component case carries a component code of its own class', () => {
  const cover = openCase(fixtureReport({ caseClass: { kind: 'component', code: '0103' }, componentCode: '1101050103000042', description: '雨水井盖破损' }));
  assert.equal(cover.componentCode, '1101050103000042');
  assert.throws(
    () => openCase(fixtureReport({ caseClass: { kind: 'component', code: '0102' }, componentCode: '1101050103000042' })),
    (error) => isDataError(error) && /componentCode: component code class 0103 differs from the case class 0102/.test((error as Error).message),
  );
});

test('bad codes are DataErrors from their stage', () => {
  assert.throws(() => openCase(fixtureReport({ gridCode: '1101050010020' })), (error) => isDataError(error) && /^grid-code: /.test((error as Error).message));
  assert.throws(() => openCase(fixtureReport({ caseClass: { kind: 'event', code: '0901' } })), (error) => isDataError(error) && /^case-class: /.test((error as Error).message));
  assert.throws(() => openCase(fixtureReport({ componentCode: '12' })), (error) => isDataError(error) && /^component-code: /.test((error as Error).message));
  assert.throws(() => openCase(fixtureReport({ location: { lon: 200, lat: 39 } })), (error) => isDataError(error) && /cannot be opened: location.lon/.test((error as Error).message));
});
