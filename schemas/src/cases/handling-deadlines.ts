import { z } from 'zod';
import { DataError } from '../data-error.ts';
import { CodeListSource } from '../networks/code-list-provenance.ts';
import { CaseClassKind } from './case-class-entry.ts';
import type { CaseClass } from './case-class.ts';
import { LOCAL_PRACTICE_DEADLINES } from './case-code-sources.ts';
import { CaseUrgency } from './case-states.ts';

// Handling deadlines (处置时限) per case class. Cities set them in their own 立案结案标准, usually in
// working hours (工作时) for ordinary cases and calendar hours for emergencies. The defaults below
// are this library's, in that style, and are meant to be replaced by a city's table.
// The rule that matches most specifically wins: an urgency rule first, then the longest class
// prefix, then a rule for the kind over one for any kind. Tried and rejected: the shortest of all
// matching limits, which let a catch-all 2-hour rule override every class table.

/** A time limit in working hours (the calendar's working periods) or calendar hours. */
export const TimeLimit = z.object({
  hours: z.number().positive(),
  unit: z.enum(['working-hours', 'calendar-hours']),
});
export type TimeLimit = z.infer<typeof TimeLimit>;

/** One handling-deadline rule. */
export const HandlingDeadlineRule = CodeListSource.extend({
  id: z.string().min(1),
  kind: CaseClassKind.nullable().describe('component or event; null for any'),
  classPrefix: z.string().regex(/^(\d{2}){0,2}$/).describe("'' for any class, 2 digits for a major class, 4 for a minor class"),
  urgency: CaseUrgency.nullable().describe('null for any urgency'),
  limit: TimeLimit,
  label: z.string().describe('the limit as a city table writes it, e.g. 1个工作日'),
});
export type HandlingDeadlineRule = z.infer<typeof HandlingDeadlineRule>;

/** A table of rules with unique ids, e.g. from a city's configuration file. */
export const HandlingDeadlineRules = z.array(HandlingDeadlineRule).superRefine((rules, context) => {
  const ids = new Set<string>();
  for (const [index, rule] of rules.entries()) {
    if (ids.has(rule.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `rule id ${rule.id} is used twice` });
    ids.add(rule.id);
    if (rule.classPrefix !== '' && rule.kind === null) context.addIssue({ code: 'custom', path: [index, 'kind'], message: 'a rule with a class prefix needs its kind' });
  }
});

const L = { source: LOCAL_PRACTICE_DEADLINES, provenance: 'general-knowledge', verified: false } as const;
const WORKING_DAY = 7.5; // 8:30-12:00 and 13:30-17:30, the default working calendar

function rule(id: string, kind: CaseClassKind | null, classPrefix: string, urgency: CaseUrgency | null, hours: number, unit: TimeLimit['unit'], label: string) {
  return { ...L, id, kind, classPrefix, urgency, limit: { hours, unit }, label };
}

/** Default handling deadlines; 1 working day is 7.5 working hours under the default calendar. */
export const HANDLING_DEADLINE_DEFAULTS: readonly HandlingDeadlineRule[] = HandlingDeadlineRules.parse([
  rule('urgent', null, '', 'urgent', 2, 'calendar-hours', '紧急 2小时'),
  rule('event-emergency', 'event', '04', null, 2, 'calendar-hours', '突发事件 2小时'),
  rule('event-gas-rupture', 'event', '0403', null, 1, 'calendar-hours', '燃气管道破裂 1小时'),
  rule('event-street-order', 'event', '05', null, 4, 'working-hours', '街面秩序 4工作时'),
  rule('event-appearance', 'event', '01', null, WORKING_DAY, 'working-hours', '市容环境 1个工作日'),
  rule('event-advertising', 'event', '02', null, WORKING_DAY, 'working-hours', '宣传广告 1个工作日'),
  rule('event-construction', 'event', '03', null, 2 * WORKING_DAY, 'working-hours', '施工管理 2个工作日'),
  rule('component-utilities', 'component', '01', null, 2 * WORKING_DAY, 'working-hours', '公用设施 2个工作日'),
  rule('component', 'component', '', null, 3 * WORKING_DAY, 'working-hours', '部件 3个工作日'),
  rule('default', null, '', null, 3 * WORKING_DAY, 'working-hours', '3个工作日'),
]);

function specificity(entry: HandlingDeadlineRule): number {
  return (entry.urgency === null ? 0 : 100) + entry.classPrefix.length * 10 + (entry.kind === null ? 0 : 1);
}

/**
 * The rule that sets the handling deadline of a case of this class and urgency. Throws a
 * DataError when no rule matches (a city table without a catch-all rule).
 */
export function findHandlingDeadlineRule(caseClass: CaseClass, urgency: CaseUrgency, rules: readonly HandlingDeadlineRule[] = HANDLING_DEADLINE_DEFAULTS): HandlingDeadlineRule {
  const matching = rules.filter(
    (entry) =>
      (entry.kind === null || entry.kind === caseClass.kind) &&
      caseClass.code.startsWith(entry.classPrefix) &&
      (entry.urgency === null || entry.urgency === urgency),
  );
  if (matching.length === 0) {
    throw new DataError(`handling-deadlines: no rule matches ${caseClass.kind} class ${caseClass.code} (${urgency}); add a rule for it or a catch-all rule with kind null and classPrefix ''`);
  }
  return matching.reduce((best, entry) => (specificity(entry) > specificity(best) ? entry : best));
}
