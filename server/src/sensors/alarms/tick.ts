import { DataError } from '@cimtwin/schemas';
import { AlarmInstant, instantMilliseconds, type AlarmEvent, type AlarmRule, type AlarmSourceStatus, type AlarmState } from './alarm-contracts.ts';
import { applySourceStatus } from './apply-source-status.ts';
import { copyAlarmStateForUpdate } from './create-alarm-state.ts';
import { selectAlarmRules } from './select-alarm-rules.ts';

// "No data for N minutes": at each tick every datastream with a no-data rule is silent when
// `now` is more than `afterSeconds` past its newest phenomenon time. The alarm starts at `now`
// and clears when an observation newer than the last one before the silence arrives (see
// evaluateObservation). A datastream that never sent an observation is not in the state and so
// not watched; the caller registers it by evaluating its first observation.

/** The new state and the events, one per slot that changed. */
export interface TickResult {
  state: AlarmState;
  events: AlarmEvent[];
}

/** Checks every datastream with a no-data rule for silence at `now` (an ISO 8601 instant). */
export function tick(state: AlarmState, rules: readonly AlarmRule[], now: string): TickResult {
  if (!AlarmInstant.safeParse(now).success) throw new DataError(`alarm-tick: now is ${JSON.stringify(now)}; give an ISO 8601 instant with its offset, e.g. 2026-12-07T08:00:00Z`);
  const nowMs = instantMilliseconds(now);
  if (!rules.some((rule) => rule.kind === 'no-data')) return { state, events: [] };
  const draft = copyAlarmStateForUpdate(state);
  const ruleIds = new Set(rules.map((rule) => rule.id));
  const events: AlarmEvent[] = [];
  for (const [datastreamId, window] of Object.entries(state.windows)) {
    if (window.points.length === 0) continue;
    const newest = window.points[window.points.length - 1][0];
    for (const rule of selectAlarmRules(rules, datastreamId, window.observedProperty).noData) {
      const silent = nowMs - newest > rule.afterSeconds * 1000;
      const status: AlarmSourceStatus = silent
        ? {
            ruleId: rule.id,
            wanted: rule.severity,
            clearHolds: false,
            details: { kind: 'no-data', datastreamId, observedProperty: window.observedProperty, lastObservationTime: new Date(newest).toISOString(), afterSeconds: rule.afterSeconds },
          }
        : { ruleId: rule.id, wanted: null, clearHolds: true, details: null };
      events.push(...applySourceStatus(draft, { thingId: window.thingId, alarmType: rule.alarmType, datastreamId, status, time: nowMs, deEscalation: 'keep-highest', respectLastChange: true, ruleIds }));
    }
  }
  return { state: draft, events };
}
