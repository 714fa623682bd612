import { BoundingSphere, Cartesian2, Cartesian3, Cesium3DTileFeature, type Viewer } from 'cesium';
import type { ApiClient } from '../api/api-client.ts';
import type { ClearanceViolation, NetworkAnalysisRequest, NetworkAnalysisResult, NetworkFeature } from '../api/network-types.ts';
import type { Language } from '../i18n/labels.ts';
import type { AttributePanelState } from '../ui/attribute-panel.ts';
import { NetworkAnalysisPanel, type NetworkPanelAnalysis } from '../ui/network-analysis-panel.ts';
import { NetworkLayerGroup } from '../ui/network-layer-group.ts';
import { NetworkSectionPanel } from '../ui/network-section-panel.ts';
import { viewBoundingSphere, viewExtent, type ObliqueViewOptions } from '../view/oblique-view.ts';
import type { LonLat } from './drawing-state.ts';
import { elementPosition } from './element-position.ts';
import { GroundDrawing } from './ground-drawing.ts';
import { NetworkAnalyses } from './network-analyses.ts';
import { featureIdOfProperty } from './network-feature-id.ts';
import { summarizeNetwork, type NetworkSummary } from './network-layer.ts';
import { NetworkRegistry } from './network-registry.ts';
import { networkFeatureColourOf } from './network-style.ts';
import { UndergroundMode } from './underground-mode.ts';
import { viewBoundingBox } from './view-bounding-box.ts';

/** A network element picked on screen: its network and its tile feature id. */
export interface NetworkElementKey {
  networkId: string;
  featureId: number;
}

/** How far below the ground the camera looks at a focused element, metres: about a pipe's depth. */
const FOCUS_DEPTH = 1.5;
/** Most objects a click in underground mode looks through for a pipe. */
const DRILL_PICK_LIMIT = 6;

/**
 * The pipe networks of the twin: their layers, underground mode, the element selection, the
 * analysis panel and drawing tools, with the operations the panels and the page API share.
 */
export class NetworkTwin {
  readonly registry: NetworkRegistry;
  readonly underground: UndergroundMode;
  readonly layerGroup: NetworkLayerGroup;
  readonly panel: NetworkAnalysisPanel;
  readonly sectionPanel: NetworkSectionPanel;
  readonly drawing: GroundDrawing;
  private readonly analyses: NetworkAnalyses;
  private selection: { key: NetworkElementKey; controller: AbortController } | undefined;

  constructor(
    private readonly viewer: Viewer,
    private readonly api: ApiClient,
    private language: Language,
    private readonly showAttributes: (state: AttributePanelState) => void,
    setLayerOpacity: (opacity: number) => void,
  ) {
    const scene = viewer.scene;
    this.registry = new NetworkRegistry(scene);
    this.underground = new UndergroundMode(scene, setLayerOpacity);
    this.layerGroup = new NetworkLayerGroup(language, {
      setVisible: (id, visible) => void this.setVisible(id, visible),
      setPipeTypeVisible: (id, type, visible) => {
        const shown = summarizeNetwork(this.registry.get(id)).shownPipeTypes.filter((code) => code !== type);
        void this.showPipeTypes(id, visible ? [...shown, type] : shown);
      },
      flyTo: (id) => void this.flyTo(id),
      setUndergroundMode: (on) => this.underground.set(on),
    });
    this.sectionPanel = new NetworkSectionPanel(language);
    this.panel = new NetworkAnalysisPanel(language, {
      analyse: (analysis) => void this.analyseSelected(analysis).catch(() => undefined),
      setFailedValves: (ids) => this.analyses.update({ failedValves: ids }),
      setPickingValves: (on) => this.analyses.update({ pickingValves: on }),
      draw: (kind) => void this.drawAndAnalyse(kind),
      setDepth: (depth) => this.analyses.update({ depth }),
      checkClearance: () => void this.checkClearanceInView().catch(() => undefined),
      focusElement: (elementId) => void this.focusElement(this.analyses.shownNetwork ?? this.currentNetwork(), elementId),
      focusViolation: (violation) => void this.focusViolation(violation),
      clear: () => this.clearAnalysis(),
    });
    this.analyses = new NetworkAnalyses(api, this.registry, (state) => this.panel.show(state));
    this.drawing = new GroundDrawing(viewer, (state) => this.analyses.update({ drawing: state.status === 'drawing' ? state.kind : undefined }));
    const refresh = () => {
      this.layerGroup.update(this.registry.list(), this.underground.on);
      this.analyses.update({ hasNetworks: this.registry.list().length > 0 });
    };
    this.registry.onChange(refresh);
    this.underground.onChange(refresh);
    refresh();
  }

  /** Reads the network list and loads the tilesets; a server without networks leaves it empty. */
  async load(): Promise<void> {
    try {
      await this.registry.load(await this.api.listNetworks());
    } catch (error) {
      console.warn('viewer: no pipe networks could be listed', error);
    }
  }

  /** Redraws the network panels in another language. */
  setLanguage(language: Language): void {
    this.language = language;
    [this.layerGroup, this.panel, this.sectionPanel].forEach((part) => part.setLanguage(language));
  }

  /** Plain-data summaries of the networks. */
  summaries(): NetworkSummary[] {
    return this.registry.list().map(summarizeNetwork);
  }

  /** Shows or hides a network; showing one with underground mode off offers to switch it on. */
  async setVisible(id: string, visible: boolean): Promise<void> {
    if (visible && !this.underground.on) this.layerGroup.offerUndergroundMode();
    await this.registry.setVisible(id, visible);
  }

  /** Draws only the given pipe types of a network, showing it when any is given. */
  async showPipeTypes(id: string, types: readonly string[]): Promise<void> {
    this.registry.setShownPipeTypes(id, types);
    await this.setVisible(id, types.length > 0);
  }

  /** Flies to a network's extent. */
  flyTo(id: string, options: Partial<ObliqueViewOptions> = {}): Promise<boolean> {
    const extent = this.registry.get(id).info.extent;
    if (!extent) return Promise.reject(new Error(`viewer: pipe network "${id}" has no extent to fly to`));
    const [west, south, east, north] = extent;
    return viewExtent(this.viewer.scene.camera, { west, south, east, north }, options);
  }

  /** Whether a click belongs to the drawing tools rather than to picking. */
  get capturesClicks(): boolean {
    return this.drawing.capturesClicks;
  }

  /**
   * In underground mode, the network feature at a canvas position even behind the faint
   * buildings (a drill pick); undefined when the mode is off or no pipe is there.
   */
  pickUnderground(x: number, y: number): Cesium3DTileFeature | undefined {
    if (!this.underground.on || !this.registry.list().some((layer) => layer.visible)) return undefined;
    const picked: unknown[] = this.viewer.scene.drillPick(new Cartesian2(x, y), DRILL_PICK_LIMIT);
    return picked.find((object): object is Cesium3DTileFeature => this.elementOfPicked(object) !== undefined);
  }

  /** The network element a `scene.pick` result is, if any. */
  elementOfPicked(picked: unknown): NetworkElementKey | undefined {
    if (!(picked instanceof Cesium3DTileFeature)) return undefined;
    const layer = this.registry.layerOfTileset(picked.tileset);
    const featureId = featureIdOfProperty(picked.getProperty('id'));
    return layer && featureId !== undefined ? { networkId: layer.info.id, featureId } : undefined;
  }

  /**
   * Takes a picked object while failed valves are being picked: a valve joins the list. Returns
   * whether the pick was used so, and the click should select nothing.
   */
  takePickedValve(picked: unknown): boolean {
    if (!this.analyses.state.pickingValves || !(picked instanceof Cesium3DTileFeature)) return false;
    if (!this.registry.layerOfTileset(picked.tileset) || picked.getProperty('kind') !== 'valve') return false;
    const id = picked.getProperty('nodeId') || picked.getProperty('linkId');
    if (typeof id !== 'string' || id === '') return false;
    const failed = this.analyses.state.failedValves;
    this.analyses.update({ failedValves: failed.includes(id) ? failed.filter((entry) => entry !== id) : [...failed, id] });
    return true;
  }

  /** Selects an element by tile feature id or element id: highlights it and shows its attributes. */
  async selectElement(networkId: string, element: number | string): Promise<NetworkFeature | undefined> {
    this.selection?.controller.abort();
    const controller = new AbortController();
    const elementId = typeof element === 'number' ? `#${element}` : element;
    const key: NetworkElementKey = { networkId, featureId: typeof element === 'number' ? element : -1 };
    this.selection = { key, controller };
    const panelKey = { layerId: networkId, id: typeof element === 'number' ? element : element };
    if (typeof element === 'number') this.registry.select(networkId, [element]);
    this.showAttributes({ status: 'loading', key: panelKey });
    try {
      const feature = await this.api.getNetworkElement(networkId, elementId, controller.signal);
      if (controller.signal.aborted) return undefined;
      key.featureId = feature.id;
      this.registry.select(networkId, [feature.id]);
      this.showAttributes({ status: 'network-element', key: { layerId: networkId, id: feature.id }, feature });
      const isLink = feature.properties.element === 'link';
      this.analyses.setElement({
        networkId,
        featureId: feature.id,
        element: isLink ? 'link' : 'node',
        elementId: String((isLink ? feature.properties.linkId : feature.properties.nodeId) ?? feature.id),
        pipeType: typeof feature.properties.pipeType === 'string' ? feature.properties.pipeType : undefined,
      });
      return feature;
    } catch (error) {
      if (controller.signal.aborted) return undefined;
      this.showAttributes({ status: 'network-element-failed', key: panelKey, error: error instanceof Error ? error.message : String(error) });
      return undefined;
    }
  }

  /** The selected element, if any. */
  selected(): NetworkElementKey | undefined {
    return this.selection && { ...this.selection.key };
  }

  /** Drops the element selection (the shown analysis stays). */
  clearSelection(): void {
    if (!this.selection) return;
    this.selection.controller.abort();
    this.selection = undefined;
    this.registry.select(undefined);
    this.analyses.setElement(undefined);
  }

  /** Runs an element analysis, shows and colours its result, and resolves with the API's answer. */
  async runAnalysis(networkId: string, request: NetworkAnalysisRequest): Promise<NetworkAnalysisResult> {
    this.registry.get(networkId);
    if (!this.registry.get(networkId).visible) void this.setVisible(networkId, true);
    return this.analyses.run(networkId, request);
  }

  /** Drops the shown result and restores the network's look. */
  clearAnalysis(): void {
    this.analyses.clear();
    this.sectionPanel.show(undefined);
    this.drawing.clear();
  }

  /** The colour the style currently gives a feature of a network (CSS). */
  featureColour(networkId: string, featureId: number): string {
    return networkFeatureColourOf(this.registry.get(networkId), featureId);
  }

  /** Cross-section (横断面) along a line: shows the line and the SVG drawing; resolves with the SVG. */
  async crossSection(networkId: string, line: LonLat[]): Promise<string> {
    this.drawing.show('line', line);
    this.analyses.update({ busy: true, error: undefined });
    try {
      const svg = await this.api.postNetworkDrawing(networkId, 'cross-section', { line, language: this.language });
      this.sectionPanel.show(svg);
      this.analyses.update({ busy: false });
      return svg;
    } catch (error) {
      this.analyses.update({ busy: false, error: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }

  /** Excavation impact (开挖分析) of an outline; shows the outline, colours the pipes hit. */
  excavation(networkId: string, polygon: LonLat[], depth?: number) {
    this.drawing.show('polygon', polygon);
    return this.analyses.excavation(networkId, polygon, depth);
  }

  /** Clearance check (净距检查) of the part of the network in view. */
  checkClearanceInView(networkId = this.currentNetwork()) {
    const extent = this.registry.get(networkId).info.extent ?? undefined;
    const scene = this.viewer.scene;
    const bbox = extent ? viewBoundingBox(scene.camera, scene.globe.ellipsoid, extent) : undefined;
    return this.analyses.clearance(networkId, bbox ?? extent);
  }

  /** Flies to an element (a valve of the list, a pipe hit) under the ground and selects it. */
  async focusElement(networkId: string, elementId: string): Promise<void> {
    const feature = await this.selectElement(networkId, elementId);
    const position = feature && elementPosition(feature);
    if (position) await this.lookUnderground(position);
  }

  /** Flies to a clearance violation and highlights both segments. */
  async focusViolation(violation: ClearanceViolation): Promise<void> {
    const networkId = this.analyses.shownNetwork ?? this.currentNetwork();
    this.registry.select(networkId, this.analyses.violationFeatureIds(violation));
    if (violation.at) await this.lookUnderground(violation.at);
  }

  private async analyseSelected(analysis: NetworkPanelAnalysis): Promise<void> {
    const element = this.analyses.state.element;
    if (!element) return;
    const start = element.element === 'link' ? { link: element.elementId } : { node: element.elementId };
    const request: NetworkAnalysisRequest =
      analysis === 'isolation'
        ? { kind: 'isolation', link: element.elementId, failedValves: this.analyses.state.failedValves }
        : analysis === 'connected'
          ? { kind: 'connected', ...start }
          : { kind: 'trace', direction: analysis, ...start };
    this.analyses.update({ pickingValves: false });
    await this.runAnalysis(element.networkId, request);
  }

  private async drawAndAnalyse(kind: 'line' | 'polygon'): Promise<void> {
    if (this.drawing.kind === kind) return this.drawing.clear();
    const networkId = this.currentNetwork();
    const points = await this.drawing.draw(kind);
    if (!points) return;
    const run = kind === 'line' ? this.crossSection(networkId, points) : this.excavation(networkId, points);
    await run.catch(() => undefined);
  }

  private lookUnderground([longitude, latitude]: [number, number]): Promise<boolean> {
    this.underground.set(true);
    const centre = Cartesian3.fromDegrees(longitude, latitude, -FOCUS_DEPTH);
    return viewBoundingSphere(this.viewer.scene.camera, new BoundingSphere(centre, 0), { range: 40, pitch: -25, duration: 1 });
  }

  /** The network the tools act on: the selected element's, else the first shown, else the first. */
  private currentNetwork(): string {
    const networks = this.registry.list();
    const id = this.selection?.key.networkId ?? networks.find((layer) => layer.visible)?.info.id ?? networks[0]?.info.id;
    if (id === undefined) throw new Error('viewer: there is no pipe network');
    return id;
  }
}
