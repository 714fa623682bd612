import type { Knex } from 'knex';
import { DataError } from '@cimtwin/schemas';
import type { LonLat, UrbanCase } from '../case-schemas.ts';
import { readComponent } from '../components/read-components.ts';
import { unitGridCodeAt } from '../grids/read-unit-grids.ts';
import { openCase } from '../workflow/open-case.ts';
import { parseInstant } from '../workflow/transition-context.ts';
import { publishCaseChange } from './publish-case-change.ts';
import { caseColumns, historyRows, storedCaseOf, CASE_COLUMNS } from './case-row.ts';
import { NewCaseInput, parseCaseInput } from './case-inputs.ts';
import { resolveCaseStoreOptions, type CaseStoreOptions } from './case-store-options.ts';
import type { CaseView } from './case-view.ts';

/** The grid a case at `location` is in: `gridCode` when given (it must exist), else the grid covering the point. */
export async function resolveGridCode(trx: Knex.Transaction, location: LonLat, gridCode?: string): Promise<string> {
  if (gridCode) {
    if (!(await trx('unit_grids').where({ code: gridCode }).first('code'))) throw new DataError(`cases: there is no unit grid ${gridCode}; give a grid code from GET /api/grids or leave gridCode out to take the grid of the location`);
    return gridCode;
  }
  const found = await unitGridCodeAt(trx, location.lon, location.lat);
  if (!found) throw new DataError(`cases: no unit grid covers ${location.lon}, ${location.lat}; report a place inside the grids (GET /api/grids) or give gridCode`);
  return found;
}

/**
 * A new case id: the local date of the report and a number from a database sequence, e.g.
 * 20240506-000042; unique across processes, with gaps where an opening was refused.
 */
export async function nextCaseId(trx: Knex.Transaction, at: Date, utcOffsetMinutes: number): Promise<string> {
  const number = Number((await trx.raw("SELECT nextval('urban_case_number_seq') AS n")).rows[0].n);
  const day = new Date(at.getTime() + utcOffsetMinutes * 60_000).toISOString().slice(0, 10).replaceAll('-', '');
  return `${day}-${String(number).padStart(6, '0')}`;
}

/** Inserts an opened case with its first history row and publishes it; returns its view. */
export async function insertCase(trx: Knex.Transaction, urbanCase: UrbanCase, alarmId: string | null, options: CaseStoreOptions): Promise<CaseView> {
  const row = await trx('urban_cases').insert({ id: urbanCase.id, ...caseColumns(trx, urbanCase), alarm_id: alarmId }).returning(CASE_COLUMNS);
  await trx('urban_case_history').insert(historyRows(urbanCase, 0));
  return publishCaseChange(trx, storedCaseOf(row[0]), options);
}

/**
 * Opens a case (上报) and stores it in one transaction. A component code must name a stored
 * component, whose class the case takes when none is given; the grid comes from the location
 * when not given. Throws a DataError (400, or 403 for a role that may not report from the
 * source) that says what to fix.
 */
export async function createCase(knex: Knex, input: unknown, options: CaseStoreOptions = {}): Promise<CaseView> {
  const report = parseCaseInput(NewCaseInput, input, 'cases');
  const settings = resolveCaseStoreOptions(options);
  return knex.transaction(async (trx) => {
    let caseClass = report.caseClass;
    if (report.componentCode) {
      const component = await readComponent(trx, report.componentCode);
      if (!component) throw new DataError(`cases: there is no component ${report.componentCode}; give a code from GET /api/components or leave componentCode out`);
      caseClass ??= { kind: 'component', code: component.properties.classCode };
    }
    if (!caseClass) throw new DataError('cases: give caseClass ({kind, code}, see GET /api/cases/classes) or the componentCode of the component concerned');
    const gridCode = await resolveGridCode(trx, report.location, report.gridCode);
    const at = parseInstant(report.at ?? settings.now(), 'new', 'report', report.role);
    const id = await nextCaseId(trx, at, settings.workflow.calendar.utcOffsetMinutes);
    const urbanCase = openCase({ ...report, id, caseClass, gridCode, at });
    return insertCase(trx, urbanCase, null, options);
  });
}
