// Cases in PostGIS: open, step through the workflow, edit, read, list, indicators, and cases from sensor alarms.
export { createCase, insertCase, nextCaseId, resolveGridCode } from './create-case.ts';
export { transitionCase } from './transition-case.ts';
export { editCase } from './edit-case.ts';
export { readCase, listCases, readCaseHistory, countOpenCases } from './read-cases.ts';
export type { CaseQuery, CasePage } from './read-cases.ts';
export { readCaseIndicators } from './read-case-indicators.ts';
export type { CaseIndicatorReport } from './read-case-indicators.ts';
export { openCaseFromAlarm } from './open-case-from-alarm.ts';
export type { AlarmCaseInput } from './open-case-from-alarm.ts';
export { ALARM_CASE_CLASSES, ALARM_COMPONENT_REACH_METRES, alarmCaseClass } from './alarm-case-classes.ts';
export type { AlarmCaseClass } from './alarm-case-classes.ts';
export { NewCaseInput, CaseTransitionInput, CaseEditInput, parseCaseInput } from './case-inputs.ts';
export { caseView, caseFeature, historyView, CASE_URGENCY_NAMES } from './case-view.ts';
export type { CaseView, CaseHistoryView, CaseNextAction, CaseDeadlineView } from './case-view.ts';
export type { StoredCase, CaseEditRecord } from './case-row.ts';
export type { CaseStoreOptions } from './case-store-options.ts';
