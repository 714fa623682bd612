/**
 * The case class a sensor alarm opens. Alarms that report an emergency in the street (gas in a
 * well, a waterlogged road, a pressure drop that may be a burst main) are 突发事件 events, with
 * the component the sensor sits at, when there is one within reach, as the component concerned.
 * Alarms about a component itself (a manhole cover tilted or lifted) are cases of that
 * component's class; without a component in reach they fall back to the listed class. An alarm
 * type not listed here opens a case only at a component, under the component's class.
 * This is this library's reading of the class names, not a table of GB/T 30428.
 */
import { DataError } from '@cimtwin/schemas';
import type { CaseClass } from '../case-schemas.ts';

/** How one alarm type becomes a case. */
export interface AlarmCaseClass {
  nameZh: string;
  /** An event class the alarm always opens. */
  event?: string;
  /** For alarms about a component: the component class when no component is within reach. */
  componentFallback?: string;
}

/** Alarm types of the sensor defaults (schemas/src/sensors) and the cases they open. */
export const ALARM_CASE_CLASSES: Readonly<Record<string, AlarmCaseClass>> = Object.freeze({
  'gas-high': { nameZh: '可燃气体浓度超限', event: '0403' },
  waterlogging: { nameZh: '道路积水', event: '0406' },
  'water-pressure-low': { nameZh: '供水压力过低', event: '0402' },
  'manhole-cover': { nameZh: '井盖异常', componentFallback: '0114' },
});

/** Metres within which an alarm is taken to be at a component. */
export const ALARM_COMPONENT_REACH_METRES = 5;

/**
 * The class and component code of the case an alarm opens, given the component within reach
 * (or null). Throws a DataError when the type has no class and no component is in reach.
 */
export function alarmCaseClass(alarmType: string, component: { code: string; classCode: string } | null): { caseClass: CaseClass; componentCode: string | null; nameZh: string } {
  const entry = ALARM_CASE_CLASSES[alarmType];
  const nameZh = entry?.nameZh ?? alarmType;
  if (entry?.event) return { caseClass: { kind: 'event', code: entry.event }, componentCode: component?.code ?? null, nameZh };
  if (component) return { caseClass: { kind: 'component', code: component.classCode }, componentCode: component.code, nameZh };
  if (entry?.componentFallback) return { caseClass: { kind: 'component', code: entry.componentFallback }, componentCode: null, nameZh };
  throw new DataError(
    `case-from-alarm: alarm type ${alarmType} has no case class and no component is within ${ALARM_COMPONENT_REACH_METRES} m; the types with a class are ${Object.keys(ALARM_CASE_CLASSES).join(', ')}; add the type to ALARM_CASE_CLASSES or place the sensor at a component`,
  );
}
