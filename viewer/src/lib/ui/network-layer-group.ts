import type { LabelKey, Language } from '../i18n/labels.ts';
import type { NetworkLayer } from '../networks/network-layer.ts';
import { createElement } from './create-element.ts';
import { LocalizedPanel } from './localized-panel.ts';
import { pipeTypeLabel } from './network-labels.ts';

/** What the underground utilities group asks of the viewer. */
export interface NetworkLayerGroupActions {
  setVisible(networkId: string, visible: boolean): void;
  setPipeTypeVisible(networkId: string, pipeType: string, visible: boolean): void;
  flyTo(networkId: string): void;
  setUndergroundMode(on: boolean): void;
}

/**
 * The "地下管线" group of the layer panel: the underground mode switch, and per network a
 * toggle, a fly-to button and one checkbox per CJJ 61 pipe type present, with its colour.
 * Showing a network while underground mode is off offers to switch it on.
 */
export class NetworkLayerGroup extends LocalizedPanel {
  /** The group's root element, placed in the layer panel. */
  readonly element = createElement('div', { className: 'cimtwin-network-group', testId: 'network-layer-group' });
  private networks: readonly NetworkLayer[] = [];
  private underground = false;
  private offer = false;

  constructor(
    language: Language,
    private readonly actions: NetworkLayerGroupActions,
  ) {
    super(language);
    this.render();
  }

  /** Shows the current networks and whether underground mode is on. */
  update(networks: readonly NetworkLayer[], underground: boolean): void {
    this.networks = networks;
    this.underground = underground;
    if (underground || !networks.some((layer) => layer.visible)) this.offer = false;
    this.render();
  }

  /** Offers to switch underground mode on (after a network was shown with it off). */
  offerUndergroundMode(): void {
    this.offer = !this.underground;
    this.render();
  }

  protected render(): void {
    const t = this.t;
    this.element.hidden = this.networks.length === 0;
    const mode = createElement('input', { type: 'checkbox', id: 'cimtwin-underground-mode', testId: 'underground-mode-toggle' });
    mode.checked = this.underground;
    mode.addEventListener('change', () => this.actions.setUndergroundMode(mode.checked));
    const switchOn = createElement('button', { type: 'button', className: 'cimtwin-small-button', testId: 'underground-offer-accept' }, [t('switchOn')]);
    switchOn.addEventListener('click', () => this.actions.setUndergroundMode(true));
    this.element.replaceChildren(...[
      createElement('h3', {}, [t('undergroundUtilities')]),
      createElement('div', { className: 'cimtwin-bim-row' }, [mode, createElement('label', { for: mode.id }, [t('undergroundMode')])]),
      this.offer ? createElement('p', { className: 'cimtwin-network-offer', testId: 'underground-offer' }, [t('undergroundOffer'), ' ', switchOn]) : undefined,
      createElement('ul', { className: 'cimtwin-layer-list' }, this.networks.map((layer) => this.item(layer, t))),
    ].filter((part) => part !== undefined));
  }

  private item(layer: NetworkLayer, t: (key: LabelKey) => string): HTMLElement {
    const id = layer.info.id;
    const toggle = createElement('input', { type: 'checkbox', id: `cimtwin-network-${id}`, testId: `network-toggle-${id}` });
    toggle.checked = layer.visible;
    toggle.disabled = layer.status === 'no-tiles' || layer.status === 'failed';
    toggle.addEventListener('change', () => this.actions.setVisible(id, toggle.checked));
    const fly = createElement('button', { type: 'button', className: 'cimtwin-small-button', testId: `network-fly-${id}`, title: t('flyToModel') }, [t('flyToModel')]);
    fly.addEventListener('click', () => this.actions.flyTo(id));
    const status = layer.status === 'loading' ? t('loading') : layer.status === 'failed' ? t('layerFailed') : layer.status === 'no-tiles' ? t('noTiles') : undefined;
    const types = layer.legend.map((entry) => {
      const box = createElement('input', { type: 'checkbox', id: `cimtwin-network-${id}-${entry.code}`, testId: `network-type-${id}-${entry.code}` });
      box.checked = !layer.hiddenTypes.has(entry.code);
      box.addEventListener('change', () => this.actions.setPipeTypeVisible(id, entry.code, box.checked));
      return createElement('li', { 'data-pipe-type': entry.code }, [
        box,
        createElement('span', { className: 'cimtwin-swatch', style: `background: ${entry.colour}` }),
        createElement('label', { for: box.id, title: `${entry.links} · ${entry.length} m` }, [`${pipeTypeLabel(this.language, entry.code)} ${entry.code}`]),
      ]);
    });
    return createElement('li', { className: 'cimtwin-bim-model', 'data-network-id': id, 'data-status': layer.status }, [
      createElement('div', { className: 'cimtwin-bim-row' }, [
        toggle,
        createElement('label', { for: toggle.id, title: layer.info.name }, [layer.info.name]),
        status ? createElement('span', { className: 'cimtwin-layer-status', title: layer.error }, [status]) : undefined,
        fly,
      ]),
      createElement('ul', { className: 'cimtwin-layer-list cimtwin-bim-sub', testId: `network-types-${id}` }, types),
    ]);
  }
}
