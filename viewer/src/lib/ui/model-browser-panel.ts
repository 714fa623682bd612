import type { BimTreeNode } from '../api/bim-types.ts';
import { isStoreyShown } from '../bim/bim-filter-updates.ts';
import type { BimModelState } from '../bim/bim-model-state.ts';
import { elementClassesOfTree, flattenBimTree } from '../bim/bim-tree-rows.ts';
import type { LabelKey, Language } from '../i18n/labels.ts';
import { createElement } from './create-element.ts';
import { LocalizedPanel } from './localized-panel.ts';

/** What the model browser asks of the viewer. */
export interface ModelBrowserActions {
  setStoreyVisible(modelId: string, storey: string, visible: boolean): void;
  isolateStorey(modelId: string, storey: string | null): void;
  setClassVisible(modelId: string, ifcClass: string, visible: boolean): void;
  setSection(modelId: string, height: number | null): void;
}

/** The range of the section slider, in model metres, from the storey elevations. */
export function sectionRange(state: BimModelState): { min: number; max: number; initial: number } {
  const elevations = (state.model.summary?.storeys ?? []).map((storey) => storey.elevation).filter(Number.isFinite);
  const lowest = elevations.length > 0 ? Math.min(...elevations) : 0;
  const highest = elevations.length > 0 ? Math.max(...elevations) : 0;
  return { min: Math.floor(lowest - 1), max: Math.ceil(highest + 6), initial: lowest + 1 };
}

/**
 * The model browser (模型结构) of one model: the spatial tree with show/hide and isolate per
 * storey, show/hide per IFC class, and the horizontal section.
 */
export class ModelBrowserPanel extends LocalizedPanel {
  /** The panel's root element, to place in the page. */
  readonly element = createElement('section', { className: 'cimtwin-panel cimtwin-model-browser', testId: 'bim-model-browser' });
  private state: BimModelState | undefined;
  private tree: readonly BimTreeNode[] = [];

  constructor(
    language: Language,
    private readonly actions: ModelBrowserActions,
  ) {
    super(language);
    this.render();
  }

  /** Shows a model and its tree, or nothing with undefined. */
  show(state: BimModelState | undefined, tree: readonly BimTreeNode[]): void {
    this.state = state;
    this.tree = tree;
    this.render();
  }


  protected render(): void {
    const t = this.t;
    const state = this.state;
    this.element.hidden = state === undefined;
    if (!state) return this.element.replaceChildren();
    const id = state.model.id;
    const rows = flattenBimTree(this.tree).map(({ node, depth }) => {
      const isStorey = node.ifcClass === 'IfcBuildingStorey';
      const name = node.name ?? node.globalId;
      const item = createElement('li', { 'data-ifc-class': node.ifcClass, title: `${node.ifcClass} ${node.globalId}` });
      item.style.paddingLeft = `${depth * 10}px`;
      if (isStorey) {
        const toggle = createElement('input', { type: 'checkbox', testId: `bim-storey-${name}`, 'aria-label': name });
        toggle.checked = isStoreyShown(state.filter, name);
        toggle.addEventListener('change', () => this.actions.setStoreyVisible(id, name, toggle.checked));
        const isolated = state.filter.isolatedStorey === name;
        const isolate = createElement('button', { type: 'button', className: 'cimtwin-small-button', testId: `bim-isolate-${name}`, 'aria-pressed': String(isolated) }, [
          isolated ? t('showAllStoreys') : t('isolate'),
        ]);
        isolate.addEventListener('click', () => this.actions.isolateStorey(id, isolated ? null : name));
        item.append(toggle, createElement('span', {}, [name]), isolate);
      } else {
        item.append(createElement('span', { className: 'cimtwin-tree-name' }, [`${name} `, createElement('small', {}, [node.ifcClass.replace(/^Ifc/, '')])]));
      }
      return item;
    });
    const classes = elementClassesOfTree(this.tree).map(([ifcClass, count]) => {
      const toggle = createElement('input', { type: 'checkbox', id: `cimtwin-bim-class-${ifcClass}`, testId: `bim-class-${ifcClass}` });
      toggle.checked = !state.filter.hiddenClasses.includes(ifcClass);
      toggle.addEventListener('change', () => this.actions.setClassVisible(id, ifcClass, toggle.checked));
      return createElement('li', {}, [toggle, createElement('label', { for: toggle.id }, [`${ifcClass} (${count})`])]);
    });
    this.element.replaceChildren(
      createElement('h2', {}, [`${t('modelBrowser')}: ${state.model.name}`]),
      createElement('ul', { className: 'cimtwin-tree', testId: 'bim-tree' }, rows),
      createElement('h3', {}, [t('elementClasses')]),
      createElement('ul', { className: 'cimtwin-layer-list', testId: 'bim-classes' }, classes),
      this.sectionControls(state, t),
    );
  }

  private sectionControls(state: BimModelState, t: (key: LabelKey) => string): HTMLElement {
    const range = sectionRange(state);
    const id = state.model.id;
    const toggle = createElement('input', { type: 'checkbox', id: 'cimtwin-bim-section', testId: 'bim-section-toggle' });
    toggle.checked = state.section !== null;
    const slider = createElement('input', {
      type: 'range', min: String(range.min), max: String(range.max), step: '0.1',
      testId: 'bim-section-height', 'aria-label': t('sectionHeight'),
    });
    slider.value = String(state.section ?? range.initial);
    slider.disabled = state.section === null;
    const value = createElement('span', { testId: 'bim-section-value' }, [`${Number(slider.value).toFixed(1)} ${t('metres')}`]);
    toggle.addEventListener('change', () => this.actions.setSection(id, toggle.checked ? Number(slider.value) : null));
    slider.addEventListener('change', () => this.actions.setSection(id, Number(slider.value)));
    return createElement('div', { className: 'cimtwin-section', testId: 'bim-section' }, [
      createElement('h3', {}, [toggle, createElement('label', { for: toggle.id }, [t('section')])]),
      createElement('div', { className: 'cimtwin-bim-row' }, [slider, value]),
    ]);
  }
}
