import type { Knex } from 'knex';
import { DataError } from '@cimtwin/schemas';
import type { CaseClassKind, CaseState } from '@cimtwin/schemas';
import { bboxFilter, type BboxPage } from '../geojson-page.ts';
import { storedCaseOf, CASE_COLUMNS } from './case-row.ts';
import { resolveCaseStoreOptions, type CaseStoreOptions } from './case-store-options.ts';
import { caseView, historyView, type CaseHistoryView, type CaseView } from './case-view.ts';

/** Filters of a case list; all optional. */
export interface CaseQuery extends BboxPage {
  states?: CaseState[];
  gridCode?: string;
  classKind?: CaseClassKind;
  /** 2-digit major or 4-digit minor class code. */
  classCode?: string;
  department?: string;
  /** true: with a department past due now; false: all others. */
  overdue?: boolean;
  /** Reported at or after / before these instants. */
  reportedFrom?: string;
  reportedTo?: string;
}

/** One page of cases, newest report first. */
export interface CasePage {
  numberMatched: number;
  numberReturned: number;
  cases: CaseView[];
}

function applyFilters(builder: Knex.QueryBuilder, query: CaseQuery, now: Date): void {
  if (query.states?.length) builder.whereIn('state', query.states);
  if (query.gridCode) builder.where('grid_code', query.gridCode);
  if (query.classKind) builder.where('class_kind', query.classKind);
  if (query.classCode) builder.whereRaw('left(class_code, ?) = ?', [query.classCode.length, query.classCode]);
  if (query.department) builder.where('department', query.department);
  if (query.overdue !== undefined) {
    const overdue = (inner: Knex.QueryBuilder) => inner.where('state', 'dispatched').where('due_at', '<', now.toISOString());
    if (query.overdue) builder.where(overdue);
    else builder.whereNot(overdue);
  }
  for (const [value, operator] of [[query.reportedFrom, '>='], [query.reportedTo, '<']] as const) {
    if (value === undefined) continue;
    if (Number.isNaN(new Date(value).getTime())) throw new DataError(`cases: "${value}" is not an instant; give ISO 8601, e.g. 2024-05-06T00:00:00+08:00`);
    builder.where('reported_at', operator, new Date(value).toISOString());
  }
  bboxFilter(builder, query.bbox);
}

/** A page of cases that pass the filters. */
export async function listCases(knex: Knex, query: CaseQuery, options: CaseStoreOptions = {}): Promise<CasePage> {
  const settings = resolveCaseStoreOptions(options);
  const now = settings.now();
  const [count, rows] = await Promise.all([
    knex('urban_cases').modify(applyFilters, query, now).count<{ n: number }[]>({ n: '*' }),
    knex('urban_cases').modify(applyFilters, query, now).select(CASE_COLUMNS).orderBy([{ column: 'reported_at', order: 'desc' }, { column: 'id', order: 'desc' }]).limit(query.limit).offset(query.offset),
  ]);
  return { numberMatched: Number(count[0].n), numberReturned: rows.length, cases: rows.map((row: Record<string, unknown>) => caseView(storedCaseOf(row), now, settings.workflow)) };
}

/** One case by id, or undefined. */
export async function readCase(knex: Knex | Knex.Transaction, id: string, options: CaseStoreOptions = {}): Promise<CaseView | undefined> {
  const settings = resolveCaseStoreOptions(options);
  const row = await knex('urban_cases').where({ id }).first(CASE_COLUMNS);
  return row ? caseView(storedCaseOf(row), settings.now(), settings.workflow) : undefined;
}

/** The steps of a case from its history rows, oldest first; undefined for an unknown case. */
export async function readCaseHistory(knex: Knex, id: string): Promise<CaseHistoryView[] | undefined> {
  const rows = await knex('urban_case_history').where({ case_id: id }).orderBy('seq');
  if (rows.length === 0) return (await knex('urban_cases').where({ id }).first('id')) ? [] : undefined;
  return rows.map((row) =>
    historyView(
      { from: row.from_state, to: row.to_state, action: row.action, role: row.role, actor: row.actor, at: new Date(row.at).toISOString(), note: row.note, department: row.department },
      Number(row.seq) - 1,
    ),
  );
}

/** How many cases of a unit grid are neither closed nor voided. */
export async function countOpenCases(knex: Knex, gridCode: string): Promise<number> {
  const rows = await knex('urban_cases').where({ grid_code: gridCode }).whereNotIn('state', ['closed', 'voided']).count<{ n: number }[]>({ n: '*' });
  return Number(rows[0].n);
}
