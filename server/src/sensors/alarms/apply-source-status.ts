import { alarmSeverityRank, alarmSlotKey, type Alarm, type AlarmEvent, type AlarmSlot, type AlarmSourceStatus, type AlarmState, type DeEscalation } from './alarm-contracts.ts';

// One (thing, alarm type) slot takes the status of each datastream feeding it; the alarm has
// the highest severity any of them wants, and clears only when none wants one and the clear
// condition holds on all of them. Late data never changes a slot at or before the data time of
// its last change: events already sent are not taken back, later ones may follow.

/** One datastream's status arriving at a slot. */
export interface SourceStatusUpdate {
  thingId: string;
  alarmType: string;
  datastreamId: string;
  status: AlarmSourceStatus;
  /** Data time of the status (ms). */
  time: number;
  deEscalation: DeEscalation;
  /** False for a no-data clear, which resumes whenever newer data arrives. */
  respectLastChange: boolean;
  /** Ids of the rules in force; sources left by rules no longer given are ignored. */
  ruleIds: ReadonlySet<string>;
}

const iso = (time: number) => new Date(time).toISOString();

/** Applies one status to its slot in `draft` (a state copied for update); returns the events. */
export function applySourceStatus(draft: AlarmState, update: SourceStatusUpdate): AlarmEvent[] {
  const key = alarmSlotKey(update.alarmType, update.thingId);
  const slot: AlarmSlot = draft.slots[key] ?? { thingId: update.thingId, alarmType: update.alarmType, activeAlarmId: null, lastChangeTime: null, sources: {} };
  const sources = { ...slot.sources, [update.datastreamId]: update.status };
  draft.slots[key] = { ...slot, sources };
  if (update.respectLastChange && slot.lastChangeTime !== null && update.time <= slot.lastChangeTime) return [];

  const live = Object.values(sources).filter((source) => update.ruleIds.has(source.ruleId));
  const strongest = live.reduce<AlarmSourceStatus | null>((best, source) => (source.wanted !== null && (best === null || alarmSeverityRank(source.wanted) > alarmSeverityRank(best.wanted!)) ? source : best), null);
  const active = slot.activeAlarmId === null ? null : draft.alarms[slot.activeAlarmId];

  if (active === null || active === undefined) {
    if (update.status.wanted === null || strongest === null) return [];
    const alarm: Alarm = {
      id: `alarm-${draft.nextAlarmNumber}`,
      type: update.alarmType,
      thingId: update.thingId,
      ruleId: strongest.ruleId,
      severity: strongest.wanted!,
      highestSeverity: strongest.wanted!,
      status: 'ACTIVE_UNACK',
      startTime: iso(update.time),
      endTime: null,
      acknowledged: null,
      cleared: null,
      details: strongest.details!,
    };
    draft.nextAlarmNumber += 1;
    draft.alarms[alarm.id] = alarm;
    draft.slots[key] = { ...draft.slots[key], activeAlarmId: alarm.id, lastChangeTime: update.time };
    return [{ type: 'alarm-created', alarm, at: alarm.startTime, previousSeverity: null }];
  }

  if (strongest === null) {
    if (!live.every((source) => source.clearHolds)) return [];
    const end = Math.max(update.time, Date.parse(active.startTime));
    const alarm: Alarm = { ...active, status: active.acknowledged === null ? 'CLEARED_UNACK' : 'CLEARED_ACK', endTime: iso(end), cleared: { by: null, at: iso(end) } };
    if (alarm.status === 'CLEARED_ACK') delete draft.alarms[alarm.id];
    else draft.alarms[alarm.id] = alarm;
    draft.slots[key] = { ...draft.slots[key], activeAlarmId: null, lastChangeTime: end };
    return [{ type: 'cleared', alarm, at: alarm.endTime!, previousSeverity: null }];
  }

  const wanted = strongest.wanted!;
  const up = alarmSeverityRank(wanted) > alarmSeverityRank(active.severity);
  const down = alarmSeverityRank(wanted) < alarmSeverityRank(active.severity) && update.deEscalation === 'follow';
  if (!up && !down) return [];
  const alarm: Alarm = {
    ...active,
    severity: wanted,
    highestSeverity: up && alarmSeverityRank(wanted) > alarmSeverityRank(active.highestSeverity) ? wanted : active.highestSeverity,
    ruleId: strongest.ruleId,
    details: strongest.details!,
  };
  draft.alarms[alarm.id] = alarm;
  draft.slots[key] = { ...draft.slots[key], lastChangeTime: update.time };
  return [{ type: 'severity-changed', alarm, at: iso(update.time), previousSeverity: active.severity }];
}
