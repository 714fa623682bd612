import type { UrbanCase } from '../case-schemas.ts';
import { computeCaseIndicators, indicatorPeriod, reportedInPeriod, type CaseIndicatorOptions, type CaseIndicators } from './case-indicators.ts';
import { departmentAfter, historyUntil } from './case-timeline.ts';

/** What the indicators are grouped by. */
export type CaseIndicatorGrouping = 'grid' | 'class' | 'department';

/** The indicators of one group. */
export interface CaseIndicatorRow extends CaseIndicators {
  /** Grid code, `kind:class code` (e.g. `event:0102`), or department; null for cases never dispatched when grouping by department. */
  key: string | null;
}

/** The key of a case: its grid, its class, or the department it was with at the end of the period. */
function groupKey(urbanCase: UrbanCase, grouping: CaseIndicatorGrouping, to: Date): string | null {
  if (grouping === 'grid') return urbanCase.gridCode;
  if (grouping === 'class') return `${urbanCase.caseClass.kind}:${urbanCase.caseClass.code}`;
  return departmentAfter(historyUntil(urbanCase, to));
}

/**
 * The indicators of the cases reported in the period, one row per grid, class or department,
 * sorted by key (null last). Each row follows the formulas of {@link computeCaseIndicators}.
 */
export function computeCaseIndicatorsBy(cases: readonly UrbanCase[], grouping: CaseIndicatorGrouping, options: CaseIndicatorOptions): CaseIndicatorRow[] {
  const period = indicatorPeriod(options);
  const groups = new Map<string | null, UrbanCase[]>();
  for (const urbanCase of cases) {
    if (!reportedInPeriod(urbanCase, period)) continue;
    const key = groupKey(urbanCase, grouping, period.to);
    groups.set(key, [...(groups.get(key) ?? []), urbanCase]);
  }
  const keys = [...groups.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0));
  return keys.map((key) => ({ key, ...computeCaseIndicators(groups.get(key)!, options) }));
}
