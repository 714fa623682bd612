import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDataError } from '@cimtwin/schemas';
import { alarmCaseClass } from './alarm-case-classes.ts';

const cover = { code: '3101150111000007', classCode: '0111' };

test('emergencies are 突发事件 events and keep the component the sensor sits at', () => {
  assert.deepEqual(alarmCaseClass('gas-high', cover), { caseClass: { kind: 'event', code: '0403' }, componentCode: cover.code, nameZh: '可燃气体浓度超限' });
  assert.deepEqual(alarmCaseClass('waterlogging', null).caseClass, { kind: 'event', code: '0406' });
});

test('a component alarm takes the component class, or the fallback without a component', () => {
  assert.deepEqual(alarmCaseClass('manhole-cover', cover), { caseClass: { kind: 'component', code: '0111' }, componentCode: cover.code, nameZh: '井盖异常' });
  assert.deepEqual(alarmCaseClass('manhole-cover', null), { caseClass: { kind: 'component', code: '0114' }, componentCode: null, nameZh: '井盖异常' });
});

test('an unlisted type opens a case only at a component', () => {
  assert.equal(alarmCaseClass('pm2.5-pollution', cover).caseClass.code, '0111');
  assert.throws(() => alarmCaseClass('pm2.5-pollution', null), (error) => isDataError(error) && /^case-from-alarm: alarm type pm2.5-pollution has no case class/.test((error as Error).message));
});
