import type { FeatureRecord } from '../api/api-types.ts';
import type { BimElement } from '../api/bim-types.ts';
import type { NetworkFeature } from '../api/network-types.ts';
import type { LabelKey, Language } from '../i18n/labels.ts';
import type { FeatureKey } from '../picking/feature-key.ts';
import { attributeRows } from './attribute-rows.ts';
import { createElement } from './create-element.ts';
import { LocalizedPanel } from './localized-panel.ts';
import { elementAttributes } from './element-attributes.ts';
import { networkElementAttributes } from './network-element-attributes.ts';

/** What the attribute panel shows: nothing, a feature being read, a feature, or an error. */
export type AttributePanelState =
  | { status: 'empty' }
  | { status: 'loading'; key: FeatureKey }
  | { status: 'shown'; key: FeatureKey; feature: FeatureRecord }
  | { status: 'failed'; key: FeatureKey; error: string }
  | { status: 'element'; key: FeatureKey; element: BimElement }
  | { status: 'element-failed'; key: FeatureKey; error: string }
  | { status: 'network-element'; key: FeatureKey; feature: NetworkFeature }
  | { status: 'network-element-failed'; key: FeatureKey; error: string };

/** The attribute panel (属性): the selected feature's properties, name first, or a BIM element's. */
export class AttributePanel extends LocalizedPanel {
  /** The panel's root element, to place in the page. */
  readonly element = createElement('section', {
    className: 'cimtwin-panel cimtwin-attribute-panel',
    testId: 'attribute-panel',
  });
  private state: AttributePanelState = { status: 'empty' };

  constructor(
    language: Language,
    private readonly onClose: () => void,
  ) {
    super(language);
    this.render();
  }

  /** Shows a new state. */
  show(state: AttributePanelState): void {
    this.state = state;
    this.render();
  }


  protected render(): void {
    const t = this.t;
    const state = this.state;
    this.element.dataset.status = state.status;
    const close = createElement(
      'button',
      { type: 'button', testId: 'attribute-close', className: 'cimtwin-close', title: t('clearSelection') },
      ['×'],
    );
    close.addEventListener('click', () => this.onClose());
    const heading = createElement('header', {}, [
      createElement('h2', {}, [t('attributes')]),
      state.status === 'empty' ? undefined : close,
    ]);
    this.element.replaceChildren(heading, this.body(state, t));
  }

  private body(state: AttributePanelState, t: (key: LabelKey) => string): HTMLElement {
    switch (state.status) {
      case 'empty':
        return createElement('p', { className: 'cimtwin-hint' }, [t('noSelection')]);
      case 'loading':
        return createElement('p', { className: 'cimtwin-hint', testId: 'attribute-loading' }, [t('loading')]);
      case 'failed':
        return createElement('p', { className: 'cimtwin-error', testId: 'attribute-error' }, [
          `${t('featureFailed')}: ${state.error}`,
        ]);
      case 'shown':
        return this.table(state.feature);
      case 'element':
        return elementAttributes(state.element, this.language);
      case 'element-failed':
        return createElement('p', { className: 'cimtwin-error', testId: 'attribute-error' }, [
          `${t('elementFailed')}: ${state.error}`,
        ]);
      case 'network-element':
        return networkElementAttributes(state.feature, this.language);
      case 'network-element-failed':
        return createElement('p', { className: 'cimtwin-error', testId: 'attribute-error' }, [
          `${t('networkElementFailed')}: ${state.error}`,
        ]);
    }
  }

  private table(feature: FeatureRecord): HTMLElement {
    const rows = attributeRows(feature.properties ?? {}, this.language).map((row) =>
      createElement('tr', { testId: `feature-property-${row.key}` }, [
        createElement('th', { scope: 'row' }, [row.label]),
        createElement('td', row.key === 'name' ? { testId: 'feature-name' } : {}, [row.value]),
      ]),
    );
    return createElement('table', { className: 'cimtwin-attributes', 'data-feature-id': String(feature.id) }, [
      createElement('tbody', {}, rows),
    ]);
  }
}
