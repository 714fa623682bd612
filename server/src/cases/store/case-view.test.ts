import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixtureCase } from '../workflow/case-fixtures.ts';
import { WORKFLOW_DEFAULTS } from '../workflow/workflow-options.ts';
import { caseFeature, caseView } from './case-view.ts';
import type { StoredCase } from './case-row.ts';

const stored = (state: Parameters<typeof fixtureCase>[0]): StoredCase => ({ urbanCase: fixtureCase(state), alarmId: null, edits: [], createdAt: '2024-05-06T01:00:00.000Z', updatedAt: '2024-05-06T01:15:00.000Z' });
const at = (local: string) => new Date(`${local}+08:00`);

// The fixture is dispatched on Monday 6 May 2024 at 09:15 and due Tuesday at 09:15 (7.5 working hours).
test('a dispatched case counts down in working hours and is overdue past its due time', () => {
  const monday = caseView(stored('dispatched'), at('2024-05-06T16:30:00'), WORKFLOW_DEFAULTS);
  assert.equal(monday.deadline?.dueAt, '2024-05-07T01:15:00.000Z');
  // 16:30 to 17:30 on Monday, 08:30 to 09:15 on Tuesday.
  assert.deepEqual([monday.overdue, monday.deadline?.overdue, monday.deadline?.remainingHours], [false, false, 1.75]);
  const tuesday = caseView(stored('dispatched'), at('2024-05-07T10:15:00'), WORKFLOW_DEFAULTS);
  assert.deepEqual([tuesday.overdue, tuesday.deadline?.remainingHours], [true, -1]);
});

test('a handled case is not overdue, and a case before dispatch has no deadline', () => {
  const handled = caseView(stored('handled'), at('2024-05-20T10:00:00'), WORKFLOW_DEFAULTS);
  assert.deepEqual([handled.overdue, handled.deadline?.overdue, handled.deadline?.remainingHours], [false, false, null]);
  const registered = caseView(stored('registered'), at('2024-05-20T10:00:00'), WORKFLOW_DEFAULTS);
  assert.deepEqual([registered.deadline, registered.overdue], [null, false]);
});

test('names, next actions and history as a viewer shows them', () => {
  const view = caseView(stored('handled'), at('2024-05-06T10:30:00'), WORKFLOW_DEFAULTS);
  assert.deepEqual([view.stateName, view.sourceName, view.urgencyName], ['处置', '监督员上报', '一般']);
  assert.deepEqual(view.caseClass, { kind: 'event', kindName: '事件', code: '0102', name: '暴露垃圾', majorCode: '01', majorName: '市容环境' });
  assert.deepEqual(view.nextActions.map((next) => [next.action, next.name, next.toName, next.roles, next.needsNote]), [
    ['verify', '核查', '核查', ['patroller'], false],
    ['rework', '返工', '派遣', ['patroller'], true],
  ]);
  assert.deepEqual(view.history.map((entry) => `${entry.seq}:${entry.actionName}:${entry.roleName}`), ['1:上报:监督员', '2:受理:受理员', '3:立案:值班长', '4:派遣:派遣员', '5:处置:专业部门']);
  const feature = caseFeature(view);
  assert.deepEqual([feature.id, feature.geometry.coordinates, 'history' in feature.properties], ['C-1', [116.45, 39.92], false]);
});
