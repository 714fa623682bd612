/** A storey of a BIM model summary. */
export interface BimStorey {
  globalId: string;
  name: string;
  elevation: number;
  elementCount: number;
}

/** One model of `GET /api/bim/models`. */
export interface BimModel {
  id: string;
  name: string;
  schema: string;
  elementCount: number;
  georeference: {
    method: string;
    origin: { lon: number; lat: number; height: number };
    rotationDeg: number;
    crs?: string;
  };
  /** Footprint `[west, south, east, north]` in degrees. */
  bbox: [number, number, number, number] | null;
  summary: { elementsPerClass?: Record<string, number>; storeys?: BimStorey[] };
  /** Absolute tileset URLs. */
  tilesets: { elements?: string; spaces?: string };
}

/** A node of the spatial tree of `GET /api/bim/models/{id}/tree`. */
export interface BimTreeNode {
  globalId: string;
  name: string | null;
  ifcClass: string;
  /** Elements contained directly in this node, per IFC class. */
  classes: Record<string, number>;
  children: BimTreeNode[];
}

/** One element of `GET /api/bim/elements/{globalId}`. */
export interface BimElement {
  id: number;
  globalId: string;
  model: { id: string; name: string };
  ifcClass: string;
  predefinedType?: string | null;
  name: string | null;
  description?: string | null;
  objectType?: string | null;
  typeObject?: { name: string | null; globalId: string; ifcClass: string } | null;
  storey?: { globalId: string; name: string | null } | null;
  spatialPath?: { name: string | null; globalId: string; ifcClass: string }[];
  propertySets?: Record<string, Record<string, unknown>>;
  quantitySets?: Record<string, Record<string, number>>;
  materials?: string[];
  classifications?: { system: string | null; code: string | null; name: string | null }[];
  bbox?: number[] | null;
  /** Heights of the element's box, metres above the ellipsoid. */
  heights?: { bottom: number | null; top: number | null } | null;
  /** Plan of the element's box in degrees: a polygon, or points when the plan is flat. */
  footprint?: { type: string; coordinates: unknown } | null;
}
