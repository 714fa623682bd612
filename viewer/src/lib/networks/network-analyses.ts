import type { ApiClient } from '../api/api-client.ts';
import type {
  ClearanceResult,
  ClearanceViolation,
  ExcavationResult,
  NetworkAnalysisRequest,
  NetworkAnalysisResult,
  NetworkFeatureCollection,
  NetworkIsolationResult,
  NetworkReachResult,
} from '../api/network-types.ts';
import type { NetworkPanelElement, NetworkPanelResult, NetworkPanelState } from '../ui/network-analysis-panel.ts';
import { analysisColourMap } from './analysis-colour-map.ts';
import type { LonLat } from './drawing-state.ts';
import type { NetworkRegistry } from './network-registry.ts';
import { tileFeatureIdOf } from './network-feature-id.ts';

/** Default excavation depth, metres. */
export const DEFAULT_EXCAVATION_DEPTH = 2;

/**
 * The analyses of the pipe networks and the state of the analysis panel: runs them through
 * the API, colours the network by the result's roles and keeps the result for the panel. One
 * result is shown at a time; a newer one replaces it.
 */
export class NetworkAnalyses {
  private panelState: NetworkPanelState = { hasNetworks: false, failedValves: [], pickingValves: false, depth: DEFAULT_EXCAVATION_DEPTH, busy: false };
  private resultNetwork: string | undefined;

  constructor(
    private readonly api: ApiClient,
    private readonly registry: NetworkRegistry,
    private readonly showPanel: (state: NetworkPanelState) => void,
  ) {}

  /** What the panel shows. */
  get state(): NetworkPanelState {
    return this.panelState;
  }

  /** The network of the shown result, if any. */
  get shownNetwork(): string | undefined {
    return this.resultNetwork;
  }

  /** Changes the panel state and redraws the panel. */
  update(change: Partial<NetworkPanelState>): void {
    this.panelState = { ...this.panelState, ...change };
    this.showPanel(this.panelState);
  }

  /** Sets the element the analyses start from; a new element drops failed valves picked for another. */
  setElement(element: NetworkPanelElement | undefined): void {
    const same = element?.elementId === this.panelState.element?.elementId && element?.networkId === this.panelState.element?.networkId;
    this.update({ element, ...(same ? {} : { failedValves: [], pickingValves: false }) });
  }

  /** Runs a connected, trace or isolation analysis; the API's result, or the API error thrown. */
  async run(networkId: string, request: NetworkAnalysisRequest): Promise<NetworkAnalysisResult> {
    const query: Record<string, string | undefined> =
      request.kind === 'isolation'
        ? { link: request.link, failedValves: request.failedValves?.length ? request.failedValves.join(',') : undefined }
        : { node: request.node, link: request.link, direction: request.kind === 'trace' ? (request.direction ?? 'downstream') : undefined };
    return this.track(networkId, async () => {
      const result = await this.api.getNetworkAnalysis<NetworkAnalysisResult>(networkId, request.kind, query);
      const shown: NetworkPanelResult = request.kind === 'isolation'
        ? { kind: 'isolation', result: result as NetworkIsolationResult }
        : { kind: request.kind, result: result as NetworkReachResult };
      return { shown, result, geojson: result.geojson };
    });
  }

  /** Excavation impact (开挖分析) of an outline dug to a depth. */
  excavation(networkId: string, polygon: LonLat[], depth = this.panelState.depth): Promise<ExcavationResult> {
    return this.track(networkId, async () => {
      const result = await this.api.postNetworkAnalysis<ExcavationResult>(networkId, 'excavation', { polygon, depth });
      return { shown: { kind: 'excavation', result }, result, geojson: result.geojson };
    });
  }

  /** Clearance check (净距检查) within a longitude/latitude box. */
  clearance(networkId: string, bbox: [number, number, number, number] | undefined): Promise<ClearanceResult> {
    return this.track(networkId, async () => {
      const result = await this.api.postNetworkAnalysis<ClearanceResult>(networkId, 'clearance', bbox ? { bbox } : {});
      return { shown: { kind: 'clearance', result }, result, geojson: result.geojson };
    });
  }

  /** The tile feature ids of result elements by element id (segment or point id). */
  featureIdsOf(elementIds: readonly string[]): number[] {
    const features = this.panelState.result?.result.geojson?.features ?? [];
    return features
      .filter((feature) => elementIds.includes(String(feature.properties.linkId ?? feature.properties.nodeId)))
      .map((feature) => tileFeatureIdOf(feature));
  }

  /** The two segments of a clearance violation, as tile feature ids. */
  violationFeatureIds(violation: ClearanceViolation): number[] {
    return this.featureIdsOf([violation.linkA, violation.linkB]);
  }

  /** Drops the result and restores the network's look. */
  clear(): void {
    if (this.resultNetwork && this.registry.has(this.resultNetwork)) this.registry.setColours(this.resultNetwork, undefined);
    this.resultNetwork = undefined;
    this.update({ result: undefined, error: undefined });
  }

  private async track<T>(networkId: string, run: () => Promise<{ shown: NetworkPanelResult; result: T; geojson?: NetworkFeatureCollection | null }>): Promise<T> {
    this.update({ busy: true, error: undefined });
    try {
      const { shown, result, geojson } = await run();
      if (this.resultNetwork && this.resultNetwork !== networkId) this.registry.setColours(this.resultNetwork, undefined);
      this.resultNetwork = networkId;
      this.registry.setColours(networkId, analysisColourMap(geojson));
      this.update({ busy: false, result: shown });
      return result;
    } catch (error) {
      this.update({ busy: false, error: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }
}
