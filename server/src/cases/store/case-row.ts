import type { Knex } from 'knex';
import { DataError } from '@cimtwin/schemas';
import { UrbanCase, type LonLat } from '../case-schemas.ts';

/** One edit of a case's description, urgency or location, as the case keeps it. */
export interface CaseEditRecord {
  at: string;
  actor: string;
  changes: Record<string, { from: unknown; to: unknown }>;
}

/** A case as stored: the UrbanCase and what the row adds to it. */
export interface StoredCase {
  urbanCase: UrbanCase;
  alarmId: string | null;
  edits: CaseEditRecord[];
  createdAt: string;
  updatedAt: string;
}

/** Columns of `urban_cases` read into a StoredCase. */
export const CASE_COLUMNS = ['data', 'alarm_id', 'edits', 'created_at', 'updated_at'] as const;

const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString());

/** The StoredCase of a row read with CASE_COLUMNS. */
export function storedCaseOf(row: Record<string, unknown>): StoredCase {
  return {
    urbanCase: row.data as UrbanCase,
    alarmId: (row.alarm_id as string | null) ?? null,
    edits: (row.edits as CaseEditRecord[] | null) ?? [],
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

/** A point geometry for a location. */
export function pointOf(knex: Knex | Knex.Transaction, location: LonLat): Knex.Raw {
  return knex.raw('ST_SetSRID(ST_MakePoint(?, ?), 4326)', [location.lon, location.lat]);
}

/** The columns a case's state sets, for insert and update. */
export function caseColumns(trx: Knex.Transaction, urbanCase: UrbanCase): Record<string, unknown> {
  const handling = urbanCase.deadlines.handling;
  return {
    state: urbanCase.state,
    source: urbanCase.source,
    class_kind: urbanCase.caseClass.kind,
    class_code: urbanCase.caseClass.code,
    urgency: urbanCase.urgency,
    grid_code: urbanCase.gridCode,
    component_code: urbanCase.componentCode,
    department: urbanCase.department,
    description: urbanCase.description,
    reported_at: urbanCase.reportedAt,
    handling_started_at: handling?.startedAt ?? null,
    due_at: handling?.dueAt ?? null,
    geom: pointOf(trx, urbanCase.location),
    data: JSON.stringify(urbanCase),
    updated_at: trx.fn.now(),
  };
}

/** History rows of the entries from `fromIndex` on (seq is the entry's index + 1). */
export function historyRows(urbanCase: UrbanCase, fromIndex: number): Record<string, unknown>[] {
  return urbanCase.history.slice(fromIndex).map((entry, offset) => ({
    case_id: urbanCase.id,
    seq: fromIndex + offset + 1,
    action: entry.action,
    role: entry.role,
    actor: entry.actor,
    at: entry.at,
    from_state: entry.from,
    to_state: entry.to,
    note: entry.note,
    department: entry.department,
  }));
}

/** Reads a case for change, locking its row until the transaction ends; a DataError (404) when there is none. */
export async function lockCase(trx: Knex.Transaction, id: string): Promise<StoredCase> {
  const row = await trx('urban_cases').where({ id }).forUpdate().first(CASE_COLUMNS);
  if (!row) throw new DataError(`cases: there is no case ${id}`, { status: 404 });
  return storedCaseOf(row);
}

/** Checks a changed case against the model; a DataError that names the field otherwise. */
export function checkCase(urbanCase: UrbanCase, stage: string): UrbanCase {
  const parsed = UrbanCase.safeParse(urbanCase);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(case)'}: ${issue.message}`);
  throw new DataError(`${stage}: case ${urbanCase.id}: ${issues.join('; ')}`, { details: parsed.error.issues });
}
