// Digital urban management (数字化城市管理, GB/T 30428): code lists, codes and the case model.

// Sources of the code lists
export {
  GB_T_30428_1_RECALLED,
  GB_T_30428_2_STRUCTURE_RECALLED,
  GB_T_30428_2_TWO_CATALOGUES,
  GB_T_30428_2_ONE_CATALOGUE,
  GB_T_30428_2_RECALLED,
  GB_T_2260_RECALLED,
  GB_T_10114_RECALLED,
  LOCAL_PRACTICE_DEADLINES,
} from './case-code-sources.ts';
export { CodeSegment } from './code-segment.ts';
export { PROVINCE_PREFIXES } from './division-code.ts';

// Unit grid (万米单元网格) codes
export { GRID_CODE_STRUCTURE, GridCodeParts, GridCode, GRID_KIND_SOURCE, decodeGridCode, formatGridCode } from './grid-code.ts';
export type { DecodedGridCode, GridCodeInput, TownKind, CommunityKind } from './grid-code.ts';

// Component (部件) and event (事件) classes
export { CASE_CLASS_KINDS, CaseClassKind, MajorClass, MinorClass } from './case-class-entry.ts';
export { COMPONENT_MAJOR_CLASSES, COMPONENT_MINOR_CLASSES } from './component-classes.ts';
export { EVENT_MAJOR_CLASSES, EVENT_MINOR_CLASSES } from './event-classes.ts';
export { CaseClass, majorClasses, minorClasses, findMajorClass, findMinorClass, findMinorClassesByName, decodeCaseClass } from './case-class.ts';
export type { DecodedCaseClass } from './case-class.ts';

// Component codes (部件标识码) and pipe points as components
export { COMPONENT_CODE_STRUCTURE, ComponentCodeParts, ComponentCode, decodeComponentCode, formatComponentCode } from './component-code.ts';
export type { DecodedComponentCode, ComponentCodeInput } from './component-code.ts';
export { PipeComponentClass, PIPE_COMPONENT_CLASSES, componentClassForPipePoint } from './pipe-component-classes.ts';
export type { PipePoint } from './pipe-component-classes.ts';

// Handling deadlines (处置时限)
export { TimeLimit, HandlingDeadlineRule, HandlingDeadlineRules, HANDLING_DEADLINE_DEFAULTS, findHandlingDeadlineRule } from './handling-deadlines.ts';

// Working calendar for working-hour deadlines
export { WorkingPeriod, WorkingCalendar, WORKING_CALENDAR_DEFAULTS } from './working-calendar.ts';

// Workflow vocabulary and the case model
export {
  CASE_STATES,
  CaseState,
  CASE_STATE_NAMES,
  CASE_ACTIONS,
  CaseAction,
  CASE_ACTION_NAMES,
  CASE_ROLES,
  CaseRole,
  CASE_ROLE_NAMES,
  CASE_SOURCES,
  CaseSource,
  CASE_SOURCE_NAMES,
  CASE_URGENCIES,
  CaseUrgency,
} from './case-states.ts';
export { Timestamp, LonLat, CaseHistoryEntry, ExtensionRequest, ExtensionGrant, HandlingDeadline, UrbanCase } from './urban-case.ts';
