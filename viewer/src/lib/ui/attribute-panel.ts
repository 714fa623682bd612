import type { StandardAddress } from '../api/address-types.ts';
import type { FeatureRecord } from '../api/api-types.ts';
import type { BimElement } from '../api/bim-types.ts';
import type { NetworkFeature } from '../api/network-types.ts';
import type { LabelKey, Language } from '../i18n/labels.ts';
import { sameFeature, type FeatureKey } from '../picking/feature-key.ts';
import { addressAttributes } from './address-attributes.ts';
import { attributeRows } from './attribute-rows.ts';
import { buildingAddressesView, type BuildingAddressesSection } from './building-addresses-view.ts';
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

/**
 * The attribute panel (属性): the selected feature's properties, name first, or a BIM element's.
 * A picked standard address shows above its building's attributes, and a building's own
 * standard addresses below them.
 */
export class AttributePanel extends LocalizedPanel {
  /** The panel's root element, to place in the page. */
  readonly element = createElement('section', {
    className: 'cimtwin-panel cimtwin-attribute-panel',
    testId: 'attribute-panel',
  });
  private state: AttributePanelState = { status: 'empty' };
  private address: StandardAddress | undefined;
  private buildingAddresses: BuildingAddressesSection | undefined;

  /** @param onPickAddress picks a standard address listed under a building, by code */
  constructor(
    language: Language,
    private readonly onClose: () => void,
    private readonly onPickAddress: (code: string) => void = () => {},
  ) {
    super(language);
    this.render();
  }

  /** Shows a new state. */
  show(state: AttributePanelState): void {
    this.state = state;
    this.render();
  }

  /**
   * Shows a picked standard address, or none. It is drawn while the panel shows its building
   * (or, for an address without one, nothing else), so a click elsewhere hides it.
   */
  showAddress(address: StandardAddress | undefined): void {
    this.address = address;
    this.render();
  }

  /** Shows the standard addresses of a building, drawn while the panel shows that feature. */
  showBuildingAddresses(section: BuildingAddressesSection | undefined): void {
    this.buildingAddresses = section;
    this.render();
  }

  protected render(): void {
    const t = this.t;
    const state = this.state;
    const address = this.address && addressBelongsTo(this.address, state) ? addressAttributes(this.address, this.language) : undefined;
    const key = featureKeyOf(state);
    const buildingAddresses = this.buildingAddresses && key && sameFeature(this.buildingAddresses.key, key)
      ? buildingAddressesView(this.buildingAddresses, this.language, this.onPickAddress)
      : undefined;
    this.element.dataset.status = state.status;
    const close = createElement(
      'button',
      { type: 'button', testId: 'attribute-close', className: 'cimtwin-close', title: t('clearSelection') },
      ['×'],
    );
    close.addEventListener('click', () => this.onClose());
    const heading = createElement('header', {}, [
      createElement('h2', {}, [t('attributes')]),
      state.status === 'empty' && !address ? undefined : close,
    ]);
    const body = address && state.status === 'empty' ? undefined : this.body(state, t);
    this.element.replaceChildren(...[heading, address, body, buildingAddresses].filter((part) => part !== undefined));
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

/** The city feature a panel state is about: its row is being read, shown, or failed to read. */
function featureKeyOf(state: AttributePanelState): FeatureKey | undefined {
  return state.status === 'loading' || state.status === 'shown' || state.status === 'failed' ? state.key : undefined;
}

/** Whether a picked address goes with what the panel shows: its building, or nothing for an address without one. */
function addressBelongsTo(address: StandardAddress, state: AttributePanelState): boolean {
  if (!address.building) return state.status === 'empty';
  return sameFeature(featureKeyOf(state), { layerId: address.building.layerId, id: address.building.featureId });
}
