import type { Knex } from 'knex';
import { DataError } from '@cimtwin/schemas';
import { nearestComponent } from '../components/read-components.ts';
import { REPORTING_ROLES } from '../workflow/case-transitions.ts';
import { openCase } from '../workflow/open-case.ts';
import { parseInstant } from '../workflow/transition-context.ts';
import { ALARM_COMPONENT_REACH_METRES, alarmCaseClass } from './alarm-case-classes.ts';
import { resolveCaseStoreOptions, type CaseStoreOptions } from './case-store-options.ts';
import { insertCase, nextCaseId, resolveGridCode } from './create-case.ts';
import { readCase } from './read-cases.ts';
import type { CaseView } from './case-view.ts';

/** A sensor alarm to open a case for. */
export interface AlarmCaseInput {
  alarmId: string;
  thingId: string | number;
  /** Longitude, latitude of the sensor. */
  point: [number, number];
  alarmType: string;
  severity: string;
  description?: string;
  at: string | Date;
}

const URGENT_SEVERITIES = ['critical', 'major'];

async function caseOfAlarm(knex: Knex | Knex.Transaction, alarmId: string, options: CaseStoreOptions): Promise<CaseView | undefined> {
  const row = await knex('urban_cases').where({ alarm_id: alarmId }).first('id');
  return row ? readCase(knex, row.id, options) : undefined;
}

/**
 * Opens the case of a sensor alarm (source `sensor-alarm`, reported by the `system` role) in
 * the grid of the sensor, with the class alarm-case-classes.ts gives; critical and major alarms
 * are urgent. Once per alarm: a second call, also a concurrent one, returns the case the first
 * opened, with `created: false`. Links the alarm to the case (`sensor_alarms.case_id`) when
 * the alarm is stored there. Throws a DataError when no grid covers the sensor or the alarm
 * type has no class.
 */
export async function openCaseFromAlarm(knex: Knex, input: AlarmCaseInput, options: CaseStoreOptions = {}): Promise<{ case: CaseView; created: boolean }> {
  if (!input.alarmId?.trim()) throw new DataError('case-from-alarm: give the alarm id, so an alarm opens one case only');
  const [lon, lat] = input.point;
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) throw new DataError(`case-from-alarm: alarm ${input.alarmId} has no position; give point as [lon, lat]`);
  const settings = resolveCaseStoreOptions(options);
  try {
    return await knex.transaction(async (trx) => {
      const existing = await caseOfAlarm(trx, input.alarmId, options);
      if (existing) return { case: existing, created: false };
      const near = await nearestComponent(trx, lon, lat, ALARM_COMPONENT_REACH_METRES);
      const { caseClass, componentCode, nameZh } = alarmCaseClass(input.alarmType, near ? { code: near.component.id, classCode: near.component.properties.classCode } : null);
      const location = { lon, lat };
      const gridCode = await resolveGridCode(trx, location);
      const role = REPORTING_ROLES['sensor-alarm'][0];
      const at = parseInstant(input.at, `alarm ${input.alarmId}`, 'report', role);
      const id = await nextCaseId(trx, at, settings.workflow.calendar.utcOffsetMinutes);
      const urbanCase = openCase({
        id,
        source: 'sensor-alarm',
        caseClass,
        urgency: URGENT_SEVERITIES.includes(input.severity) ? 'urgent' : 'ordinary',
        description: input.description?.trim() || `${nameZh}（传感器 ${input.thingId}，${input.severity}）`,
        location,
        gridCode,
        componentCode,
        role,
        actor: `thing:${input.thingId}`,
        at,
        note: `alarm ${input.alarmId} (${input.alarmType}, ${input.severity})`,
      });
      const view = await insertCase(trx, urbanCase, input.alarmId, options);
      await trx('sensor_alarms').where({ id: input.alarmId }).whereNull('case_id').update({ case_id: id });
      return { case: view, created: true };
    });
  } catch (error) {
    // Two processes opening the same alarm at once: the unique alarm_id index lets one insert.
    if ((error as { code?: string }).code !== '23505') throw error;
    const existing = await caseOfAlarm(knex, input.alarmId, options);
    if (!existing) throw error;
    return { case: existing, created: false };
  }
}
