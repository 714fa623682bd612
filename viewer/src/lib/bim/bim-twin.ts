import { BoundingSphere, Cartesian3, Rectangle, type Scene } from 'cesium';
import type { ApiClient } from '../api/api-client.ts';
import type { BimElement, BimTreeNode } from '../api/bim-types.ts';
import type { Language } from '../i18n/labels.ts';
import type { AttributePanelState } from '../ui/attribute-panel.ts';
import { BimLayerGroup } from '../ui/bim-layer-group.ts';
import { ModelBrowserPanel } from '../ui/model-browser-panel.ts';
import { viewBoundingSphere, type ObliqueViewOptions } from '../view/oblique-view.ts';
import type { ReviewResultColours } from '../review/review-colours.ts';
import { BimElementSelection } from './bim-element-selection.ts';
import { isStoreyShown, withClassVisible, withIsolatedStorey, withStoreyVisible } from './bim-filter-updates.ts';
import { BimModelRegistry } from './bim-model-registry.ts';
import { summarizeBimModel, type BimModelSummary } from './bim-model-state.ts';
import { elementBoundingSphere } from './element-bounding-sphere.ts';
import { bimElementOfPicked, type BimElementKey } from './pick-bim-element.ts';

/** Least distance from which the camera looks at an element, metres: a room's width of context. */
const ELEMENT_VIEW_MIN_RANGE = 12;

/**
 * The BIM models of the twin: their registry, the layer group, the model browser and the
 * element selection, with the operations the panels and the page API share.
 */
export class BimTwin {
  readonly registry: BimModelRegistry;
  readonly layerGroup: BimLayerGroup;
  readonly browser: ModelBrowserPanel;
  private readonly selection: BimElementSelection;
  private readonly trees = new Map<string, BimTreeNode[]>();
  private browsedModel: string | undefined;

  constructor(
    private readonly scene: Scene,
    private readonly api: ApiClient,
    language: Language,
    showAttributes: (state: AttributePanelState) => void,
  ) {
    this.registry = new BimModelRegistry(scene);
    this.selection = new BimElementSelection(api, this.registry, showAttributes);
    this.layerGroup = new BimLayerGroup(language, {
      setVisible: (id, visible) => void this.setModelVisible(id, visible),
      setSpacesVisible: (id, visible) => void this.registry.setSpacesVisible(id, visible),
      flyTo: (id) => void this.flyTo(id),
    });
    this.browser = new ModelBrowserPanel(language, {
      setStoreyVisible: (id, storey, visible) => this.setStoreyVisible(id, storey, visible),
      isolateStorey: (id, storey) => this.isolateStorey(id, storey),
      setClassVisible: (id, ifcClass, visible) => this.setClassVisible(id, ifcClass, visible),
      setSection: (id, height) => this.setSection(id, height),
    });
    this.registry.onChange(() => this.refresh());
    this.refresh();
  }

  /** Reads the model list; a server without BIM models (or without the BIM API) leaves it empty. */
  async load(): Promise<void> {
    try {
      this.registry.add(await this.api.listBimModels());
    } catch (error) {
      console.warn('viewer: no BIM models could be listed', error);
    }
  }

  /** Redraws the BIM panels in another language. */
  setLanguage(language: Language): void {
    this.layerGroup.setLanguage(language);
    this.browser.setLanguage(language);
  }

  /** The model the model browser shows: the one shown last. */
  get browsedModelId(): string | undefined {
    return this.browsedModel !== undefined && this.registry.has(this.browsedModel) ? this.browsedModel : undefined;
  }

  /** Plain-data summaries of the models. */
  summaries(): BimModelSummary[] {
    return this.registry.list().map(summarizeBimModel);
  }

  /** Shows or hides a model; the shown model becomes the one the model browser shows. */
  async setModelVisible(id: string, visible: boolean): Promise<void> {
    if (visible) {
      this.browsedModel = id;
      void this.loadTree(id);
    }
    await this.registry.setVisible(id, visible);
  }

  /** Shows or hides a model's spaces. */
  setSpacesVisible(id: string, visible: boolean): Promise<void> {
    return this.registry.setSpacesVisible(id, visible);
  }

  /** Shows or hides the elements of one storey (by name). */
  setStoreyVisible(id: string, storey: string, visible: boolean): void {
    this.registry.setFilter(id, withStoreyVisible(this.registry.get(id).filter, storey, visible));
  }

  /** Shows only one storey, or all again with null. */
  isolateStorey(id: string, storey: string | null): void {
    this.registry.setFilter(id, withIsolatedStorey(this.registry.get(id).filter, storey));
  }

  /** Shows or hides the elements of one IFC class. */
  setClassVisible(id: string, ifcClass: string, visible: boolean): void {
    this.registry.setFilter(id, withClassVisible(this.registry.get(id).filter, ifcClass, visible));
  }

  /** Cuts a model at a height of its frame (metres), or removes the cut with null. */
  setSection(id: string, height: number | null): void {
    this.registry.setSection(id, height);
  }

  /** Selects an element by GlobalId: highlights it and shows it in the attribute panel. */
  selectElement(modelId: string, globalId: string): Promise<BimElement | undefined> {
    this.registry.get(modelId);
    return this.selection.select(modelId, globalId);
  }

  /** The BIM element a picked object is, if any. */
  elementOfPicked(picked: unknown): BimElementKey | undefined {
    return bimElementOfPicked(picked, this.registry);
  }

  /** The selected element, if any. */
  selected(): BimElementKey | undefined {
    return this.selection.selected;
  }

  /** Drops the element selection. */
  clearSelection(): void {
    this.selection.clear();
  }

  /**
   * Makes an element drawn: shows its model, its spaces when it is a space, and its class and
   * storey when the model browser hid them. Resolves once the shown tiles have loaded.
   */
  async revealElement(modelId: string, element: Pick<BimElement, 'ifcClass' | 'storey'>): Promise<void> {
    const state = this.registry.get(modelId);
    if (state.filter.hiddenClasses.includes(element.ifcClass)) this.setClassVisible(modelId, element.ifcClass, true);
    const storey = element.storey?.name;
    if (storey && !isStoreyShown(state.filter, storey)) this.setStoreyVisible(modelId, storey, true);
    if (element.ifcClass === 'IfcSpace' && !state.spacesVisible) await this.setSpacesVisible(modelId, true);
    if (!state.visible) await this.setModelVisible(modelId, true);
  }

  /** Flies to an element's box, from far enough to see what is around it; to the model without geometry. */
  flyToElement(modelId: string, element: Pick<BimElement, 'footprint' | 'heights'>, options: Partial<ObliqueViewOptions> = {}): Promise<boolean> {
    const sphere = elementBoundingSphere(element);
    if (!sphere) return this.flyTo(modelId, options);
    return viewBoundingSphere(this.scene.camera, sphere, { pitch: -30, range: Math.max(4 * sphere.radius, ELEMENT_VIEW_MIN_RANGE), ...options });
  }

  /** Colours a model by review results, or restores its look with undefined. */
  setResultColours(modelId: string, results: ReviewResultColours | undefined): void {
    this.registry.setResultColours(modelId, results);
  }

  /** Flies to a model: to its tileset once loaded, else to its footprint. */
  flyTo(id: string, options: Partial<ObliqueViewOptions> = {}): Promise<boolean> {
    const state = this.registry.get(id);
    const sphere = state.tileset?.boundingSphere ?? footprintSphere(state.model.bbox, state.model.georeference.origin);
    return viewBoundingSphere(this.scene.camera, BoundingSphere.clone(sphere), { pitch: -30, ...options });
  }

  private async loadTree(id: string): Promise<void> {
    if (this.trees.has(id)) return this.refresh();
    try {
      this.trees.set(id, await this.api.getBimTree(id));
    } catch (error) {
      console.error(`viewer: the tree of BIM model "${id}" could not be read`, error);
    }
    this.refresh();
  }

  private refresh(): void {
    const models = this.registry.list();
    this.layerGroup.update(models);
    const browsed = this.browsedModel !== undefined && this.registry.has(this.browsedModel)
      ? this.registry.get(this.browsedModel)
      : undefined;
    this.browser.show(browsed, browsed ? (this.trees.get(browsed.model.id) ?? []) : []);
  }
}

function footprintSphere(
  bbox: [number, number, number, number] | null,
  origin: { lon: number; lat: number; height: number },
): BoundingSphere {
  if (!bbox) return new BoundingSphere(Cartesian3.fromDegrees(origin.lon, origin.lat, origin.height), 30);
  return BoundingSphere.fromRectangle3D(Rectangle.fromDegrees(...bbox), undefined, origin.height);
}
