/**
 * The tiler's input contract. A {@link FeatureSource} (PostGIS in the server, an array in tests)
 * hands out cheap summaries first, then geometry for a few hundred features at a time, so a whole
 * city never has to sit in memory.
 */

/** How features are turned into meshes: prisms for buildings, strips for roads, flat areas. */
export type TilingKind = 'extrusion' | 'ribbon' | 'surface';

/** A position in degrees: longitude, latitude, and optionally a height that the tiler ignores. */
export type Position = number[];

/** GeoJSON Polygon, lon/lat degrees (EPSG:4326); the first ring is the outline, the rest holes. */
export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: Position[][];
}

/** GeoJSON MultiPolygon, lon/lat degrees. */
export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: Position[][][];
}

/** GeoJSON LineString, lon/lat degrees. */
export interface LineStringGeometry {
  type: 'LineString';
  coordinates: Position[];
}

/** GeoJSON MultiLineString, lon/lat degrees. */
export interface MultiLineStringGeometry {
  type: 'MultiLineString';
  coordinates: Position[][];
}

/** Any other GeoJSON geometry; the tiler skips it and counts it in the report. */
export interface OtherGeometry {
  type: string;
  coordinates?: unknown;
  geometries?: unknown;
}

/** The geometries the tiler meshes, plus anything else a source might return. */
export type TileGeometry =
  | PolygonGeometry
  | MultiPolygonGeometry
  | LineStringGeometry
  | MultiLineStringGeometry
  | OtherGeometry;

/** Cheap per-feature summary used to build the spatial index before any geometry is loaded. */
export interface FeatureSummary {
  /** Database row id, the same as {@link TileFeature.id}. */
  id: number;
  /** minLon, minLat, maxLon, maxLat in EPSG:4326 degrees. */
  bbox: [number, number, number, number];
  /** Number of positions in the geometry; used to estimate the mesh size of a tile. */
  vertexCount: number;
  /** Top of an extrusion in metres; ranks buildings so the skyline comes first. */
  height?: number;
}

/** One feature with its geometry, as the tiler meshes it. */
export interface TileFeature {
  /** Database row id; becomes the feature's metadata `id` (UINT32). */
  id: number;
  /** Polygon, MultiPolygon, LineString or MultiLineString in lon/lat degrees. */
  geometry: TileGeometry;
  name?: string | null;
  kind?: string | null;
  /** Extrusion top above ground, metres. */
  height?: number | null;
  /** Extrusion bottom above ground (building parts), metres; default 0. */
  minHeight?: number | null;
  /** Ribbon width in metres (roads); default from `kind`. */
  width?: number | null;
}

/** Where the tiler reads features from. */
export interface FeatureSource {
  /** Summaries of every feature to tile. */
  summaries(): Promise<FeatureSummary[]>;
  /** Full features for the given ids; ids that no longer exist may be left out. */
  load(ids: number[]): Promise<TileFeature[]>;
}
