// Shapes of the pipe network answers of the cimtwin API (docs/api.md, "Pipe networks"); the
// server's routes (server/src/api/routes/network-routes.ts) are the reference.

/** A GeoJSON feature of a network element; `id` is its feature id in the network's tileset. */
export interface NetworkFeature {
  type: 'Feature';
  id: number;
  geometry: { type: string; coordinates: unknown } | null;
  properties: Record<string, unknown> & { element?: 'link' | 'node'; roles?: string[] };
}

/** A FeatureCollection of network elements. */
export interface NetworkFeatureCollection {
  type: 'FeatureCollection';
  features: NetworkFeature[];
}

/** One network of `GET /api/networks`. */
export interface NetworkInfo {
  id: string;
  name: string;
  nodeCount: number;
  linkCount: number;
  counts: {
    linksByKind?: Record<string, number>;
    nodesByKind?: Record<string, number>;
    linksByPipeType?: Record<string, number>;
    lengthByPipeType?: Record<string, number>;
  };
  /** WGS 84 `[west, south, east, north]`, or null for a network without a CRS. */
  extent: [number, number, number, number] | null;
  /** Absolute tileset URL, or null when the network has no tiles. */
  tileset: string | null;
}

/** A valve (node or link) of an isolation result. */
export interface NetworkValve {
  kind: 'node' | 'link';
  id: string;
}

/** What every analysis result may carry: its elements with their roles. */
export interface NetworkResultFeatures {
  networkId: string;
  geojson?: NetworkFeatureCollection | null;
  geojsonOmitted?: string;
}

/** `GET /connected` and `GET /trace`: the reached nodes and links. */
export interface NetworkReachResult extends NetworkResultFeatures {
  direction?: 'upstream' | 'downstream';
  nodes: string[];
  links: string[];
}

/** `GET /isolation`: the valves to close and what the closure isolates and cuts off. */
export interface NetworkIsolationResult extends NetworkResultFeatures {
  brokenLink: string;
  valvesToClose: NetworkValve[];
  firstRing: NetworkValve[];
  replacementValves: NetworkValve[];
  failedValvesPassed: NetworkValve[];
  pumpsToStop: NetworkValve[];
  region: { nodes: string[]; links: string[] };
  servicePointsInRegion: string[];
  servicePointsCutOff: string[];
  nodesCutOff: string[];
  linksCutOff: string[];
}

/** The analyses of one element the page API runs. */
export type NetworkAnalysisKind = 'connected' | 'trace' | 'isolation';

/** An element analysis request, as the page API takes it. */
export interface NetworkAnalysisRequest {
  kind: NetworkAnalysisKind;
  link?: string;
  node?: string;
  direction?: 'upstream' | 'downstream';
  failedValves?: string[];
}

/** Any element analysis result. */
export type NetworkAnalysisResult = NetworkReachResult | NetworkIsolationResult;

/** One clearance violation of `POST /clearance`. */
export interface ClearanceViolation {
  kind: 'horizontal' | 'vertical';
  linkA: string;
  linkB: string;
  typeA: string;
  typeB: string;
  measured: number;
  required: number;
  clause: string;
  /** Longitude, latitude; null for a network without a CRS. */
  at: [number, number] | null;
  overLength?: number;
}

/** `POST /clearance`. */
export interface ClearanceResult extends NetworkResultFeatures {
  summary: Record<string, unknown>;
  violations: ClearanceViolation[];
}

/** One pipe cut by a cross-section. */
export interface CrossSectionPipe {
  linkId: string;
  pipeType: string;
  pipeSubtype?: string | null;
  size?: string | null;
  depthToTop: number;
  offset: number;
  rowId?: number;
}

/** `POST /cross-section` (JSON). */
export interface CrossSectionResult {
  networkId: string;
  length: number;
  pipes: CrossSectionPipe[];
}

/** One pipe an excavation reaches. */
export interface ExcavationLink {
  linkId: string;
  pipeType: string;
  size?: string | null;
  owner?: string | null;
  topDepth: number;
  depthMargin: number;
  lengthInside: number;
  reached: boolean;
}

/** `POST /excavation`. */
export interface ExcavationResult extends NetworkResultFeatures {
  depth: number;
  links: ExcavationLink[];
  points: { nodeId: string; kind?: string }[];
  summary: { area: number; links: number; points: number; byOwner?: Record<string, { links: number; points: number; pipeTypes: string[] }> };
}
