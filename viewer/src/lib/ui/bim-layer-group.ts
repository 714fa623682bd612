import type { BimModelState } from '../bim/bim-model-state.ts';
import type { LabelKey, Language } from '../i18n/labels.ts';
import { createElement } from './create-element.ts';
import { LocalizedPanel } from './localized-panel.ts';

/** What the BIM group asks of the viewer. */
export interface BimLayerGroupActions {
  setVisible(modelId: string, visible: boolean): void;
  setSpacesVisible(modelId: string, visible: boolean): void;
  flyTo(modelId: string): void;
}

/** The "BIM 模型" group of the layer panel: per model a toggle, a spaces toggle and a fly-to button. */
export class BimLayerGroup extends LocalizedPanel {
  /** The group's root element, placed in the layer panel. */
  readonly element = createElement('div', { className: 'cimtwin-bim-group', testId: 'bim-layer-group' });
  private models: readonly BimModelState[] = [];

  constructor(
    language: Language,
    private readonly actions: BimLayerGroupActions,
  ) {
    super(language);
    this.render();
  }

  /** Shows the current models. */
  update(models: readonly BimModelState[]): void {
    this.models = models;
    this.render();
  }


  protected render(): void {
    const t = this.t;
    this.element.hidden = this.models.length === 0;
    const items = this.models.map((state) => this.item(state, t));
    this.element.replaceChildren(createElement('h3', {}, [t('bimModels')]), createElement('ul', { className: 'cimtwin-layer-list' }, items));
  }

  private item(state: BimModelState, t: (key: LabelKey) => string): HTMLElement {
    const id = state.model.id;
    const toggle = createElement('input', { type: 'checkbox', id: `cimtwin-bim-${id}`, testId: `bim-model-toggle-${id}` });
    toggle.checked = state.visible;
    toggle.disabled = !state.model.tilesets.elements || state.status === 'failed';
    toggle.addEventListener('change', () => this.actions.setVisible(id, toggle.checked));
    const spaces = createElement('input', { type: 'checkbox', id: `cimtwin-bim-spaces-${id}`, testId: `bim-spaces-toggle-${id}` });
    spaces.checked = state.spacesVisible;
    spaces.disabled = !state.model.tilesets.spaces;
    spaces.addEventListener('change', () => this.actions.setSpacesVisible(id, spaces.checked));
    const fly = createElement('button', { type: 'button', className: 'cimtwin-small-button', testId: `bim-model-fly-${id}`, title: t('flyToModel') }, [t('flyToModel')]);
    fly.addEventListener('click', () => this.actions.flyTo(id));
    const status = state.status === 'loading' ? t('loading') : state.status === 'failed' ? t('layerFailed') : undefined;
    return createElement('li', { className: 'cimtwin-bim-model', 'data-model-id': id, 'data-status': state.status }, [
      createElement('div', { className: 'cimtwin-bim-row' }, [
        toggle,
        createElement('label', { for: toggle.id, title: `${state.model.name} (${state.model.schema})` }, [state.model.name]),
        status ? createElement('span', { className: 'cimtwin-layer-status', title: state.error }, [status]) : undefined,
        fly,
      ]),
      createElement('div', { className: 'cimtwin-bim-row cimtwin-bim-sub' }, [
        spaces,
        createElement('label', { for: spaces.id }, [t('spaces')]),
      ]),
    ]);
  }
}
