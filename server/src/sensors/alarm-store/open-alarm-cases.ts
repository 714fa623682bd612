/**
 * Alarms that open urban-management cases: an alarm created or escalated to `minSeverity` or
 * worse opens a case (source sensor alarm, in the grid under the sensor, the component under it
 * when there is one within a few metres; see cases/store/open-case-from-alarm.ts). The opener
 * follows the live stream, so it sees alarms raised by any API process; several processes may
 * act on one alarm and still open one case, since a case is unique per alarm.
 */
import type { Knex } from 'knex';
import { alarmSeverityRank, type Alarm, type AlarmSeverity } from '@cimtwin/schemas';
import type { Logger } from '../../logger.ts';
import type { LiveHub } from '../../live/live-hub.ts';
import { publishLiveEvents } from '../../live/publish-live-events.ts';
import { openCaseFromAlarm } from '../../cases/store/open-case-from-alarm.ts';
import { readAlarm } from './read-alarms.ts';
import { alarmLiveEvents } from './store-alarms.ts';

/** Opens the case of one alarm (idempotent); returns its id and whether it was opened now. */
export async function openAlarmCase(knex: Knex, alarmId: string): Promise<{ caseId: string; created: boolean }> {
  const alarm = await readAlarm(knex, alarmId);
  if (!alarm.point) throw new Error(`alarm ${alarmId}: its thing has no location, so no case can be placed`);
  const { case: opened, created } = await openCaseFromAlarm(knex, { alarmId, thingId: alarm.thingId, point: alarm.point, alarmType: alarm.type, severity: alarm.severity, at: alarm.startTime, description: describeAlarm(alarm) });
  const caseId = (opened as { id: string }).id;
  if (created) {
    await knex.transaction(async (trx) => {
      const stored = (await trx('sensor_alarms').where({ id: alarmId }).first('alarm')).alarm as Alarm;
      await publishLiveEvents(trx, alarmLiveEvents([{ change: 'case-opened', alarm: stored, previousSeverity: null }], new Map([[alarmId, caseId]])));
    });
  }
  return { caseId, created };
}

/** Follows the live stream and opens cases for alarms at `minSeverity` or worse. */
export async function startAlarmCaseOpener(knex: Knex, hub: LiveHub, minSeverity: AlarmSeverity, logger?: Logger): Promise<() => void> {
  const { unsubscribe } = await hub.subscribe((event) => {
    if (event.kind !== 'alarm') return;
    const { change, alarm, caseId } = event.payload as { change: string; alarm: Alarm; caseId: string | null };
    if (caseId || (change !== 'alarm-created' && change !== 'severity-changed')) return;
    if (alarmSeverityRank(alarm.severity) < alarmSeverityRank(minSeverity)) return;
    openAlarmCase(knex, alarm.id).catch((error: unknown) => logger?.warn({ err: error, alarm: alarm.id }, 'alarm did not open a case'));
  });
  return unsubscribe;
}

function describeAlarm(alarm: Alarm & { thingName?: string }): string | undefined {
  if (alarm.details.kind !== 'threshold') return undefined;
  const { value, threshold, unit } = alarm.details;
  const limit = 'value' in threshold ? `${threshold.operator} ${threshold.value}` : `${threshold.operator} ${threshold.low}–${threshold.high}`;
  return `${alarm.thingName ?? `传感器 ${alarm.thingId}`}：${value}${unit ?? ''}（阈值 ${limit}${unit ?? ''}，${alarm.severity}）`;
}
