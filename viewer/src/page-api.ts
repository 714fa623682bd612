import type { Viewer } from 'cesium';
import type { AddressSuggestion, StandardAddress } from './lib/api/address-types.ts';
import type { FeatureRecord } from './lib/api/api-types.ts';
import type { BimElement } from './lib/api/bim-types.ts';
import type { ClearanceResult, ExcavationResult, NetworkAnalysisRequest, NetworkAnalysisResult, NetworkFeature } from './lib/api/network-types.ts';
import type { NetworkElementKey } from './lib/networks/network-twin.ts';
import type { NetworkSummary } from './lib/networks/network-layer.ts';
import type { ReviewElementStatus } from './lib/api/review-types.ts';
import type { BimModelSummary } from './lib/bim/bim-model-state.ts';
import type { BimElementKey } from './lib/bim/pick-bim-element.ts';
import type { Language } from './lib/i18n/labels.ts';
import type { LayerSummary } from './lib/layers/twin-layer.ts';
import type { ReviewSummary } from './lib/review/review-summary.ts';
import type { FeatureKey } from './lib/picking/feature-key.ts';
import type { GeographicExtent } from './lib/view/geographic-extent.ts';
import type { GeographicPoint, ObliqueViewOptions } from './lib/view/oblique-view.ts';
import type { ListedAlarm } from './lib/api/alarm-types.ts';
import type { CaseIndicatorGrouping, CaseIndicatorReport, CaseRecord } from './lib/api/case-types.ts';
import type { CaseSummary } from './lib/operations/case-twin.ts';
import type { OperationsPick, OperationsStatus } from './lib/operations/operations-twin.ts';
import type { SensorChartSummary, SensorSummary } from './lib/operations/sensor-twin.ts';
import type { CaseDetailState } from './lib/ui/case-detail-view.ts';
import type { OperationsLayerId } from './lib/ui/operations-layer-group.ts';

/** What {@link CimtwinPageApi.pickAt} found: a city feature, a BIM element, a network element, a sensor or a case. */
export type PickResult =
  | (FeatureKey & { feature?: FeatureRecord })
  | (BimElementKey & { element?: BimElement })
  | (NetworkElementKey & { networkElement?: NetworkFeature })
  | Exclude<OperationsPick, { kind: 'grid' }>;

/** Where {@link CimtwinPageApi.flyTo} goes: a layer or BIM model id, an extent, or a point to look at. */
export type FlyToTarget = string | GeographicExtent | GeographicPoint;

/** What {@link CimtwinPageApi.runReview} checks a model against: rule pack ids and/or an IDS file's text. */
export interface ReviewRunInput {
  rulePacks: string[];
  idsXml?: string;
  /** Name the IDS goes by in the review (its rule set id); `review.ids` by default. */
  idsFileName?: string;
  /**
   * Rule pack parameters by pack id: pack parameters by name, rule parameters as `ruleId.name`,
   * e.g. `{ 'planning-conditions': { 'planning-building-height.maxHeight': 24, parcel: { layerId: 'landuse', featureId: 79 } } }`.
   * Parameters left out take their default; the API refuses bad values with a problem detail.
   */
  parameters?: Record<string, Record<string, unknown>>;
}

/** A position in the page viewport, in CSS pixels (what `MouseEvent.clientX/Y` report). */
export interface ViewportPosition {
  x: number;
  y: number;
}

/**
 * The viewer's page API, `window.cimtwin`, for tests and for pages that embed the viewer.
 * Positions are viewport CSS pixels throughout, the same as a browser's mouse events.
 */
export interface CimtwinPageApi {
  /** The Cesium viewer. */
  readonly viewer: Viewer;
  /**
   * Resolves once the layer list is loaded and every initial tileset has loaded its first
   * tiles (or failed; see {@link layers}). Rejects if the layer list cannot be read.
   */
  readonly ready: Promise<void>;
  /** The UI language. */
  readonly language: Language;
  /** Switches the UI language. */
  setLanguage(language: Language): void;
  /** The layers, in API order. */
  layers(): LayerSummary[];
  /** Shows or hides a layer, as its toggle in the layer panel does. */
  setLayerVisible(layerId: string, visible: boolean): void;
  /** Picks the feature or BIM element at a viewport position and selects it as a click would. */
  pickAt(x: number, y: number): Promise<PickResult | undefined>;
  /** Selects a feature by layer and database row id: highlights it and shows its attributes. */
  selectFeature(layerId: string, id: string | number): Promise<FeatureRecord | undefined>;
  /** Clears the selection. */
  clearSelection(): void;
  /** The selected feature, if any. */
  selected(): FeatureKey | undefined;
  /** Flies to a target; `{ duration: 0 }` jumps. Resolves false if the flight was interrupted. */
  flyTo(target: FlyToTarget, options?: Partial<ObliqueViewOptions>): Promise<boolean>;
  /** Where a geographic point (degrees, metres above the ellipsoid) appears; undefined if off-screen. */
  screenPosition(longitude: number, latitude: number, height?: number): ViewportPosition | undefined;
  /** Resolves once the globe and every shown tileset have finished loading for the current view. */
  idle(): Promise<void>;
  /** The BIM models, hidden until switched on. */
  bimModels(): BimModelSummary[];
  /** Shows or hides a BIM model's elements; resolves once its first tiles are loaded. */
  setModelVisible(modelId: string, visible: boolean): Promise<void>;
  /** Shows or hides a BIM model's spaces (hidden at first). */
  setSpacesVisible(modelId: string, visible: boolean): Promise<void>;
  /** Selects a BIM element by GlobalId: highlights it and shows it in the attribute panel. */
  selectElement(modelId: string, globalId: string): Promise<BimElement | undefined>;
  /** The selected BIM element, if any. */
  selectedElement(): BimElementKey | undefined;
  /** Shows or hides the elements of a storey, by storey name. */
  setStoreyVisible(modelId: string, storeyName: string, visible: boolean): void;
  /** Shows only the elements of one storey, or every storey again with null. */
  isolateStorey(modelId: string, storeyName: string | null): void;
  /** Shows or hides the elements of an IFC class, e.g. `IfcWindow`. */
  setClassVisible(modelId: string, ifcClass: string, visible: boolean): void;
  /** Cuts a BIM model horizontally at a height of its own frame (metres), or removes the cut with null. */
  setSection(modelId: string, heightMetres: number | null): void;
  /**
   * Reviews a BIM model as the review panel does and shows the result there; resolves once the
   * review is stored and shown. Rejects with the API's problem detail (bad IDS, unknown pack, bad parameter).
   */
  runReview(modelId: string, input: ReviewRunInput): Promise<ReviewSummary>;
  /** Opens a stored review (`GET /api/reviews/{id}`) in the review panel of its model. */
  showReview(reviewId: string): Promise<ReviewSummary>;
  /** The review shown for a model, if any. */
  reviewOf(modelId: string): ReviewSummary | undefined;
  /** Colours a model by its shown review (fail red, pass green, not applicable faint), or restores its look. */
  setReviewColouring(modelId: string, on: boolean): void;
  /** An element's result in its model's shown review; undefined when the model shows no review. */
  reviewStatusOf(modelId: string, globalId: string): ReviewElementStatus | undefined;
  /** The pipe networks (地下管线), hidden until switched on. */
  networks(): NetworkSummary[];
  /** Switches underground mode (translucent ground, camera below the surface, faint buildings) on or off. */
  setUndergroundMode(on: boolean): void;
  /** Whether underground mode is on. */
  undergroundMode(): boolean;
  /** Draws only these CJJ 61 pipe types of a network (showing it, or hiding it for none); resolves once tiles load. */
  showNetworkPipeTypes(networkId: string, types: string[]): Promise<void>;
  /** Selects a network element by tile feature id or by segment/point id, as a click does. */
  selectNetworkElement(networkId: string, element: number | string): Promise<NetworkFeature | undefined>;
  /** The selected network element, if any. */
  selectedNetworkElement(): NetworkElementKey | undefined;
  /** Runs a connected, trace or isolation analysis as the analysis panel does; resolves with the API's result. */
  runNetworkAnalysis(networkId: string, request: NetworkAnalysisRequest): Promise<NetworkAnalysisResult>;
  /** Drops the shown network analysis, its colours and drawings. */
  clearNetworkAnalysis(): void;
  /** The CSS colour the network style currently gives a tile feature (white: its own CJJ 61 colour). */
  networkFeatureColour(networkId: string, featureId: number): string;
  /** Draws a cross-section line (longitude/latitude pairs) and shows its drawing; resolves with the SVG. */
  crossSection(networkId: string, line: [number, number][]): Promise<string>;
  /** Excavation impact of an outline (longitude/latitude) dug `depth` metres (2 by default). */
  excavation(networkId: string, polygon: [number, number][], depth?: number): Promise<ExcavationResult>;
  /** Clearance check of the part of a network in view. */
  checkClearanceInView(networkId?: string): Promise<ClearanceResult>;
  /**
   * Types a text into the address search box and shows its suggestions at once (no typing
   * pause); resolves with them, best first. Rejects with the API's problem detail.
   */
  searchAddresses(text: string): Promise<AddressSuggestion[]>;
  /**
   * Shows a standard address by code as picking a suggestion does: door-plate marker, its
   * building selected, the address in the attribute panel; resolves once the camera has arrived.
   */
  showAddress(code: string): Promise<StandardAddress>;
  /** The address picked last, until another is picked, the search is cleared or the attribute panel closed. */
  shownAddress(): StandardAddress | undefined;
  /** The standard addresses (door plates, POIs, buildings) of a building feature, by layer and row id. */
  addressesOfFeature(layerId: string, featureId: number): Promise<StandardAddress[]>;
  /** Resolves once sensors, alarms and cases were first read (after the live stream is ready, or a few seconds without it). */
  operationsReady(): Promise<void>;
  /** Where the live stream and the city operations reads stand. */
  operations(): OperationsStatus;
  /** Shows or hides sensors, cases or the unit grid (read on first show), as the 城市运行 toggles do. */
  setOperationsLayerVisible(layer: OperationsLayerId, visible: boolean): Promise<void>;
  /** The sensor things with their condition, the colour their marker is drawn in and their newest values. */
  sensors(): SensorSummary[];
  /** Selects a sensor as a click on its marker does and charts a datastream (its alarm's, else its newest); resolves once the chart is read. */
  selectSensor(thingId: number, datastreamId?: number): Promise<SensorChartSummary | undefined>;
  /** The chart of the selected sensor: its points over the last 24 hours, live values included. */
  sensorChart(): SensorChartSummary | undefined;
  /** The alarm list: active alarms and cleared ones not yet acknowledged, newest first. */
  alarms(): ListedAlarm[];
  /** Acknowledges an alarm as the 确认 button does (as `operator`, else the operator set); rejects with the API's problem. */
  acknowledgeAlarm(alarmId: string, operator?: string): Promise<ListedAlarm>;
  /** Clears an alarm as the 清除 button does; rejects with the API's problem. */
  clearAlarm(alarmId: string, operator?: string): Promise<ListedAlarm>;
  /** The cases drawn, with the colour of their state and how their marker is drawn. */
  cases(): CaseSummary[];
  /** Selects a case as a click on its marker does; resolves with it once its history is read. */
  selectCase(caseId: string): Promise<CaseRecord | undefined>;
  /** The case shown in the detail panel, if any. */
  selectedCase(): CaseDetailState | undefined;
  /** How many unit grid cells are drawn (0 until the grid is first shown). */
  gridCellCount(): number;
  /** The text of the map tooltip (a grid cell's code under the mouse), or undefined when hidden. */
  mapTooltip(): string | undefined;
  /** Opens the case indicators dashboard for the last `days` (30) grouped by `groupBy` (grid); resolves with the API's report. */
  caseIndicators(options?: { days?: number; groupBy?: CaseIndicatorGrouping }): Promise<CaseIndicatorReport>;
}

declare global {
  interface Window {
    /** The viewer's page API. */
    cimtwin?: CimtwinPageApi;
  }
}
