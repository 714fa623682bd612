import { CASE_STATES } from '../api/case-types.ts';
import type { LabelKey, Language } from '../i18n/labels.ts';
import { caseStateColour } from '../operations/case-state-colours.ts';
import type { LiveStreamStatus } from '../operations/live-stream.ts';
import { SENSOR_CONDITION_COLOURS, SENSOR_CONDITIONS } from '../operations/sensor-state-colours.ts';
import { createElement } from './create-element.ts';
import { LocalizedPanel } from './localized-panel.ts';
import { caseStateLabel, conditionLabel } from './operations-names.ts';

/** The overlays of city operations. */
export type OperationsLayerId = 'sensors' | 'cases' | 'grid';

/** One overlay as the group shows it. */
export interface OperationsLayerEntry {
  visible: boolean;
  status: 'idle' | 'loading' | 'ready' | 'failed';
  count: number;
  error?: string;
}

/** Everything the group shows. */
export interface OperationsLayerState {
  live: LiveStreamStatus;
  layers: Record<OperationsLayerId, OperationsLayerEntry>;
}

/** What the group asks of the viewer. */
export interface OperationsLayerActions {
  setVisible(layer: OperationsLayerId, visible: boolean): void;
  openIndicators(): void;
}

const LAYERS: [OperationsLayerId, LabelKey, LabelKey][] = [
  ['sensors', 'sensorsLayer', 'sensorCount'],
  ['cases', 'casesLayer', 'caseCount'],
  ['grid', 'gridLayer', 'gridCount'],
];

const LIVE_LABELS: Record<LiveStreamStatus, LabelKey> = { connecting: 'liveConnecting', open: 'liveOpen', reconnecting: 'liveReconnecting', closed: 'liveClosed' };

/**
 * The "城市运行" group of the layer panel: toggles for sensors, cases and the unit grid with
 * their counts, where the live stream stands, the colour keys, and the indicators button.
 */
export class OperationsLayerGroup extends LocalizedPanel {
  /** The group's root element, placed in the layer panel. */
  readonly element = createElement('div', { className: 'cimtwin-operations-group', testId: 'operations-layer-group' });
  private state: OperationsLayerState = {
    live: 'connecting',
    layers: { sensors: { visible: true, status: 'loading', count: 0 }, cases: { visible: true, status: 'loading', count: 0 }, grid: { visible: false, status: 'idle', count: 0 } },
  };
  private legendOpen = false;

  constructor(
    language: Language,
    private readonly actions: OperationsLayerActions,
  ) {
    super(language);
    this.render();
  }

  /** Shows a new state. */
  show(state: OperationsLayerState): void {
    this.state = state;
    this.render();
  }

  protected render(): void {
    const t = this.t;
    const previousLegend = this.element.querySelector('details');
    if (previousLegend) this.legendOpen = previousLegend.open;
    const indicators = createElement('button', { type: 'button', className: 'cimtwin-small-button', testId: 'operations-indicators' }, [t('indicatorsButton')]);
    indicators.addEventListener('click', () => this.actions.openIndicators());
    const legend = createElement('details', { className: 'cimtwin-operations-legend', testId: 'operations-legend' }, [
      createElement('summary', { title: `${t('legendSensors')} / ${t('legendCases')}` }, [t('operationsLegend')]),
      createElement('h4', {}, [t('legendSensors')]),
      swatches(SENSOR_CONDITIONS.map((condition) => [SENSOR_CONDITION_COLOURS[condition], conditionLabel(this.language, condition), 'round'])),
      createElement('h4', {}, [t('legendCases')]),
      swatches(CASE_STATES.map((state) => [caseStateColour(state), caseStateLabel(this.language, state), 'diamond'])),
    ]);
    legend.open = this.legendOpen;
    this.element.replaceChildren(
      createElement('h3', {}, [t('cityOperations'), createElement('span', { className: 'cimtwin-live-status', testId: 'live-status', 'data-status': this.state.live }, [t(LIVE_LABELS[this.state.live])])]),
      createElement('ul', { className: 'cimtwin-layer-list' }, LAYERS.map(([id, name, unit]) => this.item(id, name, unit))),
      createElement('div', { className: 'cimtwin-operations-tools' }, [indicators]),
      legend,
    );
  }

  private item(id: OperationsLayerId, name: LabelKey, unit: LabelKey): HTMLElement {
    const t = this.t;
    const entry = this.state.layers[id];
    const toggle = createElement('input', { type: 'checkbox', id: `cimtwin-operations-${id}`, testId: `operations-toggle-${id}` });
    toggle.checked = entry.visible;
    toggle.addEventListener('change', () => this.actions.setVisible(id, toggle.checked));
    const status = entry.status === 'loading' ? t('loading') : entry.status === 'failed' ? t('layerFailed') : entry.status === 'ready' ? `${entry.count} ${t(unit)}` : undefined;
    return createElement('li', { 'data-layer-id': id, 'data-status': entry.status }, [
      toggle,
      createElement('label', { for: toggle.id }, [t(name)]),
      status ? createElement('span', { className: 'cimtwin-layer-status', testId: `operations-status-${id}`, title: entry.error }, [status]) : undefined,
    ]);
  }
}

function swatches(entries: [colour: string, text: string, shape: 'round' | 'diamond'][]): HTMLElement {
  return createElement('ul', { className: 'cimtwin-operations-swatches' }, entries.map(([colour, text, shape]) =>
    createElement('li', {}, [createElement('span', { className: `cimtwin-swatch cimtwin-swatch-${shape}`, style: `background: ${colour}` }), text]),
  ));
}
