/** Longitude/latitude box `[minLon, minLat, maxLon, maxLat]`, optionally with heights. */
export type BoundingBox =
  | [number, number, number, number]
  | [number, number, number, number, number, number];

/** cimtwin's additions to an OGC API - Features collection. */
export interface CimtwinCollectionInfo {
  /** `buildings`, `roads`, `landuse`, `water` or another kind. */
  kind: string;
  /** URL of the layer's 3D Tiles tileset; absent when the layer has no 3D tiles. */
  tileset?: string;
}

/** One collection of `GET /api/collections`. */
export interface Collection {
  id: string;
  title: string;
  description?: string;
  extent?: { spatial?: { bbox?: BoundingBox[] } };
  links?: { href: string; rel: string; type?: string; title?: string }[];
  itemType?: string;
  cimtwin?: CimtwinCollectionInfo;
}

/** Body of `GET /api/collections`. */
export interface CollectionList {
  collections: Collection[];
}

/** A GeoJSON feature of `GET /api/collections/{layerId}/items/{id}`. */
export interface FeatureRecord {
  type: 'Feature';
  id: string | number;
  geometry: unknown;
  properties: Record<string, unknown> | null;
}

/** An RFC 9457 problem document. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
}

/** A page of `GET /api/collections/{layerId}/items`. */
export interface FeaturePage {
  type: 'FeatureCollection';
  features: FeatureRecord[];
  numberMatched?: number;
  numberReturned?: number;
}
