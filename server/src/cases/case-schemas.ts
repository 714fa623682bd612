// The cases code lists and model of @cimtwin/schemas that the server's cases modules use, in one place.
export {
  CASE_ACTION_NAMES,
  CASE_ROLE_NAMES,
  CASE_STATE_NAMES,
  CASE_STATES,
  UrbanCase,
  WORKING_CALENDAR_DEFAULTS,
  HANDLING_DEADLINE_DEFAULTS,
  findHandlingDeadlineRule,
  decodeCaseClass,
  decodeGridCode,
  decodeComponentCode,
} from '@cimtwin/schemas';
export type {
  CaseAction,
  CaseClass,
  CaseRole,
  CaseSource,
  CaseState,
  CaseUrgency,
  CaseHistoryEntry,
  ExtensionRequest,
  HandlingDeadline,
  HandlingDeadlineRule,
  LonLat,
  TimeLimit,
  WorkingCalendar,
} from '@cimtwin/schemas';
