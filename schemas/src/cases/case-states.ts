import { z } from 'zod';

// The vocabulary of the case workflow (案件流程) of digital urban management: states, the actions
// that move a case between them, the roles that may take them and where a case comes from. The
// transition rules themselves live with the workflow in the server.

/** States of a case, in workflow order; `voided` (作废) ends a case that was never registered. */
export const CASE_STATES = ['reported', 'accepted', 'registered', 'dispatched', 'handled', 'verified', 'closed', 'voided'] as const;
export const CaseState = z.enum(CASE_STATES);
export type CaseState = z.infer<typeof CaseState>;

/** Chinese names of the states. */
export const CASE_STATE_NAMES: Record<CaseState, string> = {
  reported: '上报',
  accepted: '受理',
  registered: '立案',
  dispatched: '派遣',
  handled: '处置',
  verified: '核查',
  closed: '结案',
  voided: '作废',
};

/** Actions on a case. `report` only opens a case; the others are workflow transitions. */
export const CASE_ACTIONS = [
  'report',
  'accept',
  'register',
  'dispatch',
  'handle',
  'verify',
  'rework',
  'close',
  'return',
  'void',
  'request-extension',
  'approve-extension',
  'reject-extension',
] as const;
export const CaseAction = z.enum(CASE_ACTIONS);
export type CaseAction = z.infer<typeof CaseAction>;

/** Chinese names of the actions. */
export const CASE_ACTION_NAMES: Record<CaseAction, string> = {
  report: '上报',
  accept: '受理',
  register: '立案',
  dispatch: '派遣',
  handle: '处置',
  verify: '核查',
  rework: '返工',
  close: '结案',
  return: '退回',
  void: '作废',
  'request-extension': '申请延期',
  'approve-extension': '批准延期',
  'reject-extension': '驳回延期',
};

/** Roles that act on cases: the public, the patrol inspector, the command centre's three desks, the department, and sensors. */
export const CASE_ROLES = ['reporter', 'patroller', 'acceptor', 'shift-leader', 'dispatcher', 'department', 'system'] as const;
export const CaseRole = z.enum(CASE_ROLES);
export type CaseRole = z.infer<typeof CaseRole>;

/** Chinese names of the roles. */
export const CASE_ROLE_NAMES: Record<CaseRole, string> = {
  reporter: '公众',
  patroller: '监督员',
  acceptor: '受理员',
  'shift-leader': '值班长',
  dispatcher: '派遣员',
  department: '专业部门',
  system: '系统 (传感器)',
};

/** Where a case comes from. */
export const CASE_SOURCES = ['public-report', 'patrol', 'sensor-alarm', 'hotline-12345'] as const;
export const CaseSource = z.enum(CASE_SOURCES);
export type CaseSource = z.infer<typeof CaseSource>;

/** Chinese names of the sources. */
export const CASE_SOURCE_NAMES: Record<CaseSource, string> = {
  'public-report': '公众举报',
  patrol: '监督员上报',
  'sensor-alarm': '传感器报警',
  'hotline-12345': '12345 热线',
};

/** Urgency (紧急程度); urgent cases get the short deadline whatever their class. */
export const CASE_URGENCIES = ['ordinary', 'urgent'] as const;
export const CaseUrgency = z.enum(CASE_URGENCIES);
export type CaseUrgency = z.infer<typeof CaseUrgency>;
