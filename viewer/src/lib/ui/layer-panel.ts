import type { LabelKey, Language } from '../i18n/labels.ts';
import type { LayerStatus, TwinLayer } from '../layers/twin-layer.ts';
import { createElement } from './create-element.ts';
import { LocalizedPanel } from './localized-panel.ts';
import { layerLabel } from './layer-label.ts';

/** Where the layer list itself is: being read, read, or failed. */
export type LayerListStatus = 'loading' | 'loaded' | 'failed';

const STATUS_LABELS: Partial<Record<LayerStatus, LabelKey>> = {
  loading: 'loading',
  failed: 'layerFailed',
  'no-tiles': 'noTiles',
};

/** The layer panel (图层): one checkbox per API layer. */
export class LayerPanel extends LocalizedPanel {
  /** The panel's root element, to place in the page. */
  readonly element = createElement('section', {
    className: 'cimtwin-panel cimtwin-layer-panel',
    testId: 'layer-panel',
  });
  private layers: readonly TwinLayer[] = [];
  private readonly groups: HTMLElement[] = [];
  private listStatus: LayerListStatus = 'loading';

  constructor(
    language: Language,
    private readonly onToggle: (layerId: string, visible: boolean) => void,
  ) {
    super(language);
    this.render();
  }

  /** Shows the current layers and the state of the layer list. */
  update(layers: readonly TwinLayer[], listStatus: LayerListStatus): void {
    this.layers = layers;
    this.listStatus = listStatus;
    this.render();
  }

  /** Adds a group of further entries (e.g. the BIM models) below the layer list. */
  addGroup(group: HTMLElement): void {
    this.groups.push(group);
    this.render();
  }


  protected render(): void {
    const t = this.t;
    this.element.dataset.status = this.listStatus;
    const heading = createElement('h2', {}, [t('layers')]);
    if (this.listStatus !== 'loaded' || this.layers.length === 0) {
      const key: LabelKey =
        this.listStatus === 'loading' ? 'loading' : this.listStatus === 'failed' ? 'loadFailed' : 'noLayers';
      const className = this.listStatus === 'failed' ? 'cimtwin-error' : 'cimtwin-hint';
      this.element.replaceChildren(heading, createElement('p', { className }, [t(key)]), ...this.groups);
      return;
    }
    const items = this.layers.map((layer) => this.item(layer, t));
    this.element.replaceChildren(heading, createElement('ul', { className: 'cimtwin-layer-list' }, items), ...this.groups);
  }

  private item(layer: TwinLayer, t: (key: LabelKey) => string): HTMLElement {
    const checkbox = createElement('input', {
      type: 'checkbox',
      id: `cimtwin-layer-${layer.id}`,
      testId: `layer-toggle-${layer.id}`,
    });
    checkbox.checked = layer.visible;
    checkbox.disabled = layer.status === 'no-tiles' || layer.status === 'failed';
    checkbox.addEventListener('change', () => this.onToggle(layer.id, checkbox.checked));
    const statusKey = STATUS_LABELS[layer.status];
    return createElement('li', { 'data-layer-id': layer.id, 'data-status': layer.status }, [
      checkbox,
      createElement('label', { for: checkbox.id, testId: `layer-label-${layer.id}`, title: layer.title }, [
        layerLabel(layer, this.language),
      ]),
      statusKey
        ? createElement('span', { className: 'cimtwin-layer-status', title: layer.error }, [t(statusKey)])
        : undefined,
    ]);
  }
}
