import { DataError } from '@cimtwin/schemas';
import { CASE_ROLE_NAMES, decodeCaseClass, decodeComponentCode, decodeGridCode, UrbanCase, type CaseClass, type CaseRole, type CaseSource, type CaseUrgency, type LonLat } from '../case-schemas.ts';
import { CaseTransitionError } from './case-transition-error.ts';
import { REPORTING_ROLES } from './case-transitions.ts';
import { parseInstant } from './transition-context.ts';

/** A report (上报) that opens a case. */
export interface CaseReport {
  id: string;
  source: CaseSource;
  caseClass: CaseClass;
  urgency?: CaseUrgency;
  description: string;
  location: LonLat;
  gridCode: string;
  componentCode?: string | null;
  role: CaseRole;
  actor: string;
  at: string | Date;
  note?: string | null;
}

/**
 * Opens a case in state `reported` with the report as its first history entry. The role must
 * fit the source (a patrol report comes from a 监督员, a sensor alarm from `system`, a 12345 call
 * from the acceptor); the class, grid and component codes are checked. Throws a
 * CaseTransitionError for a wrong role and a DataError for bad codes or fields.
 */
export function openCase(report: CaseReport): UrbanCase {
  const roles = REPORTING_ROLES[report.source];
  if (!roles) throw new DataError(`case-workflow: case ${report.id} has source ${JSON.stringify(report.source)}; use one of ${Object.keys(REPORTING_ROLES).join(', ')}`);
  if (!roles.includes(report.role)) {
    throw new CaseTransitionError(
      `case ${report.id}: a ${report.source} report comes from ${roles.map((role) => `${role} (${CASE_ROLE_NAMES[role]})`).join(' or ')}; got ${report.role}`,
      { code: 'role-not-allowed', caseId: report.id, state: null, action: 'report', role: report.role, allowed: [...roles] },
    );
  }
  decodeCaseClass(report.caseClass.kind, report.caseClass.code);
  decodeGridCode(report.gridCode);
  if (report.componentCode) decodeComponentCode(report.componentCode);
  const at = parseInstant(report.at, report.id, 'report', report.role).toISOString();
  const parsed = UrbanCase.safeParse({
    id: report.id,
    source: report.source,
    caseClass: { kind: report.caseClass.kind, code: report.caseClass.code.trim() },
    urgency: report.urgency ?? 'ordinary',
    description: report.description,
    location: report.location,
    gridCode: report.gridCode.trim(),
    componentCode: report.componentCode?.trim() || null,
    department: null,
    state: 'reported',
    reportedAt: at,
    deadlines: { handling: null, pendingExtension: null },
    history: [{ from: null, to: 'reported', action: 'report', role: report.role, actor: report.actor, at, note: report.note?.trim() || null, department: null }],
  });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(case)'}: ${issue.message}`);
    throw new DataError(`case-workflow: case ${report.id} cannot be opened: ${issues.join('; ')}`, { details: parsed.error.issues });
  }
  return parsed.data;
}
