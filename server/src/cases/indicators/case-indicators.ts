import { DataError } from '@cimtwin/schemas';
import { CASE_STATES, WORKING_CALENDAR_DEFAULTS, type CaseState, type UrbanCase, type WorkingCalendar } from '../case-schemas.ts';
import { workingHoursBetween } from '../workflow/working-hours.ts';
import { handlingSpan, hasAction, historyUntil, lastHandledAt, reachedState, stateAfter } from './case-timeline.ts';

// The indicators of digital urban management over a period. The cases counted are those
// reported in the period [from, to); each is taken as it stood at `to` (later steps are left out).
// Tried and rejected: counting each step in the period it happened in (立案 in May of a case
// reported in April), which mixes cohorts and lets rates pass 100 %.

/** The period and the calendar for working-hour averages. */
export interface CaseIndicatorOptions {
  from: string | Date;
  to: string | Date;
  /** Calendar for `averageHandlingWorkingHours`; default WORKING_CALENDAR_DEFAULTS. */
  calendar?: WorkingCalendar;
}

/** Counts behind the rates. */
export interface CaseIndicatorCounts {
  /** Cases reported in the period. */
  reported: number;
  /** Reported cases that were accepted (受理) and not voided: the valid reports (有效上报). */
  valid: number;
  /** Cases voided (作废). */
  voided: number;
  /** Cases registered (立案). */
  registered: number;
  /** Cases closed (结案). */
  closed: number;
  /** Closed cases whose last handling was at or before the handling deadline (with extensions). */
  closedOnTime: number;
  /** Cases handled (处置) at least once. */
  handled: number;
  /** Handled cases sent back from verification (返工) at least once. */
  reworked: number;
}

/** The indicators of a set of cases. Rates are fractions 0-1, null when their denominator is 0. */
export interface CaseIndicators {
  counts: CaseIndicatorCounts;
  /** Cases in each state at the end of the period. */
  byState: Record<CaseState, number>;
  /** 立案率 = registered / valid. */
  registrationRate: number | null;
  /** 结案率 = closed / registered. */
  closureRate: number | null;
  /** 按期结案率 = closedOnTime / closed. */
  onTimeClosureRate: number | null;
  /** 返工率 = reworked / handled. */
  reworkRate: number | null;
  /** Mean hours from the last dispatch (派遣) to the first handling after it, over the cases handled since their last dispatch; null when none. */
  averageHandlingHours: number | null;
  /** The same mean in working hours of the calendar. */
  averageHandlingWorkingHours: number | null;
}

/** The period as instants; throws a DataError when it is empty or not dated. */
export function indicatorPeriod(options: CaseIndicatorOptions): { from: Date; to: Date } {
  const from = new Date(options.from);
  const to = new Date(options.to);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from.getTime() >= to.getTime()) {
    throw new DataError(`case-indicators: the period ${String(options.from)} to ${String(options.to)} is not a period; give two ISO 8601 instants, from before to`);
  }
  return { from, to };
}

/** True when the case was reported in [from, to). */
export function reportedInPeriod(urbanCase: UrbanCase, period: { from: Date; to: Date }): boolean {
  const reportedAt = new Date(urbanCase.reportedAt).getTime();
  return reportedAt >= period.from.getTime() && reportedAt < period.to.getTime();
}

const ratio = (numerator: number, denominator: number) => (denominator === 0 ? null : numerator / denominator);
const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length);

/** The indicators of the cases reported in the period, as they stood at its end. */
export function computeCaseIndicators(cases: readonly UrbanCase[], options: CaseIndicatorOptions): CaseIndicators {
  const period = indicatorPeriod(options);
  const calendar = options.calendar ?? WORKING_CALENDAR_DEFAULTS;
  const counts: CaseIndicatorCounts = { reported: 0, valid: 0, voided: 0, registered: 0, closed: 0, closedOnTime: 0, handled: 0, reworked: 0 };
  const byState = Object.fromEntries(CASE_STATES.map((state) => [state, 0])) as Record<CaseState, number>;
  const hours: number[] = [];
  const workingHours: number[] = [];
  for (const urbanCase of cases) {
    if (!reportedInPeriod(urbanCase, period)) continue;
    const entries = historyUntil(urbanCase, period.to);
    const state = stateAfter(entries);
    if (state === null) continue;
    counts.reported++;
    byState[state]++;
    if (state === 'voided') counts.voided++;
    else if (reachedState(entries, 'accepted')) counts.valid++;
    if (hasAction(entries, 'register')) counts.registered++;
    if (state === 'closed') {
      counts.closed++;
      const handledAt = lastHandledAt(entries);
      const dueAt = urbanCase.deadlines.handling?.dueAt;
      if (handledAt && dueAt && handledAt.getTime() <= new Date(dueAt).getTime()) counts.closedOnTime++;
    }
    if (hasAction(entries, 'handle')) {
      counts.handled++;
      if (hasAction(entries, 'rework')) counts.reworked++;
    }
    const span = handlingSpan(entries);
    if (span) {
      hours.push((span.handledAt.getTime() - span.dispatchedAt.getTime()) / 3_600_000);
      workingHours.push(workingHoursBetween(span.dispatchedAt, span.handledAt, calendar));
    }
  }
  return {
    counts,
    byState,
    registrationRate: ratio(counts.registered, counts.valid),
    closureRate: ratio(counts.closed, counts.registered),
    onTimeClosureRate: ratio(counts.closedOnTime, counts.closed),
    reworkRate: ratio(counts.reworked, counts.handled),
    averageHandlingHours: mean(hours),
    averageHandlingWorkingHours: mean(workingHours),
  };
}
