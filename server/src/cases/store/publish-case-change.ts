import type { Knex } from 'knex';
import { publishLiveEvents } from '../../live/publish-live-events.ts';
import type { StoredCase } from './case-row.ts';
import { resolveCaseStoreOptions, type CaseStoreOptions } from './case-store-options.ts';
import { caseView, type CaseView } from './case-view.ts';

/**
 * The view of a changed case, published to the live stream in the transaction that changed it,
 * so the stream carries the change exactly when it commits. Returns the view.
 */
export async function publishCaseChange(trx: Knex.Transaction, stored: StoredCase, options: CaseStoreOptions): Promise<CaseView> {
  const settings = resolveCaseStoreOptions(options);
  const view = caseView(stored, settings.now(), settings.workflow);
  await publishLiveEvents(trx, [{ kind: 'case', subject: view.id, payload: view }]);
  return view;
}
