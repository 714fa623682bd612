import { ALARM_SEVERITIES, comparisonHolds, type AlarmComparison, type AlarmSourceStatus, type ThresholdAlarmRule } from './alarm-contracts.ts';
import type { WindowPoint } from './observation-window.ts';

// The status of a threshold rule at one point of a window: the highest severity whose create
// condition holds there, and whether the clear condition holds. A condition with a duration or
// count looks back along the run of consecutive points that satisfy its comparison, ending at
// the point; a point that does not satisfy it ends the run, a gap in the data does not (as in
// ThingsBoard, where only a telemetry value that fails the filter resets a duration).

interface HoldFor {
  durationSeconds: number | null;
  count: number | null;
}

/** Where a run starts and whether it is long enough; `since` is null when the point fails. */
export interface RunResult {
  holds: boolean;
  since: number | null;
}

/** Whether `test` holds at `index` for the duration or count asked, and since when it has. */
export function holdsAt(points: readonly WindowPoint[], index: number, test: (value: number) => boolean, holdFor: HoldFor): RunResult {
  if (!test(points[index][1])) return { holds: false, since: null };
  let start = index;
  while (start > 0 && test(points[start - 1][1])) start--;
  const since = points[start][0];
  if (holdFor.count !== null) return { holds: index - start + 1 >= holdFor.count, since };
  if (holdFor.durationSeconds !== null) return { holds: points[index][0] - since >= holdFor.durationSeconds * 1000, since };
  return { holds: true, since };
}

/** The datastream a status is computed for. */
export interface StatusSubject {
  datastreamId: string;
  observedProperty: string;
}

/** Status of `rule` at `index` of `points`. */
export function thresholdStatusAt(points: readonly WindowPoint[], index: number, rule: ThresholdAlarmRule, subject: StatusSubject): AlarmSourceStatus {
  const [time, value] = points[index];
  let status: AlarmSourceStatus = { ruleId: rule.id, wanted: null, clearHolds: false, details: null };
  for (const severity of ALARM_SEVERITIES) {
    const condition = rule.create[severity];
    if (condition === undefined) continue;
    const run = holdsAt(points, index, (v) => comparisonHolds(condition.comparison, v), condition);
    if (!run.holds) continue;
    status = {
      ruleId: rule.id,
      wanted: severity,
      clearHolds: false,
      details: {
        kind: 'threshold',
        datastreamId: subject.datastreamId,
        observedProperty: subject.observedProperty,
        value,
        threshold: condition.comparison,
        durationSeconds: condition.durationSeconds,
        count: condition.count,
        unit: rule.unit,
        observationTime: new Date(time).toISOString(),
        conditionSince: new Date(run.since!).toISOString(),
      },
    };
    break;
  }
  if (status.wanted !== null) return status;
  return { ...status, clearHolds: holdsAt(points, index, clearTest(rule), rule.clear).holds };
}

function clearTest(rule: ThresholdAlarmRule): (value: number) => boolean {
  const own = rule.clear.comparison;
  if (own !== null) return (value) => comparisonHolds(own, value);
  const creates = Object.values(rule.create).map((condition) => condition!.comparison as AlarmComparison);
  return (value) => !creates.some((comparison) => comparisonHolds(comparison, value));
}
