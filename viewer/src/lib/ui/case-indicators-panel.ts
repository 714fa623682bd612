import type { CaseIndicatorGrouping, CaseIndicatorReport, CaseIndicators } from '../api/case-types.ts';
import type { LabelKey, Language } from '../i18n/labels.ts';
import { formatHours, formatRate } from '../operations/operations-text.ts';
import { createElement } from './create-element.ts';
import { LocalizedPanel } from './localized-panel.ts';

/** Periods the dashboard offers, in days back from now. */
export const INDICATOR_PERIODS: readonly [days: number, label: LabelKey][] = [
  [7, 'period7Days'],
  [30, 'period30Days'],
  [365, 'period365Days'],
];

/** What the indicators dashboard shows. */
export interface CaseIndicatorsState {
  open: boolean;
  days: number;
  groupBy: CaseIndicatorGrouping;
  status: 'idle' | 'loading' | 'shown' | 'failed';
  report?: CaseIndicatorReport;
  error?: string;
}

/** What the dashboard asks of the viewer. */
export interface CaseIndicatorsActions {
  close(): void;
  setPeriod(days: number): void;
  setGroupBy(groupBy: CaseIndicatorGrouping): void;
}

const RATES: [keyof CaseIndicators, LabelKey][] = [
  ['registrationRate', 'registrationRate'],
  ['closureRate', 'closureRate'],
  ['onTimeClosureRate', 'onTimeClosureRate'],
  ['reworkRate', 'reworkRate'],
];

const GROUPINGS: [CaseIndicatorGrouping, LabelKey][] = [
  ['grid', 'groupByGrid'],
  ['class', 'groupByClass'],
  ['department', 'groupByDepartment'],
];

/**
 * The case indicators dashboard (案件指标), floating over the globe: 立案率, 结案率, 按期结案率,
 * 返工率 and the average handling time of the cases reported in the period, then one row per
 * grid, class or department.
 */
export class CaseIndicatorsPanel extends LocalizedPanel {
  /** The panel's root element, placed over the globe. */
  readonly element = createElement('section', { className: 'cimtwin-panel cimtwin-indicators-panel', testId: 'indicators-panel' });
  private state: CaseIndicatorsState = { open: false, days: 30, groupBy: 'grid', status: 'idle' };

  constructor(
    language: Language,
    private readonly actions: CaseIndicatorsActions,
  ) {
    super(language);
    this.render();
  }

  /** Shows a new state. */
  show(state: CaseIndicatorsState): void {
    this.state = state;
    this.render();
  }

  protected render(): void {
    const t = this.t;
    const state = this.state;
    this.element.hidden = !state.open;
    this.element.dataset.status = state.status;
    if (!state.open) return void this.element.replaceChildren();
    const close = createElement('button', { type: 'button', className: 'cimtwin-close', testId: 'indicators-close', title: t('clearSelection') }, ['×']);
    close.addEventListener('click', () => this.actions.close());
    const period = createElement('select', { testId: 'indicators-period', 'aria-label': t('indicatorPeriod') }, INDICATOR_PERIODS.map(([days, key]) => createElement('option', { value: String(days) }, [t(key)])));
    period.value = String(state.days);
    period.addEventListener('change', () => this.actions.setPeriod(Number(period.value)));
    const grouping = createElement('select', { testId: 'indicators-group-by', 'aria-label': t('groupBy') }, GROUPINGS.map(([value, key]) => createElement('option', { value }, [t(key)])));
    grouping.value = state.groupBy;
    grouping.addEventListener('change', () => this.actions.setGroupBy(grouping.value as CaseIndicatorGrouping));
    const report = state.report;
    this.element.replaceChildren(...[
      createElement('header', {}, [createElement('h2', {}, [t('caseIndicators')]), period, grouping, close]),
      state.status === 'loading' && !report ? createElement('p', { className: 'cimtwin-hint' }, [t('loading')]) : undefined,
      state.status === 'failed' ? createElement('p', { className: 'cimtwin-error', testId: 'indicators-error' }, [`${t('indicatorsFailed')}: ${state.error ?? ''}`]) : undefined,
      report ? this.overall(report.overall) : undefined,
      report && report.overall.counts.reported === 0 ? createElement('p', { className: 'cimtwin-hint' }, [t('noCasesInPeriod')]) : undefined,
      report && report.groups.length > 0 ? this.groups(report) : undefined,
    ].filter((part) => part !== undefined));
  }

  private overall(indicators: CaseIndicators): HTMLElement {
    const t = this.t;
    const tile = (key: LabelKey, value: string, testId: string) =>
      createElement('div', { className: 'cimtwin-indicator', testId }, [createElement('strong', {}, [value]), createElement('span', {}, [t(key)])]);
    const counts = indicators.counts;
    return createElement('div', { className: 'cimtwin-indicator-overall' }, [
      createElement('div', { className: 'cimtwin-indicator-tiles' }, [
        ...RATES.map(([field, key]) => tile(key, formatRate(indicators[field] as number | null), `indicator-${field}`)),
        tile('averageHandlingTime', formatHours(indicators.averageHandlingHours, this.language), 'indicator-averageHandlingHours'),
      ]),
      createElement('p', { className: 'cimtwin-indicator-counts', testId: 'indicator-counts' }, [
        `${t('reportedCases')} ${counts.reported} · ${t('registeredCases')} ${counts.registered} · ${t('closedCases')} ${counts.closed} · ${t('averageHandlingTime')} ${formatHours(indicators.averageHandlingWorkingHours, this.language, 'workingHours')}`,
      ]),
    ]);
  }

  private groups(report: CaseIndicatorReport): HTMLElement {
    const t = this.t;
    const head = [GROUPINGS.find(([value]) => value === report.groupBy)?.[1] ?? 'groupBy', 'reportedCases', ...RATES.map(([, key]) => key), 'averageHandlingTime'] as LabelKey[];
    return createElement('table', { className: 'cimtwin-indicator-table', testId: 'indicator-groups' }, [
      createElement('thead', {}, [createElement('tr', {}, head.map((key) => createElement('th', { scope: 'col' }, [t(key)])))]),
      createElement('tbody', {}, report.groups.map((group) =>
        createElement('tr', { testId: 'indicator-group', 'data-key': group.key ?? '' }, [
          createElement('th', { scope: 'row', title: group.key ?? '' }, [group.name ? `${group.name} (${group.key?.split(':').pop()})` : (group.key ?? t('noGroup'))]),
          createElement('td', {}, [String(group.counts.reported)]),
          ...RATES.map(([field]) => createElement('td', {}, [formatRate(group[field] as number | null)])),
          createElement('td', {}, [formatHours(group.averageHandlingHours, this.language)]),
        ]),
      )),
    ]);
  }
}
