import { Cartesian2, JulianDate } from 'cesium';
import { AddressSearch } from './lib/addresses/address-search.ts';
import { BuildingAddresses } from './lib/addresses/building-addresses.ts';
import { ApiClient } from './lib/api/api-client.ts';
import { BimTwin } from './lib/bim/bim-twin.ts';
import { configureOfflineCesium } from './lib/cesium/configure-offline-cesium.ts';
import { createOfflineViewer } from './lib/cesium/create-offline-viewer.ts';
import { waitForSceneIdle } from './lib/cesium/wait-for-tiles.ts';
import type { ViewerSettings } from './lib/config/viewer-settings.ts';
import type { Language } from './lib/i18n/labels.ts';
import { LayerRegistry } from './lib/layers/layer-registry.ts';
import { NetworkTwin } from './lib/networks/network-twin.ts';
import { OperationsTwin } from './lib/operations/operations-twin.ts';
import { summarizeLayer } from './lib/layers/twin-layer.ts';
import { FeatureHighlighter } from './lib/picking/feature-highlighter.ts';
import { FeatureSelection } from './lib/picking/feature-selection.ts';
import { featureOfPicked } from './lib/picking/pick-feature.ts';
import { attachPointerPicking } from './lib/picking/pointer-picking.ts';
import { ReviewController } from './lib/review/review-controller.ts';
import { AttributePanel } from './lib/ui/attribute-panel.ts';
import { HeightLegend } from './lib/ui/height-legend.ts';
import { LanguageToggle } from './lib/ui/language-toggle.ts';
import { LayerPanel, type LayerListStatus } from './lib/ui/layer-panel.ts';
import { createViewerLayout } from './lib/ui/viewer-layout.ts';
import { initialExtentOf, SAMPLE_DISTRICT_EXTENT } from './lib/view/geographic-extent.ts';
import { summarizeReview } from './lib/review/review-summary.ts';
import { viewExtent, viewPoint, type ObliqueViewOptions } from './lib/view/oblique-view.ts';
import { screenPositionOf } from './lib/view/screen-position.ts';
import type { CimtwinPageApi, FlyToTarget, PickResult } from './page-api.ts';

/**
 * Starts the twin viewer in `root`: globe, panels, layers from the API, picking. Returns the
 * page API at once; its `ready` promise follows the loading of the layers.
 */
export function startViewer(root: HTMLElement, settings: ViewerSettings): CimtwinPageApi {
  let language: Language = settings.language;
  configureOfflineCesium();
  const layout = createViewerLayout(root, language);
  const viewer = createOfflineViewer(layout.globe, { renderMode: settings.renderMode });
  const scene = viewer.scene;
  if (settings.time) {
    viewer.clock.currentTime = JulianDate.fromIso8601(settings.time);
    viewer.clock.shouldAnimate = false;
  }
  void viewExtent(scene.camera, SAMPLE_DISTRICT_EXTENT, { duration: 0 });

  const api = new ApiClient(settings.apiBase);
  const registry = new LayerRegistry(viewer);
  const highlighter = new FeatureHighlighter(scene, registry);
  const clearFeatureSelection = () => {
    bim.clearSelection();
    networks.clearSelection();
    selection.clear();
  };
  const clearSelection = () => {
    clearFeatureSelection();
    operations.clearSelection();
  };
  const attributePanel = new AttributePanel(
    language,
    () => {
      clearSelection();
      addresses.dropShown();
    },
    (code) => void addresses.showCode(code).catch(() => undefined),
  );
  const bim = new BimTwin(scene, api, language, (state) => attributePanel.show(state));
  const networks = new NetworkTwin(viewer, api, language, (state) => attributePanel.show(state), (opacity) => highlighter.setLayerOpacity(opacity));
  const review = new ReviewController(api, bim, language);
  const buildingAddresses = new BuildingAddresses(
    api,
    (layerId) => registry.get(layerId)?.kind === 'buildings',
    (section) => attributePanel.showBuildingAddresses(section),
  );
  const selection = new FeatureSelection(api, highlighter, (state) => attributePanel.show(state), buildingAddresses);
  const selectFeature = (layerId: string, id: string | number) => {
    bim.clearSelection();
    networks.clearSelection();
    operations.clearSelection();
    return selection.select(layerId, id);
  };
  const operations = new OperationsTwin(viewer, api, language, clearFeatureSelection);
  const addresses = new AddressSearch(viewer, api, language, {
    selectFeature,
    clearSelection,
    showDetails: (address) => attributePanel.showAddress(address),
  });
  const legend = new HeightLegend(language);
  let listStatus: LayerListStatus = 'loading';
  const layerPanel = new LayerPanel(language, (id, visible) => registry.setVisible(id, visible));
  const setLanguage = (next: Language) => {
    language = next;
    [layout, addresses, layerPanel, legend, attributePanel, languageToggle, bim, review, networks, operations].forEach((part) => part.setLanguage(next));
    const url = new URL(window.location.href);
    url.searchParams.set('lang', next);
    window.history.replaceState(window.history.state, '', url);
  };
  const languageToggle = new LanguageToggle(language, setLanguage);
  layout.titleBar.append(languageToggle.element);
  layerPanel.addGroup(bim.layerGroup.element);
  layerPanel.addGroup(networks.layerGroup.element);
  layerPanel.addGroup(operations.layerGroup.element);
  layout.side.append(addresses.panel.element, layerPanel.element, bim.browser.element, legend.element);
  layout.details.append(operations.sensors.alarmPanel.element, operations.detailPanel.element, review.panel.element, attributePanel.element);
  layout.details.insertBefore(networks.panel.element, attributePanel.element);
  root.append(networks.sectionPanel.element, operations.cases.indicatorsPanel.element, operations.tooltip.element);

  const refreshLayers = () => {
    layerPanel.update(registry.list(), listStatus);
    legend.setVisible(registry.list().some((layer) => layer.kind === 'buildings' && layer.visible));
  };
  registry.onChange(refreshLayers);
  refreshLayers();

  // One pick serves both kinds of object: city features by row id, BIM elements by GlobalId.
  const selectAt = async (x: number, y: number): Promise<PickResult | undefined> => {
    if (networks.capturesClicks) return undefined;
    let object: unknown = networks.pickUnderground(x, y) ?? scene.pick(new Cartesian2(x, y));
    // The door-plate marker is drawn over everything; a click on it means what lies beneath.
    if (addresses.marker.owns(object)) object = scene.drillPick(new Cartesian2(x, y), 2)[1];
    const live = operations.objectOfPicked(object);
    if (live && live.kind !== 'grid') {
      await operations.select(live);
      return live;
    }
    operations.clearSelection();
    if (networks.takePickedValve(object)) return undefined;
    const pipe = networks.elementOfPicked(object);
    if (pipe) {
      bim.clearSelection();
      selection.clear();
      const networkElement = await networks.selectElement(pipe.networkId, pipe.featureId);
      return { ...pipe, ...(networkElement ? { networkElement } : {}) };
    }
    networks.clearSelection();
    const element = bim.elementOfPicked(object);
    if (element) {
      selection.clear();
      const record = await bim.selectElement(element.modelId, element.globalId);
      return { ...element, ...(record ? { element: record } : {}) };
    }
    bim.clearSelection();
    const picked = featureOfPicked(object, registry);
    if (!picked) {
      selection.clear();
      return undefined;
    }
    const feature = await selection.select(picked.layerId, picked.id);
    return { layerId: picked.layerId, id: picked.id, ...(feature ? { feature } : {}) };
  };
  attachPointerPicking(scene, registry, highlighter, (x, y) => void selectAt(x, y), (picked, x, y) => operations.hover(picked, x, y));
  operations.start();

  const ready = (async () => {
    try {
      const collections = await api.listCollections();
      await viewExtent(scene.camera, initialExtentOf(collections), { duration: 0 });
      listStatus = 'loaded';
      await Promise.all([registry.load(collections), bim.load(), networks.load()]);
    } catch (error) {
      listStatus = 'failed';
      throw error;
    } finally {
      refreshLayers();
    }
  })();
  ready.catch((error: unknown) => console.error('viewer: the layer list could not be loaded', error));

  const flyTo = (target: FlyToTarget, options: Partial<ObliqueViewOptions> = {}) => {
    if (typeof target === 'string' && !registry.get(target) && bim.registry.has(target)) {
      return bim.flyTo(target, options);
    }
    if (typeof target === 'string' && !registry.get(target) && networks.registry.has(target)) {
      return networks.flyTo(target, options);
    }
    if (typeof target === 'string') {
      const extent = registry.get(target)?.extent;
      if (!extent) return Promise.reject(new Error(`viewer: layer "${target}" has no extent to fly to`));
      return viewExtent(scene.camera, extent, options);
    }
    if ('longitude' in target) return viewPoint(scene.camera, target, options);
    return viewExtent(scene.camera, target, options);
  };

  return {
    viewer,
    ready,
    get language() {
      return language;
    },
    setLanguage,
    layers: () => registry.list().map(summarizeLayer),
    setLayerVisible: (layerId, visible) => registry.setVisible(layerId, visible),
    pickAt: (x, y) => {
      const bounds = scene.canvas.getBoundingClientRect();
      return selectAt(x - bounds.left, y - bounds.top);
    },
    selectFeature,
    clearSelection,
    selected: () => selection.selected,
    flyTo,
    screenPosition: (longitude, latitude, height) => screenPositionOf(scene, longitude, latitude, height),
    idle: () => waitForSceneIdle(scene),
    bimModels: () => bim.summaries(),
    setModelVisible: (modelId, visible) => bim.setModelVisible(modelId, visible),
    setSpacesVisible: (modelId, visible) => bim.setSpacesVisible(modelId, visible),
    selectElement: (modelId, globalId) => {
      selection.clear();
      return bim.selectElement(modelId, globalId);
    },
    selectedElement: () => bim.selected(),
    setStoreyVisible: (modelId, storey, visible) => bim.setStoreyVisible(modelId, storey, visible),
    isolateStorey: (modelId, storey) => bim.isolateStorey(modelId, storey),
    setClassVisible: (modelId, ifcClass, visible) => bim.setClassVisible(modelId, ifcClass, visible),
    setSection: (modelId, height) => bim.setSection(modelId, height),
    runReview: async (modelId, input) =>
      summarizeReview(await review.run(modelId, {
        rulePacks: input.rulePacks,
        ids: input.idsXml === undefined ? undefined : { xml: input.idsXml, fileName: input.idsFileName },
        parameters: input.parameters,
      })),
    showReview: async (reviewId) => summarizeReview(await review.open(reviewId)),
    reviewOf: (modelId) => review.summary(modelId),
    setReviewColouring: (modelId, on) => review.setColouring(modelId, on),
    reviewStatusOf: (modelId, globalId) => review.statusOf(modelId, globalId),
    networks: () => networks.summaries(),
    setUndergroundMode: (on) => networks.underground.set(on),
    undergroundMode: () => networks.underground.on,
    showNetworkPipeTypes: (networkId, types) => networks.showPipeTypes(networkId, types),
    selectNetworkElement: (networkId, element) => networks.selectElement(networkId, element),
    selectedNetworkElement: () => networks.selected(),
    runNetworkAnalysis: (networkId, request) => networks.runAnalysis(networkId, request),
    clearNetworkAnalysis: () => networks.clearAnalysis(),
    networkFeatureColour: (networkId, featureId) => networks.featureColour(networkId, featureId),
    crossSection: (networkId, line) => networks.crossSection(networkId, line),
    excavation: (networkId, polygon, depth) => networks.excavation(networkId, polygon, depth),
    checkClearanceInView: (networkId) => networks.checkClearanceInView(networkId),
    searchAddresses: (text) => addresses.search(text),
    showAddress: (code) => addresses.showCode(code),
    shownAddress: () => addresses.shownAddress(),
    addressesOfFeature: (layerId, featureId) => addresses.addressesOf(layerId, featureId),
    operationsReady: () => operations.loaded,
    operations: () => operations.status(),
    setOperationsLayerVisible: (layer, visible) => operations.setLayerVisible(layer, visible),
    sensors: () => operations.sensors.summaries(),
    selectSensor: (thingId, datastreamId) => operations.sensors.select(thingId, datastreamId),
    sensorChart: () => operations.sensors.chart(),
    alarms: () => operations.sensors.alarms.entries(),
    acknowledgeAlarm: (alarmId, operator) => operations.sensors.act(alarmId, 'acknowledge', operator),
    clearAlarm: (alarmId, operator) => operations.sensors.act(alarmId, 'clear', operator),
    cases: () => operations.cases.summaries(),
    selectCase: (caseId) => operations.cases.select(caseId),
    selectedCase: () => operations.cases.selected(),
    gridCellCount: () => operations.cases.grid.count,
    mapTooltip: () => operations.tooltip.text,
    caseIndicators: (options) => operations.cases.openIndicators(options),
  };
}
