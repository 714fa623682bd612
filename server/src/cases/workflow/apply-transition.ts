import { CASE_ACTION_NAMES, CASE_ROLE_NAMES, CASE_STATE_NAMES, type CaseAction, type CaseHistoryEntry, type UrbanCase } from '../case-schemas.ts';
import { CaseTransitionError, type CaseTransitionErrorCode } from './case-transition-error.ts';
import { CASE_TRANSITIONS, transitionsFrom, type CaseTransition } from './case-transitions.ts';
import { extendHandlingDeadline, startHandlingDeadline } from './handling-deadline.ts';
import { parseInstant, type TransitionContext } from './transition-context.ts';
import { WORKFLOW_DEFAULTS, type WorkflowOptions } from './workflow-options.ts';

/**
 * Takes one workflow step and returns the case after it; the case given is not changed.
 * Throws a CaseTransitionError when the state does not allow the action (409), the role may not
 * take it (403), a department acts on another department's case (403), a required reason,
 * department or number of hours is missing (400), the step is dated before the last one (400),
 * or an extension is asked twice or decided when none is pending (409).
 */
export function applyTransition(urbanCase: UrbanCase, action: CaseAction, context: TransitionContext, options: Partial<WorkflowOptions> = {}): UrbanCase {
  const settings: WorkflowOptions = { ...WORKFLOW_DEFAULTS, ...options };
  const { id, state } = urbanCase;
  const refuse = (code: CaseTransitionErrorCode, message: string, allowed: string[] = []): never => {
    throw new CaseTransitionError(`case ${id}: ${message}`, { code, caseId: id, state, action, role: context.role, allowed });
  };
  const transition = findTransition(urbanCase, action, context);
  if (!transition.roles.includes(context.role)) {
    const names = transition.roles.map((role) => `${role} (${CASE_ROLE_NAMES[role]})`).join(' or ');
    refuse('role-not-allowed', `${action} (${CASE_ACTION_NAMES[action]}) from ${state} needs ${names}; got ${context.role}`, [...transition.roles]);
  }
  if (context.role === 'department') {
    if (!context.actorDepartment) refuse('invalid-input', `${action} by a department needs actorDepartment, the department the actor belongs to`);
    if (context.actorDepartment !== urbanCase.department) refuse('wrong-department', `the case is dispatched to ${urbanCase.department}, not to ${context.actorDepartment}`, [urbanCase.department ?? '']);
  }
  const at = parseInstant(context.at, id, action, context.role);
  const last = urbanCase.history[urbanCase.history.length - 1];
  if (at.getTime() < new Date(last.at).getTime()) refuse('time-out-of-order', `${action} at ${at.toISOString()} is before the last step (${last.action} at ${last.at}); steps are recorded in time order`);
  const note = context.note?.trim() || null;
  if (transition.needsNote && !note) refuse('invalid-input', `${action} (${CASE_ACTION_NAMES[action]}) needs a reason in note`);

  let next: UrbanCase = { ...urbanCase, state: transition.to, deadlines: { ...urbanCase.deadlines } };
  const pending = urbanCase.deadlines.pendingExtension;
  switch (transition.action) {
    case 'dispatch': {
      const department = context.department?.trim();
      if (!department) refuse('invalid-input', 'dispatch (派遣) needs the department the case goes to');
      next = { ...next, department: department!, deadlines: { handling: startHandlingDeadline(urbanCase.caseClass, urbanCase.urgency, at, settings), pendingExtension: null } };
      break;
    }
    case 'return':
      if (transition.from === 'dispatched') next = { ...next, department: null, deadlines: { handling: null, pendingExtension: null } };
      break;
    case 'handle':
      next.deadlines.pendingExtension = null;
      break;
    case 'request-extension': {
      if (pending) refuse('extension-pending', `an extension of ${pending.hours} h asked by ${pending.requestedBy} at ${pending.requestedAt} waits for a decision; approve or reject it first`);
      const hours = context.extensionHours;
      if (hours === undefined || !Number.isFinite(hours) || hours <= 0) refuse('invalid-input', `request-extension (申请延期) needs extensionHours, a positive number of ${handlingOf(urbanCase).limit.unit}`);
      next.deadlines.pendingExtension = { hours: hours!, reason: note!, requestedBy: context.actor, requestedAt: at.toISOString() };
      break;
    }
    case 'approve-extension': {
      if (!pending) refuse('no-pending-extension', 'no extension is waiting for a decision; a department asks for one with request-extension');
      const granted = context.extensionHours ?? pending!.hours;
      if (!Number.isFinite(granted) || granted <= 0) refuse('invalid-input', `approve-extension (批准延期) grants ${granted} h; give a positive number of hours`);
      next.deadlines = { handling: extendHandlingDeadline(handlingOf(urbanCase), pending!, granted, { approvedBy: context.actor, approvedAt: at }, settings), pendingExtension: null };
      break;
    }
    case 'reject-extension':
      if (!pending) refuse('no-pending-extension', 'no extension is waiting for a decision');
      next.deadlines.pendingExtension = null;
      break;
    default:
      break;
  }
  const entry: CaseHistoryEntry = { from: state, to: transition.to, action, role: context.role, actor: context.actor, at: at.toISOString(), note, department: next.department };
  return { ...next, history: [...urbanCase.history, entry] };
}

function findTransition(urbanCase: UrbanCase, action: CaseAction, context: TransitionContext): CaseTransition {
  const { id, state } = urbanCase;
  const fromHere = transitionsFrom(state);
  const transition = fromHere.find((entry) => entry.action === action);
  if (transition) return transition;
  const actionsHere = [...new Set(fromHere.map((entry) => entry.action))];
  const states = [...new Set(CASE_TRANSITIONS.filter((entry) => entry.action === action).map((entry) => entry.from))];
  const where = action === 'report' ? 'report only opens a case' : `${action} (${CASE_ACTION_NAMES[action]}) is allowed from ${states.join(', ')} only`;
  const here = actionsHere.length ? `from ${state} the allowed actions are ${actionsHere.join(', ')}` : `${state} is final`;
  throw new CaseTransitionError(`case ${id} is ${state} (${CASE_STATE_NAMES[state]}); ${where}; ${here}`, {
    code: 'invalid-transition', caseId: id, state, action, role: context.role, allowed: actionsHere,
  });
}

function handlingOf(urbanCase: UrbanCase) {
  const handling = urbanCase.deadlines.handling;
  if (!handling) throw new Error(`case ${urbanCase.id} is ${urbanCase.state} without a handling deadline`);
  return handling;
}
