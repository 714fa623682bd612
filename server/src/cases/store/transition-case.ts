import type { Knex } from 'knex';
import { applyTransition } from '../workflow/apply-transition.ts';
import { caseColumns, historyRows, lockCase, storedCaseOf, CASE_COLUMNS } from './case-row.ts';
import { CaseTransitionInput, parseCaseInput } from './case-inputs.ts';
import { resolveCaseStoreOptions, type CaseStoreOptions } from './case-store-options.ts';
import { publishCaseChange } from './publish-case-change.ts';
import type { CaseView } from './case-view.ts';

/**
 * Takes one workflow step on a stored case, in one transaction: the row is locked (SELECT …
 * FOR UPDATE), the step is checked and applied by the workflow, the row updated, the step added
 * to the history and the change published. A second step on the same case waits for the first
 * to commit and is then checked against the state the first left, so no step is lost: of two
 * dispatches at once, one is taken and the other refused with 409. Throws a CaseTransitionError
 * (409, 403, 400) as applyTransition does, and a DataError (404) for an unknown case.
 */
export async function transitionCase(knex: Knex, id: string, input: unknown, options: CaseStoreOptions = {}): Promise<CaseView> {
  const step = parseCaseInput(CaseTransitionInput, input, 'case-workflow');
  const settings = resolveCaseStoreOptions(options);
  return knex.transaction(async (trx) => {
    const stored = await lockCase(trx, id);
    const { action, ...context } = step;
    const next = applyTransition(stored.urbanCase, action, { ...context, at: context.at ?? settings.now() }, settings.workflow);
    const [row] = await trx('urban_cases').where({ id }).update(caseColumns(trx, next)).returning(CASE_COLUMNS);
    await trx('urban_case_history').insert(historyRows(next, stored.urbanCase.history.length));
    return publishCaseChange(trx, storedCaseOf(row), options);
  });
}
