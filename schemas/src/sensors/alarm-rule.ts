import { z } from 'zod';
import { AlarmClearCondition, AlarmCondition } from './alarm-condition.ts';
import { parseAlarmInput } from './alarm-parse-input.ts';
import { AlarmSeverity } from './alarm-severity.ts';

// Alarm rules as ThingsBoard's device-profile alarm rules, attached to a SensorThings
// Datastream, or to an ObservedProperty as the default for every datastream observing it. A
// datastream's own rule of an alarm type replaces the property default of the same type.

/** An entity id; SensorThings ids are numbers, kept here as strings so they can key records. */
export const AlarmEntityId = z.union([z.string().min(1), z.number().int()]).transform(String);

/** Alarm type, e.g. `gas-high`: lower case letters, digits, `.` and `-`. */
export const AlarmType = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'an alarm type is lower case letters, digits, . and -, e.g. gas-high');
export type AlarmType = z.infer<typeof AlarmType>;

/** `keep-highest`: an alarm keeps its highest severity until cleared; `follow`: it also steps down. */
export const DeEscalation = z.enum(['keep-highest', 'follow']);
export type DeEscalation = z.infer<typeof DeEscalation>;

const scope = {
  id: z.string().min(1),
  alarmType: AlarmType,
  datastreamId: AlarmEntityId.nullable().default(null).describe('the rule applies to this datastream'),
  observedProperty: z.string().min(1).nullable().default(null).describe('or, as a default, to every datastream observing this property'),
  description: z.string().default(''),
};

/** Create conditions per severity, at most one each, at least one in all. */
export const SeverityConditions = z
  .object({ critical: AlarmCondition.optional(), major: AlarmCondition.optional(), minor: AlarmCondition.optional(), warning: AlarmCondition.optional() })
  .strict()
  .refine((conditions) => Object.values(conditions).some((condition) => condition !== undefined), { message: 'give a create condition for at least one severity' });
export type SeverityConditions = z.infer<typeof SeverityConditions>;

/** A rule on the observation result: create conditions per severity and a clear condition. */
export const ThresholdAlarmRule = z.object({
  kind: z.literal('threshold'),
  ...scope,
  unit: z.string().nullable().default(null).describe('unit the thresholds are in, e.g. %LEL'),
  create: SeverityConditions,
  clear: AlarmClearCondition.prefault({}).describe('default: none of the create comparisons holds'),
  deEscalation: DeEscalation.default('keep-highest'),
});
export type ThresholdAlarmRule = z.infer<typeof ThresholdAlarmRule>;

/** "No data for N seconds": the sensor went silent; checked by `tick`. */
export const NoDataAlarmRule = z.object({
  kind: z.literal('no-data'),
  ...scope,
  afterSeconds: z.number().positive().describe('silence longer than this (now minus the newest phenomenon time) raises the alarm'),
  severity: AlarmSeverity.default('warning'),
});
export type NoDataAlarmRule = z.infer<typeof NoDataAlarmRule>;

/** An alarm rule of either kind, scoped to exactly one of a datastream or an observed property. */
export const AlarmRule = z
  .discriminatedUnion('kind', [ThresholdAlarmRule, NoDataAlarmRule])
  .refine((rule) => (rule.datastreamId === null) !== (rule.observedProperty === null), { message: 'give exactly one of datastreamId and observedProperty' });
export type AlarmRule = z.infer<typeof AlarmRule>;

/** A set of rules: unique ids, and one rule per scope and alarm type. */
export const AlarmRules = z.array(AlarmRule).superRefine((rules, context) => {
  const ids = new Set<string>();
  const scopes = new Set<string>();
  rules.forEach((rule, index) => {
    if (ids.has(rule.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `rule id ${rule.id} is used twice` });
    ids.add(rule.id);
    const key = `${rule.alarmType} ${rule.datastreamId === null ? `property ${rule.observedProperty}` : `datastream ${rule.datastreamId}`}`;
    if (scopes.has(key)) context.addIssue({ code: 'custom', path: [index], message: `two rules of alarm type ${key}; keep one` });
    scopes.add(key);
  });
});
export type AlarmRules = z.infer<typeof AlarmRules>;

/** Parses a rule set; bad input is a DataError starting `alarm-rules:`. */
export function parseAlarmRules(input: unknown): AlarmRule[] {
  return parseAlarmInput(AlarmRules, input, 'alarm-rules', 'the rule set');
}
