import type { ClearanceResult, ExcavationResult, NetworkIsolationResult, NetworkReachResult } from '../api/network-types.ts';
import type { LabelKey, Language } from '../i18n/labels.ts';
import type { DrawingKind } from '../networks/drawing-state.ts';
import { createElement } from './create-element.ts';
import { LocalizedPanel } from './localized-panel.ts';
import { pipeTypeLabel } from './network-labels.ts';
import { excavationList, roleCounts, valveList, violationList, type NetworkResultActions } from './network-result-view.ts';

/** The picked element the analyses start from. */
export interface NetworkPanelElement {
  networkId: string;
  featureId: number;
  element: 'link' | 'node';
  elementId: string;
  pipeType?: string;
}

/** The result shown in the panel. */
export type NetworkPanelResult =
  | { kind: 'isolation'; result: NetworkIsolationResult }
  | { kind: 'connected' | 'trace'; result: NetworkReachResult }
  | { kind: 'excavation'; result: ExcavationResult }
  | { kind: 'clearance'; result: ClearanceResult };

/** Everything the panel shows. */
export interface NetworkPanelState {
  hasNetworks: boolean;
  element?: NetworkPanelElement;
  failedValves: string[];
  pickingValves: boolean;
  drawing?: DrawingKind;
  depth: number;
  busy: boolean;
  error?: string;
  result?: NetworkPanelResult;
}

/** Element analyses the panel's buttons start. */
export type NetworkPanelAnalysis = 'connected' | 'upstream' | 'downstream' | 'isolation';

/** What the panel asks of the viewer. */
export interface NetworkPanelActions extends NetworkResultActions {
  analyse(analysis: NetworkPanelAnalysis): void;
  setFailedValves(ids: string[]): void;
  setPickingValves(on: boolean): void;
  draw(kind: DrawingKind): void;
  setDepth(depth: number): void;
  checkClearance(): void;
  clear(): void;
}

const ANALYSIS_BUTTONS: [NetworkPanelAnalysis, LabelKey][] = [
  ['connected', 'connectedAnalysis'],
  ['upstream', 'traceUpstream'],
  ['downstream', 'traceDownstream'],
  ['isolation', 'isolationAnalysis'],
];

/**
 * The pipe network analysis panel (管线分析): connected, trace and isolation analyses of the
 * picked element, the drawing tools (cross-section, excavation, clearance check of the view),
 * and the result with its counts and lists.
 */
export class NetworkAnalysisPanel extends LocalizedPanel {
  /** The panel's root element, to place in the page. */
  readonly element = createElement('section', { className: 'cimtwin-panel cimtwin-network-panel', testId: 'network-panel' });
  private state: NetworkPanelState = { hasNetworks: false, failedValves: [], pickingValves: false, depth: 2, busy: false };

  constructor(
    language: Language,
    private readonly actions: NetworkPanelActions,
  ) {
    super(language);
    this.render();
  }

  /** Shows a new state. */
  show(state: NetworkPanelState): void {
    this.state = state;
    this.render();
  }

  protected render(): void {
    const t = this.t;
    const state = this.state;
    this.element.hidden = !state.hasNetworks;
    this.element.dataset.busy = String(state.busy);
    this.element.replaceChildren(...[
      createElement('h2', {}, [t('networkAnalysis')]),
      this.elementPart(state, t),
      this.toolPart(state, t),
      state.busy ? createElement('p', { className: 'cimtwin-hint', testId: 'network-busy' }, [t('analysisRunning')]) : undefined,
      state.error ? createElement('p', { className: 'cimtwin-error', testId: 'network-error' }, [`${t('analysisFailed')}: ${state.error}`]) : undefined,
      state.result ? this.resultPart(state.result, t) : undefined,
    ].filter((part) => part !== undefined));
  }

  private elementPart(state: NetworkPanelState, t: (key: LabelKey) => string): HTMLElement {
    const element = state.element;
    if (!element) return createElement('p', { className: 'cimtwin-hint' }, [t('networkPickHint')]);
    const buttons = ANALYSIS_BUTTONS.map(([analysis, key]) => {
      const button = createElement('button', { type: 'button', className: 'cimtwin-small-button', testId: `network-analyse-${analysis}` }, [t(key)]);
      button.disabled = state.busy || (analysis === 'isolation' && element.element !== 'link');
      if (analysis === 'isolation' && element.element !== 'link') button.title = t('isolationNeedsSegment');
      button.addEventListener('click', () => this.actions.analyse(analysis));
      return button;
    });
    const failed = createElement('input', { type: 'text', testId: 'network-failed-valves', value: state.failedValves.join(', '), placeholder: 'JS0008, …' });
    failed.addEventListener('change', () => this.actions.setFailedValves(failed.value.split(/[,，\s]+/).map((id) => id.trim()).filter(Boolean)));
    const pick = createElement('button', { type: 'button', className: 'cimtwin-small-button', testId: 'network-pick-valves', 'aria-pressed': String(state.pickingValves) }, [t('pickValves')]);
    pick.addEventListener('click', () => this.actions.setPickingValves(!state.pickingValves));
    return createElement('div', { className: 'cimtwin-network-element', testId: 'network-target', 'data-element-id': element.elementId }, [
      createElement('p', {}, [
        createElement('strong', {}, [`${t(element.element === 'link' ? 'elementLink' : 'elementNode')} ${element.elementId}`]),
        element.pipeType ? ` · ${pipeTypeLabel(this.language, element.pipeType)}` : '',
      ]),
      createElement('div', { className: 'cimtwin-network-buttons' }, buttons),
      element.element === 'link'
        ? createElement('label', { className: 'cimtwin-network-field' }, [`${t('failedValves')} `, failed, pick])
        : undefined,
    ]);
  }

  private toolPart(state: NetworkPanelState, t: (key: LabelKey) => string): HTMLElement {
    const tool = (testId: string, key: LabelKey, run: () => void, pressed?: boolean) => {
      const button = createElement('button', { type: 'button', className: 'cimtwin-small-button', testId, 'aria-pressed': pressed === undefined ? undefined : String(pressed) }, [t(key)]);
      button.disabled = state.busy;
      button.addEventListener('click', run);
      return button;
    };
    const depth = createElement('input', { type: 'number', min: '0.1', max: '100', step: '0.1', testId: 'network-excavation-depth', value: String(state.depth) });
    depth.addEventListener('change', () => {
      const value = Number(depth.value);
      if (Number.isFinite(value) && value > 0) this.actions.setDepth(value);
    });
    const hint = state.drawing === 'line' ? t('drawLineHint') : state.drawing === 'polygon' ? t('drawPolygonHint') : undefined;
    return createElement('div', { className: 'cimtwin-network-tools' }, [
      createElement('h3', {}, [t('drawingTools')]),
      createElement('div', { className: 'cimtwin-network-buttons' }, [
        tool('network-tool-cross-section', 'crossSection', () => this.actions.draw('line'), state.drawing === 'line'),
        tool('network-tool-excavation', 'excavation', () => this.actions.draw('polygon'), state.drawing === 'polygon'),
        tool('network-tool-clearance', 'clearanceCheck', () => this.actions.checkClearance()),
      ]),
      createElement('label', { className: 'cimtwin-network-field' }, [`${t('excavationDepth')} `, depth]),
      hint ? createElement('p', { className: 'cimtwin-hint', testId: 'network-drawing-hint' }, [hint]) : undefined,
    ]);
  }

  private resultPart(shown: NetworkPanelResult, t: (key: LabelKey) => string): HTMLElement {
    const clear = createElement('button', { type: 'button', className: 'cimtwin-small-button', testId: 'network-clear' }, [t('clearResult')]);
    clear.addEventListener('click', () => this.actions.clear());
    const lists: (HTMLElement | undefined)[] = [];
    if (shown.kind === 'isolation') lists.push(valveList(shown.result, this.language, this.actions));
    if (shown.kind === 'excavation') lists.push(excavationList(shown.result, this.language, this.actions));
    if (shown.kind === 'clearance') lists.push(violationList(shown.result.violations, this.language, this.actions));
    return createElement('div', { className: 'cimtwin-network-result', testId: 'network-result', 'data-kind': shown.kind }, [
      roleCounts(shown.result.geojson, this.language),
      ...lists,
      clear,
    ]);
  }
}
