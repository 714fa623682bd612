import type { Viewer } from 'cesium';
import { errorDetail, type ApiClient } from '../api/api-client.ts';
import type { CaseIndicatorGrouping, CaseIndicatorReport, CaseRecord } from '../api/case-types.ts';
import type { LiveCaseEvent } from '../api/live-types.ts';
import { label, type Language } from '../i18n/labels.ts';
import type { CaseDetailState } from '../ui/case-detail-view.ts';
import { CaseIndicatorsPanel, type CaseIndicatorsState } from '../ui/case-indicators-panel.ts';
import type { OperationsDetailState } from '../ui/operations-detail-panel.ts';
import { caseStateLabel } from '../ui/operations-names.ts';
import { viewPoint } from '../view/oblique-view.ts';
import { CaseMarkers } from './case-markers.ts';
import { caseStateColour } from './case-state-colours.ts';
import { GridOverlay } from './grid-overlay.ts';

/** Most cases drawn: the newest reports. */
export const CASE_LIMIT = 500;
/** Pause before the open dashboard is read again after case changes. */
const INDICATOR_REFRESH_MS = 1000;

/** What the page API tells about a case marker. */
export interface CaseSummary {
  id: string;
  state: string;
  colour: string;
  overdue: boolean;
  /** How its marker is drawn now; undefined without one. */
  marker: { colour: string; overdue: boolean } | undefined;
  point: [number, number];
  gridCode: string;
}

/** What the case part needs from the rest of the twin. */
export interface CaseTwinHooks {
  showDetail(state: OperationsDetailState): void;
  beforeSelect(): void;
  changed(): void;
}

type LayerStatus = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * Urban-management cases (城管案件) in the twin: markers kept by the live stream, the selected
 * case with its timeline, the unit grid overlay and the indicators dashboard.
 */
export class CaseTwin {
  readonly markers: CaseMarkers;
  readonly grid: GridOverlay;
  readonly indicatorsPanel: CaseIndicatorsPanel;
  casesStatus: LayerStatus = 'loading';
  casesVisible = true;
  gridStatus: LayerStatus = 'idle';
  gridVisible = false;
  error: { cases?: string; grid?: string } = {};
  private readonly cases = new Map<string, CaseRecord>();
  private selection: { controller: AbortController; state: CaseDetailState } | undefined;
  private indicators: CaseIndicatorsState = { open: false, days: 30, groupBy: 'grid', status: 'idle' };
  private indicatorTimer: ReturnType<typeof setTimeout> | undefined;
  private gridLoad: Promise<void> | undefined;

  constructor(
    private readonly viewer: Viewer,
    private readonly api: ApiClient,
    private language: Language,
    private readonly hooks: CaseTwinHooks,
  ) {
    this.markers = new CaseMarkers(viewer);
    this.grid = new GridOverlay(viewer);
    this.indicatorsPanel = new CaseIndicatorsPanel(language, {
      close: () => this.showIndicators({ open: false }),
      setPeriod: (days) => void this.openIndicators({ days }).catch(() => undefined),
      setGroupBy: (groupBy) => void this.openIndicators({ groupBy }).catch(() => undefined),
    });
  }

  /** Reads the newest cases (at start and after a reset); a server without cases leaves none. */
  async load(): Promise<void> {
    this.casesStatus = 'loading';
    this.hooks.changed();
    try {
      const page = await this.api.listCases({ limit: CASE_LIMIT });
      this.cases.clear();
      for (const record of page.cases) this.cases.set(record.id, record);
      this.markers.keepOnly(new Set(this.cases.keys()));
      this.cases.forEach((record) => this.markers.draw(record, this.labelOf(record)));
      this.casesStatus = 'ready';
      this.error.cases = undefined;
    } catch (error) {
      this.casesStatus = 'failed';
      this.error.cases = errorDetail(error);
      console.warn('viewer: the cases could not be read', error);
    }
    this.hooks.changed();
    if (this.indicators.open) this.scheduleIndicators();
  }

  /** Takes a case change of the live stream: its marker, the panel if shown, the dashboard. */
  takeCase(event: LiveCaseEvent): void {
    const { subject: _subject, time: _time, ...record } = event;
    if (typeof record.id !== 'string' || !record.location) return;
    const known = this.cases.has(record.id);
    this.cases.set(record.id, record);
    this.markers.draw(record, this.labelOf(record));
    if (!known) this.hooks.changed();
    const selection = this.selection;
    if (selection?.state.caseId === record.id) {
      selection.state = { ...selection.state, status: 'shown', record, history: record.history ?? selection.state.history };
      this.hooks.showDetail({ kind: 'case', ...selection.state });
    }
    if (this.indicators.open) this.scheduleIndicators();
  }

  /** Selects a case: the detail panel shows it with its history; resolves with the case. */
  async select(caseId: string, fly = false): Promise<CaseRecord | undefined> {
    this.hooks.beforeSelect();
    this.selection?.controller.abort();
    const selection = { controller: new AbortController(), state: { caseId, status: 'loading', record: this.cases.get(caseId) } as CaseDetailState };
    this.selection = selection;
    this.markers.select(caseId);
    this.hooks.showDetail({ kind: 'case', ...selection.state });
    const known = this.cases.get(caseId);
    if (fly && known) void viewPoint(this.viewer.scene.camera, { longitude: known.location.lon, latitude: known.location.lat }, { range: 350, pitch: -45, duration: 1 });
    try {
      const [record, history] = await Promise.all([this.api.getCase(caseId, selection.controller.signal), this.api.getCaseHistory(caseId, selection.controller.signal)]);
      if (selection !== this.selection) return undefined;
      selection.state = { caseId, status: 'shown', record, history };
      this.cases.set(record.id, record);
      this.markers.draw(record, this.labelOf(record));
    } catch (error) {
      if (selection !== this.selection) return undefined;
      selection.state = { ...selection.state, status: 'failed', error: errorDetail(error) };
    }
    this.hooks.showDetail({ kind: 'case', ...selection.state });
    return selection.state.record;
  }

  /** Drops the case selection (the caller closes the panel). */
  clearSelection(): void {
    this.selection?.controller.abort();
    this.selection = undefined;
    this.markers.select(undefined);
  }

  /** Shows or hides the case markers. */
  setCasesVisible(visible: boolean): void {
    this.casesVisible = visible;
    this.markers.setVisible(visible);
    this.hooks.changed();
  }

  /** Shows or hides the unit grid, reading it on first show; resolves once drawn. */
  async setGridVisible(visible: boolean): Promise<void> {
    this.gridVisible = visible;
    this.grid.setVisible(visible);
    this.hooks.changed();
    if (visible) await this.loadGrid();
  }

  /** Opens the indicators dashboard (or changes its period or grouping) and reads it; resolves with the report. */
  async openIndicators(change: { days?: number; groupBy?: CaseIndicatorGrouping } = {}): Promise<CaseIndicatorReport> {
    this.showIndicators({ ...change, open: true, status: 'loading', error: undefined });
    const asked = { ...this.indicators };
    const to = new Date();
    try {
      const report = await this.api.getCaseIndicators({ from: new Date(to.getTime() - asked.days * 86_400_000), to, groupBy: asked.groupBy });
      if (this.indicators.days === asked.days && this.indicators.groupBy === asked.groupBy) this.showIndicators({ status: 'shown', report });
      return report;
    } catch (error) {
      this.showIndicators({ status: 'failed', error: errorDetail(error) });
      throw error;
    }
  }

  /** Plain-data summaries of the cases drawn. */
  summaries(): CaseSummary[] {
    return [...this.cases.values()].map((record) => ({
      id: record.id,
      state: record.state,
      colour: caseStateColour(record.state),
      overdue: record.overdue === true,
      marker: this.markers.lookOf(record.id),
      point: [record.location.lon, record.location.lat],
      gridCode: record.gridCode,
    }));
  }

  /** The case shown in the detail panel, if any. */
  selected(): CaseDetailState | undefined {
    return this.selection && { ...this.selection.state };
  }

  /** How many cases are drawn. */
  get caseCount(): number {
    return this.cases.size;
  }

  /** Redraws labels and the dashboard in another language. */
  setLanguage(language: Language): void {
    this.language = language;
    this.cases.forEach((record) => this.markers.draw(record, this.labelOf(record)));
    this.indicatorsPanel.setLanguage(language);
  }

  private loadGrid(): Promise<void> {
    this.gridLoad ??= (async () => {
      this.gridStatus = 'loading';
      this.hooks.changed();
      try {
        this.grid.draw((await this.api.listUnitGrids()).features);
        this.gridStatus = 'ready';
      } catch (error) {
        this.gridStatus = 'failed';
        this.error.grid = errorDetail(error);
        this.gridLoad = undefined;
        console.warn('viewer: the unit grid could not be read', error);
      }
      this.hooks.changed();
    })();
    return this.gridLoad;
  }

  private showIndicators(change: Partial<CaseIndicatorsState>): void {
    this.indicators = { ...this.indicators, ...change };
    this.indicatorsPanel.show(this.indicators);
  }

  private scheduleIndicators(): void {
    if (this.indicatorTimer) clearTimeout(this.indicatorTimer);
    this.indicatorTimer = setTimeout(() => {
      this.indicatorTimer = undefined;
      if (this.indicators.open) void this.openIndicators().catch(() => undefined);
    }, INDICATOR_REFRESH_MS);
  }

  private labelOf(record: CaseRecord): string {
    const state = caseStateLabel(this.language, record.state, record.stateName);
    return `${record.id}\n${state}${record.overdue ? ` · ${label(this.language, 'caseOverdue')}` : ''}`;
  }
}
