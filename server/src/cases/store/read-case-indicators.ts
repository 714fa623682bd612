import type { Knex } from 'knex';
import { findMinorClass, type CaseClassKind } from '@cimtwin/schemas';
import type { UrbanCase } from '../case-schemas.ts';
import { computeCaseIndicators, indicatorPeriod, type CaseIndicators } from '../indicators/case-indicators.ts';
import { computeCaseIndicatorsBy, type CaseIndicatorGrouping, type CaseIndicatorRow } from '../indicators/group-case-indicators.ts';
import { resolveCaseStoreOptions, type CaseStoreOptions } from './case-store-options.ts';

/** The indicators of a period, overall and per group. */
export interface CaseIndicatorReport {
  from: string;
  to: string;
  groupBy: CaseIndicatorGrouping | null;
  overall: CaseIndicators;
  /** One row per group, with the class name for class groups; empty without groupBy. */
  groups: Array<CaseIndicatorRow & { name: string | null }>;
}

function groupName(grouping: CaseIndicatorGrouping, key: string | null): string | null {
  if (grouping !== 'class' || key === null) return null;
  const [kind, code] = key.split(':');
  return findMinorClass(kind as CaseClassKind, code)?.nameZh ?? null;
}

/**
 * 立案率, 结案率, 按期结案率, 返工率 and handling times of the cases reported in [from, to), each
 * taken as it stood at `to`, overall and grouped by grid, class or department. Throws a
 * DataError when the period is not one.
 */
export async function readCaseIndicators(knex: Knex, period: { from: string; to: string; groupBy?: CaseIndicatorGrouping }, options: CaseStoreOptions = {}): Promise<CaseIndicatorReport> {
  const { from, to } = indicatorPeriod(period);
  const calendar = resolveCaseStoreOptions(options).workflow.calendar;
  const rows = await knex('urban_cases').where('reported_at', '>=', from.toISOString()).where('reported_at', '<', to.toISOString()).select('data');
  const cases = rows.map((row) => row.data as UrbanCase);
  const settings = { from, to, calendar };
  const grouping = period.groupBy ?? null;
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    groupBy: grouping,
    overall: computeCaseIndicators(cases, settings),
    groups: grouping ? computeCaseIndicatorsBy(cases, grouping, settings).map((row) => ({ ...row, name: groupName(grouping, row.key) })) : [],
  };
}
