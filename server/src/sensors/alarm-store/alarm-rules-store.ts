/**
 * Alarm rules in force: rules stored in sensor_alarm_rules (by a user, per datastream or as an
 * observed property's default) and the built-in defaults for lifeline and air-quality sensors
 * (schemas/src/sensors/alarm-defaults*.ts). A stored rule with a default's id, or of the same
 * alarm type and scope, replaces that default; deleting it brings the default back.
 */
import type { Knex } from 'knex';
import { DataError, defaultAlarmRules, parseAlarmRules, type AlarmRule } from '@cimtwin/schemas';

/** A rule as the API lists it: the rule and where it comes from. */
export interface ListedAlarmRule {
  rule: AlarmRule;
  origin: 'default' | 'user';
}

/** Rules in force, user rules first. */
export async function listAlarmRules(knex: Knex | Knex.Transaction): Promise<ListedAlarmRule[]> {
  const stored = (await knex('sensor_alarm_rules').orderBy('id').select('rule')).map((row) => row.rule as AlarmRule);
  const replaced = new Set(stored.map((rule) => rule.id));
  const scopes = new Set(stored.map(scopeKey));
  const defaults = defaultAlarmRules().filter((rule) => !replaced.has(rule.id) && !scopes.has(scopeKey(rule)));
  return [...stored.map((rule) => ({ rule, origin: 'user' as const })), ...defaults.map((rule) => ({ rule, origin: 'default' as const }))];
}

/** How long the evaluator keeps the rules before reading them again, ms: a change made by another process applies within this. */
export const ALARM_RULES_CACHE_MS = 5000;

const cache = new WeakMap<object, { at: number; rules: Promise<AlarmRule[]> }>();

/**
 * The rules, for the evaluator: read at most every {@link ALARM_RULES_CACHE_MS} per database
 * (parsing the defaults costs more than a batch of observations), at once after a change here.
 */
export async function alarmRulesInForce(knex: Knex | Knex.Transaction, database: object = knex): Promise<AlarmRule[]> {
  const cached = cache.get(database);
  if (cached && Date.now() - cached.at < ALARM_RULES_CACHE_MS) return cached.rules;
  const rules = listAlarmRules(knex).then((entries) => entries.map((entry) => entry.rule));
  cache.set(database, { at: Date.now(), rules });
  rules.catch(() => cache.delete(database));
  return rules;
}

function forgetRules(knex: Knex): void {
  cache.delete(knex);
}

/**
 * Stores one rule (created or replaced by id). It is checked as a rule and together with the
 * rules in force (one rule per scope and alarm type); a datastream it names must exist.
 */
export async function putAlarmRule(knex: Knex, input: unknown): Promise<AlarmRule> {
  const [rule] = parseAlarmRules([input]);
  if (rule.datastreamId !== null) {
    const exists = await knex('sensor_datastreams').where({ id: Number(rule.datastreamId) }).first('id');
    if (!exists) throw new DataError(`alarm-rules: rule ${rule.id} names Datastream ${rule.datastreamId}, which does not exist; give the @iot.id of an existing Datastream`);
  }
  const others = (await listAlarmRules(knex)).map((entry) => entry.rule).filter((other) => other.id !== rule.id && !(scopeKey(other) === scopeKey(rule)));
  parseAlarmRules([...others, rule]);
  await knex.transaction(async (trx) => {
    await trx('sensor_alarm_rules').where({ id: rule.id }).delete();
    await trx('sensor_alarm_rules')
      .where({ alarm_type: rule.alarmType, datastream_id: rule.datastreamId === null ? null : Number(rule.datastreamId), observed_property: rule.observedProperty })
      .delete();
    await trx('sensor_alarm_rules').insert({
      id: rule.id,
      alarm_type: rule.alarmType,
      datastream_id: rule.datastreamId === null ? null : Number(rule.datastreamId),
      observed_property: rule.observedProperty,
      origin: 'user',
      rule: JSON.stringify(rule),
    });
  });
  forgetRules(knex);
  return rule;
}

/** Deletes a stored rule; a replaced default comes back. False when there was none. */
export async function deleteAlarmRule(knex: Knex, id: string): Promise<boolean> {
  const deleted = (await knex('sensor_alarm_rules').where({ id }).delete()) > 0;
  forgetRules(knex);
  return deleted;
}

function scopeKey(rule: AlarmRule): string {
  return `${rule.alarmType} ${rule.datastreamId ?? ''} ${rule.datastreamId === null ? rule.observedProperty : ''}`;
}
