import { DataError } from '@cimtwin/schemas';
import { AlarmObservation, alarmSlotKey, instantMilliseconds, parseAlarmInput, type AlarmEvent, type AlarmObservationInput, type AlarmRule, type AlarmState } from './alarm-contracts.ts';
import { applySourceStatus } from './apply-source-status.ts';
import { copyAlarmStateForUpdate } from './create-alarm-state.ts';
import { findInsertionIndex, insertPoint, pruneWindow, type WindowPoint } from './observation-window.ts';
import { selectAlarmRules } from './select-alarm-rules.ts';
import { thresholdStatusAt } from './threshold-status.ts';

// Evaluation of one observation against the rules of its datastream.
//
// Out-of-order data: each datastream keeps a window of recent observations ordered by
// phenomenon time. A new observation is inserted where its time belongs and every rule is
// re-evaluated from that point to the newest, in time order, so a late observation can complete
// a duration window or a count. Transitions only happen after the data time of a slot's last
// change: what was already reported stands (no alarm is retracted or back-dated). An
// observation more than the horizon (default two hours) behind the datastream's newest is too
// late: it is not added to the window and changes nothing (outcome `beyond-horizon`); the
// caller still stores it. Rejected alternative: replaying the whole history on each late
// observation and diffing alarm histories, which would rewrite alarms users already handled.
//
// Duplicates: the same datastream and phenomenon time is the same observation; the first
// result stands and a repeat changes nothing (outcome `duplicate`), whatever its result.

/** What an evaluation did with the observation. */
export type EvaluationOutcome = 'evaluated' | 'duplicate' | 'beyond-horizon';

/** The new state, the events in data-time order, and the outcome. */
export interface EvaluationResult {
  state: AlarmState;
  events: AlarmEvent[];
  outcome: EvaluationOutcome;
}

const STAGE = 'alarm-evaluation';

/**
 * Evaluates `observation` against `rules` (parsed, e.g. by `parseAlarmRules`). Pure: `state` is
 * not changed; the result holds a new state. Every slot the observation touches that has an
 * active alarm and no other event gets an `unchanged` event.
 */
export function evaluateObservation(state: AlarmState, rules: readonly AlarmRule[], input: AlarmObservationInput): EvaluationResult {
  const observation = parseAlarmInput(AlarmObservation, input, STAGE, 'the observation');
  const { datastreamId, thingId, observedProperty } = observation;
  const time = instantMilliseconds(observation.phenomenonTime);
  const window = state.windows[datastreamId];
  if (window !== undefined && (window.thingId !== thingId || window.observedProperty !== observedProperty)) {
    throw new DataError(
      `${STAGE}: datastream ${datastreamId} belongs to thing ${window.thingId} and observes ${window.observedProperty}, but the observation names thing ${thingId} and ${observedProperty}; send the datastream's own thing and observed property`,
      { status: 409 },
    );
  }
  const points = (window?.points ?? []) as WindowPoint[];
  const newest = points.length > 0 ? points[points.length - 1][0] : null;
  const horizonMs = state.options.horizonSeconds * 1000;
  if (newest !== null && time < newest - horizonMs) return { state, events: [], outcome: 'beyond-horizon' };
  const index = findInsertionIndex(points, time);
  if (index < points.length && points[index][0] === time) return { state, events: [], outcome: 'duplicate' };

  const inserted = insertPoint(points, index, [time, observation.result]);
  const draft = copyAlarmStateForUpdate(state);
  const applying = selectAlarmRules(rules, datastreamId, observedProperty);
  const ruleIds = new Set(rules.map((rule) => rule.id));
  const events: AlarmEvent[] = [];
  const touched = new Set<string>();

  for (const rule of applying.threshold) {
    touched.add(alarmSlotKey(rule.alarmType, thingId));
    for (let i = index; i < inserted.length; i++) {
      const status = thresholdStatusAt(inserted, i, rule, { datastreamId, observedProperty });
      events.push(...applySourceStatus(draft, { thingId, alarmType: rule.alarmType, datastreamId, status, time: inserted[i][0], deEscalation: rule.deEscalation, respectLastChange: true, ruleIds }));
    }
  }
  if (newest === null || time > newest) {
    for (const rule of applying.noData) {
      touched.add(alarmSlotKey(rule.alarmType, thingId));
      const status = { ruleId: rule.id, wanted: null, clearHolds: true, details: null };
      events.push(...applySourceStatus(draft, { thingId, alarmType: rule.alarmType, datastreamId, status, time, deEscalation: 'keep-highest', respectLastChange: false, ruleIds }));
    }
  }

  const conditions = applying.threshold.flatMap((rule) => [...Object.values(rule.create), rule.clear]);
  draft.windows[datastreamId] = {
    thingId,
    observedProperty,
    points: pruneWindow(inserted, {
      horizonMs,
      longestDurationMs: Math.max(0, ...conditions.map((condition) => (condition?.durationSeconds ?? 0) * 1000)),
      largestCount: Math.max(0, ...conditions.map((condition) => condition?.count ?? 0)),
      maxPoints: state.options.maxWindowPoints,
    }),
  };

  const changed = new Set(events.map((event) => alarmSlotKey(event.alarm.type, event.alarm.thingId)));
  for (const key of touched) {
    const activeId = draft.slots[key]?.activeAlarmId;
    if (changed.has(key) || activeId === null || activeId === undefined) continue;
    events.push({ type: 'unchanged', alarm: draft.alarms[activeId], at: new Date(time).toISOString(), previousSeverity: null });
  }
  return { state: draft, events, outcome: 'evaluated' };
}
