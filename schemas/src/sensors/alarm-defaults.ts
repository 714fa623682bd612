import { z } from 'zod';
import { DataError } from '../data-error.ts';
import { AlarmDefault } from './alarm-default-entry.ts';
import { AIR_QUALITY_ALARM_DEFAULTS } from './alarm-defaults-air-quality.ts';
import { LIFELINE_ALARM_DEFAULTS } from './alarm-defaults-lifeline.ts';
import { parseAlarmInput } from './alarm-parse-input.ts';
import { AlarmRule, AlarmRules } from './alarm-rule.ts';

// Default alarm rules for lifeline and environment sensors, each scoped to an observed
// property so it applies to every datastream of that property until a datastream has its own
// rule of the same alarm type. Every threshold carries its provenance; see the two files the
// entries live in for what is and is not verified.

/** Every default rule, lifeline first, parsed (schema defaults filled in) and frozen. */
export const ALARM_DEFAULTS: readonly AlarmDefault[] = Object.freeze(z.array(AlarmDefault).parse([...LIFELINE_ALARM_DEFAULTS, ...AIR_QUALITY_ALARM_DEFAULTS]));

/** Fields of a default rule a deployment may replace; a replaced `create` replaces all severities. */
export type AlarmDefaultOverride = Partial<Omit<z.input<typeof AlarmRule>, 'kind' | 'id'>> & Record<string, unknown>;

/** Which defaults to take and what to change in them. */
export interface DefaultAlarmRulesOptions {
  /** Rule ids to take; default: those enabled by default. */
  ids?: readonly string[];
  /** Replacements by rule id, e.g. `{ 'default-combustible-gas': { clear: { comparison: { operator: '<', value: 10 } } } }`. */
  overrides?: Readonly<Record<string, AlarmDefaultOverride>>;
}

/** The default rules chosen by `options`, with overrides applied and checked. */
export function defaultAlarmRules(options: DefaultAlarmRulesOptions = {}): AlarmRule[] {
  const known = new Map(ALARM_DEFAULTS.map((entry) => [entry.rule.id, entry]));
  const ids = options.ids ?? ALARM_DEFAULTS.filter((entry) => entry.enabledByDefault).map((entry) => entry.rule.id);
  const unknown = [...ids, ...Object.keys(options.overrides ?? {})].filter((id) => !known.has(id));
  if (unknown.length > 0) throw new DataError(`alarm-defaults: no default rule ${unknown.join(', ')}; known ids are ${[...known.keys()].join(', ')}`);
  const chosen = ids.map((id) => ({ ...known.get(id)!.rule, ...(options.overrides?.[id] ?? {}) }));
  return parseAlarmInput(AlarmRules, chosen, 'alarm-defaults', 'the default rules with their overrides');
}
