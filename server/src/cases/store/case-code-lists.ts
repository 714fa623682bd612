import {
  CASE_ACTIONS,
  CASE_ACTION_NAMES,
  CASE_ROLES,
  CASE_ROLE_NAMES,
  CASE_SOURCES,
  CASE_SOURCE_NAMES,
  CASE_STATES,
  CASE_STATE_NAMES,
  CASE_URGENCIES,
  COMPONENT_MAJOR_CLASSES,
  COMPONENT_MINOR_CLASSES,
  EVENT_MAJOR_CLASSES,
  EVENT_MINOR_CLASSES,
  HANDLING_DEADLINE_DEFAULTS,
} from '@cimtwin/schemas';
import { CASE_TRANSITIONS, REPORTING_ROLES } from '../workflow/case-transitions.ts';
import { ALARM_CASE_CLASSES } from './alarm-case-classes.ts';
import { CASE_URGENCY_NAMES } from './case-view.ts';

const named = <T extends string>(codes: readonly T[], names: Record<T, string>) => codes.map((code) => ({ code, name: names[code] }));

/**
 * Everything a case form or a workflow board needs to know, in one answer: the component and
 * event classes with their sources, states, actions, roles, sources and urgencies with Chinese
 * names, the transition table, which roles report from which source, the deadline rules and
 * the classes sensor alarms open.
 */
export function caseCodeLists() {
  return {
    component: { major: COMPONENT_MAJOR_CLASSES, minor: COMPONENT_MINOR_CLASSES },
    event: { major: EVENT_MAJOR_CLASSES, minor: EVENT_MINOR_CLASSES },
    states: named(CASE_STATES, CASE_STATE_NAMES),
    actions: named(CASE_ACTIONS, CASE_ACTION_NAMES),
    roles: named(CASE_ROLES, CASE_ROLE_NAMES),
    sources: named(CASE_SOURCES, CASE_SOURCE_NAMES),
    urgencies: named(CASE_URGENCIES, CASE_URGENCY_NAMES),
    transitions: CASE_TRANSITIONS.map((transition) => ({ ...transition, roles: [...transition.roles] })),
    reportingRoles: REPORTING_ROLES,
    deadlineRules: HANDLING_DEADLINE_DEFAULTS,
    alarmCaseClasses: ALARM_CASE_CLASSES,
  };
}
