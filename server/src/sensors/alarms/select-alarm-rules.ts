import type { AlarmRule, NoDataAlarmRule, ThresholdAlarmRule } from './alarm-contracts.ts';

/** The rules that apply to one datastream, by kind. */
export interface DatastreamRules {
  threshold: ThresholdAlarmRule[];
  noData: NoDataAlarmRule[];
}

/**
 * Rules of the datastream itself, plus the observed-property defaults of alarm types the
 * datastream has no rule of its own for.
 */
export function selectAlarmRules(rules: readonly AlarmRule[], datastreamId: string, observedProperty: string): DatastreamRules {
  const own = rules.filter((rule) => rule.datastreamId === datastreamId);
  const ownTypes = new Set(own.map((rule) => rule.alarmType));
  const defaults = rules.filter((rule) => rule.datastreamId === null && rule.observedProperty === observedProperty && !ownTypes.has(rule.alarmType));
  const applying = [...own, ...defaults];
  return {
    threshold: applying.filter((rule): rule is ThresholdAlarmRule => rule.kind === 'threshold'),
    noData: applying.filter((rule): rule is NoDataAlarmRule => rule.kind === 'no-data'),
  };
}
