/**
 * A case as the API answers it and the live stream carries it: the UrbanCase with the Chinese
 * names of its state, class, source and steps, what can be done next and by whom, and its
 * deadline with whether it is overdue now. A case is overdue while it is with a department
 * (派遣, also after 返工) past its due time; a handled case is not, whether it was late or not.
 */
import { CASE_SOURCE_NAMES, findMajorClass, findMinorClass, type CaseUrgency } from '@cimtwin/schemas';
import { CASE_ACTION_NAMES, CASE_ROLE_NAMES, CASE_STATE_NAMES, type CaseAction, type CaseHistoryEntry, type CaseRole, type CaseState, type LonLat, type UrbanCase } from '../case-schemas.ts';
import { transitionsFrom } from '../workflow/case-transitions.ts';
import type { WorkflowOptions } from '../workflow/workflow-options.ts';
import { hoursBetween } from '../workflow/working-hours.ts';
import type { CaseEditRecord, StoredCase } from './case-row.ts';

/** Chinese names of the urgencies. */
export const CASE_URGENCY_NAMES: Record<CaseUrgency, string> = { ordinary: '一般', urgent: '紧急' };

/** One history step with its number and names. */
export interface CaseHistoryView extends CaseHistoryEntry {
  seq: number;
  actionName: string;
  roleName: string;
  toName: string;
}

/** A step the case can take next. */
export interface CaseNextAction {
  action: CaseAction;
  name: string;
  to: CaseState;
  toName: string;
  roles: CaseRole[];
  needsNote: boolean;
}

/** The handling deadline with where it stands now. */
export interface CaseDeadlineView {
  ruleId: string;
  limit: { hours: number; unit: string };
  startedAt: string;
  dueAt: string;
  extensions: unknown[];
  pendingExtension: unknown;
  /** Still with the department and past due. */
  overdue: boolean;
  /** Hours left until due (negative past it), counted in the limit's unit; null once handled. */
  remainingHours: number | null;
}

/** A case as the API returns it. */
export interface CaseView {
  id: string;
  state: CaseState;
  stateName: string;
  source: UrbanCase['source'];
  sourceName: string;
  caseClass: { kind: 'component' | 'event'; kindName: string; code: string; name: string | null; majorCode: string; majorName: string | null };
  urgency: CaseUrgency;
  urgencyName: string;
  description: string;
  location: LonLat;
  gridCode: string;
  componentCode: string | null;
  department: string | null;
  reportedAt: string;
  updatedAt: string;
  alarmId: string | null;
  overdue: boolean;
  deadline: CaseDeadlineView | null;
  nextActions: CaseNextAction[];
  history: CaseHistoryView[];
  edits: CaseEditRecord[];
}

/** A history entry with its number and names. */
export function historyView(entry: CaseHistoryEntry, index: number): CaseHistoryView {
  return { seq: index + 1, ...entry, actionName: CASE_ACTION_NAMES[entry.action], roleName: CASE_ROLE_NAMES[entry.role], toName: CASE_STATE_NAMES[entry.to] };
}

function deadlineView(urbanCase: UrbanCase, now: Date, workflow: WorkflowOptions): CaseDeadlineView | null {
  const handling = urbanCase.deadlines.handling;
  if (!handling) return null;
  const running = urbanCase.state === 'dispatched';
  const due = new Date(handling.dueAt);
  const remaining = running ? Math.round(hoursBetween(now, due, handling.limit.unit, workflow.calendar) * 100) / 100 : null;
  return {
    ...handling,
    pendingExtension: urbanCase.deadlines.pendingExtension,
    overdue: running && now.getTime() > due.getTime(),
    remainingHours: remaining,
  };
}

/** The view of a stored case at `now`. */
export function caseView(stored: StoredCase, now: Date, workflow: WorkflowOptions): CaseView {
  const urbanCase = stored.urbanCase;
  const { kind, code } = urbanCase.caseClass;
  const deadline = deadlineView(urbanCase, now, workflow);
  return {
    id: urbanCase.id,
    state: urbanCase.state,
    stateName: CASE_STATE_NAMES[urbanCase.state],
    source: urbanCase.source,
    sourceName: CASE_SOURCE_NAMES[urbanCase.source],
    caseClass: { kind, kindName: kind === 'component' ? '部件' : '事件', code, name: findMinorClass(kind, code)?.nameZh ?? null, majorCode: code.slice(0, 2), majorName: findMajorClass(kind, code.slice(0, 2))?.nameZh ?? null },
    urgency: urbanCase.urgency,
    urgencyName: CASE_URGENCY_NAMES[urbanCase.urgency],
    description: urbanCase.description,
    location: urbanCase.location,
    gridCode: urbanCase.gridCode,
    componentCode: urbanCase.componentCode,
    department: urbanCase.department,
    reportedAt: urbanCase.reportedAt,
    updatedAt: stored.updatedAt,
    alarmId: stored.alarmId,
    overdue: deadline?.overdue ?? false,
    deadline,
    nextActions: transitionsFrom(urbanCase.state).map((transition) => ({
      action: transition.action,
      name: CASE_ACTION_NAMES[transition.action],
      to: transition.to,
      toName: CASE_STATE_NAMES[transition.to],
      roles: [...transition.roles],
      needsNote: transition.needsNote,
    })),
    history: urbanCase.history.map(historyView),
    edits: stored.edits,
  };
}

/** A case as a GeoJSON Feature at its location, without history and edits. */
export function caseFeature(view: CaseView): { type: 'Feature'; id: string; geometry: { type: 'Point'; coordinates: [number, number] }; properties: Omit<CaseView, 'history' | 'edits' | 'location'> } {
  const { history: _history, edits: _edits, location, ...properties } = view;
  return { type: 'Feature', id: view.id, geometry: { type: 'Point', coordinates: [location.lon, location.lat] }, properties };
}
