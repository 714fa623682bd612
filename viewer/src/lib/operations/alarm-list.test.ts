import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Alarm, ListedAlarm } from '../api/alarm-types.ts';
import { AlarmList } from './alarm-list.ts';

function alarm(id: string, startTime: string, status: Alarm['status'] = 'ACTIVE_UNACK'): Alarm {
  return { id, type: 'gas-high', thingId: '7', severity: 'critical', status, startTime, endTime: null, acknowledged: null, cleared: null, details: null };
}
const listed = (entry: Alarm): ListedAlarm => ({ ...entry, thingName: '燃气井 G-01', point: [121.5, 31.2], caseId: null });
const lookup = (thingId: string) => (thingId === '7' ? { name: '燃气井 G-01', point: [121.5, 31.2] as [number, number] } : undefined);

test('newest first; cleared and acknowledged alarms are not listed', () => {
  const list = new AlarmList();
  list.replaceAll([listed(alarm('7-1', '2026-06-21T03:00:00Z')), listed(alarm('7-2', '2026-06-21T04:00:00Z')), listed(alarm('7-0', '2026-06-21T02:00:00Z', 'CLEARED_ACK'))]);
  assert.deepEqual(list.entries().map((entry) => entry.id), ['7-2', '7-1']);
});

test('a live alarm gets its thing from the lookup and keeps what the list knew', () => {
  const list = new AlarmList();
  list.apply(alarm('7-3', '2026-06-21T05:00:00Z'), lookup);
  assert.equal(list.get('7-3')?.thingName, '燃气井 G-01');
  assert.deepEqual(list.get('7-3')?.point, [121.5, 31.2]);
  list.apply(alarm('7-3', '2026-06-21T05:00:00Z', 'ACTIVE_ACK'), () => undefined, 'C-1');
  assert.equal(list.get('7-3')?.thingName, '燃气井 G-01');
  assert.equal(list.get('7-3')?.caseId, 'C-1');
  assert.deepEqual(list.counts(), { listed: 1, unacknowledged: 0 });
  list.apply(alarm('7-3', '2026-06-21T05:00:00Z', 'CLEARED_UNACK'), lookup);
  assert.deepEqual(list.counts(), { listed: 1, unacknowledged: 1 });
  list.apply(alarm('7-3', '2026-06-21T05:00:00Z', 'CLEARED_ACK'), lookup);
  assert.equal(list.entries().length, 0);
});

test('an alarm of a thing not known yet is named once the thing is read', () => {
  const list = new AlarmList();
  list.apply({ ...alarm('9-1', '2026-06-21T05:00:00Z'), thingId: '9' }, lookup);
  assert.equal(list.get('9-1')?.thingName, '#9');
  list.refreshThings((thingId) => (thingId === '9' ? { name: '积水点 W-3', point: [121.51, 31.23] } : undefined));
  assert.equal(list.get('9-1')?.thingName, '积水点 W-3');
});
