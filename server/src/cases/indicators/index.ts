// Indicators of digital urban management (立案率, 结案率, 按期结案率, 返工率, handling time) over a period.
export { computeCaseIndicators, indicatorPeriod, reportedInPeriod } from './case-indicators.ts';
export type { CaseIndicatorOptions, CaseIndicatorCounts, CaseIndicators } from './case-indicators.ts';
export { computeCaseIndicatorsBy } from './group-case-indicators.ts';
export type { CaseIndicatorGrouping, CaseIndicatorRow } from './group-case-indicators.ts';
export { historyUntil, stateAfter, departmentAfter, hasAction, reachedState, handlingSpan, lastHandledAt } from './case-timeline.ts';
