/**
 * Options and report of {@link tileMeshes}, the building-model tiler.
 */
import type { ElementMetadataClass } from './lib/gltf/element-metadata.ts';
import { OCTREE_DEFAULTS } from './lib/tiling/build-octree.ts';
import type { TilingLogger } from './tiling-options.ts';

/** Options of `tileMeshes`. */
export interface TileMeshesOptions {
  /**
   * Column-major 4x4 from the model frame (metres, z up) to ECEF: the georeference, supplied by
   * the caller. Becomes the tileset root transform.
   */
  modelToEcef: number[];
  /** Metadata class: its name and the property-table columns besides `id`. */
  metadataClass: ElementMetadataClass;
  /** Most (summary) vertices per tile. */
  maxVerticesPerTile?: number;
  /** Most elements per tile. */
  maxFeaturesPerTile?: number;
  /** Deepest octree level. */
  maxLevel?: number;
  /** Logger; silent when left out. */
  logger?: TilingLogger;
}

/** Defaults of the scalar {@link TileMeshesOptions}. */
export const TILE_MESHES_DEFAULTS = Object.freeze({ ...OCTREE_DEFAULTS });

/** What one building-model tiling run produced. */
export interface MeshTilingReport {
  /** Elements with at least one triangle in the tileset. */
  elementsTiled: number;
  /** Elements left out, in total and by reason ('no geometry', 'bad indices', 'invalid bbox'...). */
  elementsSkipped: number;
  skipped: Record<string, number>;
  /** Parts dropped from elements that were still tiled with their other parts, by reason. */
  partsSkipped: Record<string, number>;
  /** Tiles with a glb content. */
  tiles: number;
  /** Deepest octree level with content, plus one. */
  levels: number;
  vertices: number;
  triangles: number;
  /** Bytes written, glbs plus tileset.json. */
  bytes: number;
  /** z-up bounds of every written vertex in the model frame: min x, y, z, max x, y, z. */
  modelBounds?: [number, number, number, number, number, number];
  durationMs: number;
}
