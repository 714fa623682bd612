import type { Language } from '../i18n/labels.ts';
import { caseDetailView, type CaseDetailState } from './case-detail-view.ts';
import { createElement } from './create-element.ts';
import { LocalizedPanel } from './localized-panel.ts';
import { sensorDetailView, type SensorDetailState } from './sensor-detail-view.ts';

/** What the city operations detail panel shows: nothing, a sensor, or a case. */
export type OperationsDetailState = { kind: 'none' } | ({ kind: 'sensor' } & SensorDetailState) | ({ kind: 'case' } & CaseDetailState);

/** What the detail panel asks of the viewer. */
export interface OperationsDetailActions {
  close(): void;
  showDatastream(datastreamId: number): void;
}

/** The detail panel of city operations: a picked sensor with its chart, or a picked case with its timeline. */
export class OperationsDetailPanel extends LocalizedPanel {
  /** The panel's root element, to place in the page. */
  readonly element = createElement('section', { className: 'cimtwin-panel cimtwin-operations-detail', testId: 'operations-detail' });
  private state: OperationsDetailState = { kind: 'none' };

  constructor(
    language: Language,
    private readonly actions: OperationsDetailActions,
  ) {
    super(language);
    this.render();
  }

  /** Shows a new state. */
  show(state: OperationsDetailState): void {
    this.state = state;
    this.render();
  }

  /** The state shown. */
  get shown(): OperationsDetailState {
    return this.state;
  }

  protected render(): void {
    const state = this.state;
    this.element.hidden = state.kind === 'none';
    this.element.dataset.kind = state.kind;
    if (state.kind === 'none') {
      this.element.replaceChildren();
      return;
    }
    const close = createElement('button', { type: 'button', className: 'cimtwin-close', testId: 'operations-detail-close', title: this.t('clearSelection') }, ['×']);
    close.addEventListener('click', () => this.actions.close());
    const body = state.kind === 'sensor' ? sensorDetailView(state, this.language, (id) => this.actions.showDatastream(id)) : caseDetailView(state, this.language);
    this.element.replaceChildren(createElement('header', {}, [createElement('h2', {}, [this.t(state.kind === 'sensor' ? 'sensor' : 'caseDetails')]), close]), body);
  }
}
