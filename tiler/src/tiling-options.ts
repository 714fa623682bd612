/**
 * Options and report of {@link tileFeatures}, with the defaults a city layer needs.
 */
import type { TilingKind } from './types.ts';

/** Structured logger, pino-compatible; the tiler logs progress at debug and problems at warn. */
export interface TilingLogger {
  debug(object: object, message?: string): void;
  info(object: object, message?: string): void;
  warn(object: object, message?: string): void;
}

/** Options of `tileFeatures`. */
export interface TileFeaturesOptions {
  /** How features are meshed. */
  kind: TilingKind;
  /** Most features per tile. */
  maxFeaturesPerTile?: number;
  /** Most (estimated) mesh vertices per tile. */
  maxVerticesPerTile?: number;
  /** Deepest quadtree level. */
  maxLevel?: number;
  /** Metres above the ellipsoid for draped kinds; defaults per kind in {@link GROUND_OFFSET_DEFAULTS}. */
  groundOffset?: number;
  /** Ribbon widths in metres by feature kind, merged over {@link ROAD_WIDTH_DEFAULTS}; 0 skips the kind. */
  roadWidths?: Record<string, number>;
  /** Ribbon width for kinds missing from `roadWidths`, metres. */
  defaultRoadWidth?: number;
  /** Extrusion height when neither the feature nor its summary has one, metres. */
  defaultHeight?: number;
  /** Ribbon mitre limit, as a multiple of the half-width. */
  miterLimit?: number;
  /** Logger; silent when left out. */
  logger?: TilingLogger;
}

/** Default ground offsets: roads above landuse and water, so coplanar layers do not z-fight. */
export const GROUND_OFFSET_DEFAULTS: Readonly<Record<TilingKind, number>> = Object.freeze({
  extrusion: 0,
  surface: 0.2,
  ribbon: 0.5,
});

/** Default ribbon widths by feature kind, metres; ferries are not drawn. */
export const ROAD_WIDTH_DEFAULTS: Readonly<Record<string, number>> = Object.freeze({
  motorway: 20,
  major_road: 14,
  minor_road: 8,
  service: 5,
  path: 3,
  rail: 4,
  ferry: 0,
});

/** Defaults of the scalar {@link TileFeaturesOptions}. */
export const TILE_FEATURES_DEFAULTS = Object.freeze({
  maxFeaturesPerTile: 2000,
  maxVerticesPerTile: 150_000,
  maxLevel: 20,
  defaultRoadWidth: 6,
  defaultHeight: 10,
  miterLimit: 2,
});

/** Extent of the tiled content: degrees for the footprint, metres above the ellipsoid for heights. */
export interface BoundingRegion {
  west: number;
  south: number;
  east: number;
  north: number;
  minHeight: number;
  maxHeight: number;
}

/** What one tiling run produced. */
export interface TilingReport {
  kind: TilingKind;
  /** Features with at least one triangle in the tileset. */
  featuresTiled: number;
  /** Features left out, in total and by reason. */
  featuresSkipped: number;
  skipped: Record<string, number>;
  /** Tiles with a glb content. */
  tiles: number;
  /** Deepest quadtree level with content. */
  levels: number;
  vertices: number;
  triangles: number;
  /** Bytes written, glbs plus tileset.json. */
  bytes: number;
  /** Undefined when nothing was tiled. */
  boundingRegion?: BoundingRegion;
  /** Origin of the tileset's ENU frame, degrees. */
  origin: { longitude: number; latitude: number };
  durationMs: number;
}
