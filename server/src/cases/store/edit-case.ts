import type { Knex } from 'knex';
import { DataError } from '@cimtwin/schemas';
import { CASE_STATE_NAMES, type UrbanCase } from '../case-schemas.ts';
import { caseColumns, checkCase, lockCase, storedCaseOf, CASE_COLUMNS, type CaseEditRecord } from './case-row.ts';
import { CaseEditInput, parseCaseInput } from './case-inputs.ts';
import { resolveCaseStoreOptions, type CaseStoreOptions } from './case-store-options.ts';
import { resolveGridCode } from './create-case.ts';
import { publishCaseChange } from './publish-case-change.ts';
import type { CaseView } from './case-view.ts';

const FINAL_STATES = ['closed', 'voided'];

/**
 * Corrects what a case says (description, urgency, location) while it is open; a new location
 * takes the grid that covers it. The edit is kept in the case's `edits` with who made it and
 * what changed. Urgency is fixed once the handling deadline has started at dispatch (the
 * deadline was set from it; more time is asked for with 申请延期). Throws a DataError: 404 for
 * an unknown case, 409 for a closed or voided one or an urgency change after dispatch, 400 for
 * bad input.
 */
export async function editCase(knex: Knex, id: string, input: unknown, options: CaseStoreOptions = {}): Promise<CaseView> {
  const edit = parseCaseInput(CaseEditInput, input, 'case-edit');
  const settings = resolveCaseStoreOptions(options);
  return knex.transaction(async (trx) => {
    const stored = await lockCase(trx, id);
    const current = stored.urbanCase;
    if (FINAL_STATES.includes(current.state)) {
      throw new DataError(`case-edit: case ${id} is ${current.state} (${CASE_STATE_NAMES[current.state]}); only open cases are edited`, { status: 409 });
    }
    const next: UrbanCase = { ...current };
    const changes: CaseEditRecord['changes'] = {};
    if (edit.description !== undefined && edit.description !== current.description) {
      changes.description = { from: current.description, to: edit.description };
      next.description = edit.description;
    }
    if (edit.urgency !== undefined && edit.urgency !== current.urgency) {
      if (current.deadlines.handling) {
        throw new DataError(`case-edit: case ${id} was dispatched with a deadline set from its urgency (${current.urgency}); urgency is fixed after dispatch, ask for more time with request-extension instead`, { status: 409 });
      }
      changes.urgency = { from: current.urgency, to: edit.urgency };
      next.urgency = edit.urgency;
    }
    if (edit.location && (edit.location.lon !== current.location.lon || edit.location.lat !== current.location.lat)) {
      const gridCode = await resolveGridCode(trx, edit.location);
      changes.location = { from: current.location, to: edit.location };
      if (gridCode !== current.gridCode) changes.gridCode = { from: current.gridCode, to: gridCode };
      next.location = edit.location;
      next.gridCode = gridCode;
    }
    if (Object.keys(changes).length === 0) throw new DataError('case-edit: nothing changes; give a new description, urgency or location');
    const at = new Date(edit.at ?? settings.now());
    if (Number.isNaN(at.getTime())) throw new DataError(`case-edit: at ${JSON.stringify(edit.at)} is no instant; give an ISO 8601 time with offset, e.g. 2024-05-06T09:00:00+08:00`);
    const edits = [...stored.edits, { at: at.toISOString(), actor: edit.actor, changes }];
    const [row] = await trx('urban_cases').where({ id }).update({ ...caseColumns(trx, checkCase(next, 'case-edit')), edits: JSON.stringify(edits) }).returning(CASE_COLUMNS);
    return publishCaseChange(trx, storedCaseOf(row), options);
  });
}
