/**
 * Assembles tileset.json (3D Tiles 1.1) from the processed quadtree: the root carries the
 * ENU-to-ECEF transform, every tile an oriented `box` in that ENU frame, and a parent's box is
 * the union of its own content and its children's boxes, so children always nest inside their
 * parent. Tiles with neither content nor children (every feature skipped) are pruned.
 */

/** A processed quadtree node: where its glb went and what its meshes cover. */
export interface ProcessedTile {
  /** Content key, when the tile has a glb. */
  uri?: string;
  /** z-up content bounds in the tileset frame: min x, y, z, max x, y, z. */
  contentBounds?: Float64Array;
  geometricError: number;
  /** Largest size among the tile's own features, metres. */
  contentSize: number;
  children: ProcessedTile[];
}

/** Options of {@link buildTilesetJson}. */
export interface TilesetJsonOptions {
  /** Column-major ENU-to-ECEF matrix of the root. */
  transform: number[];
  /** Smallest half-extent of a box, metres, so flat content still has a volume. */
  minHalfExtent?: number;
}

/** Defaults of {@link TilesetJsonOptions}. */
export const TILESET_JSON_DEFAULTS = { minHalfExtent: 0.05 } as const;

/** The tileset.json object; undefined when no tile has content. */
export function buildTilesetJson(root: ProcessedTile, options: TilesetJsonOptions): Record<string, unknown> | undefined {
  const minHalfExtent = options.minHalfExtent ?? TILESET_JSON_DEFAULTS.minHalfExtent;
  const built = buildTile(root, minHalfExtent);
  if (!built) return undefined;
  built.json.transform = options.transform;
  // Not drawing the tileset at all loses at least the root's error and its own largest feature.
  const tilesetError = Math.max(root.geometricError, root.contentSize, 1) * 1.5;
  return {
    asset: { version: '1.1', generator: 'cimtwin-tiler' },
    geometricError: roundUp(tilesetError),
    root: built.json,
  };
}

/** z-up bounds of min/max as a 3D Tiles `box`: centre, then three half-axis vectors. */
export function boundsToBox(bounds: ArrayLike<number>): number[] {
  const half = [0, 1, 2].map((k) => (bounds[k + 3] - bounds[k]) / 2);
  const centre = [0, 1, 2].map((k) => (bounds[k] + bounds[k + 3]) / 2);
  return [...centre, half[0], 0, 0, 0, half[1], 0, 0, 0, half[2]];
}

interface BuiltTile {
  json: Record<string, unknown>;
  bounds: Float64Array;
}

function buildTile(tile: ProcessedTile, minHalfExtent: number): BuiltTile | undefined {
  const children: BuiltTile[] = [];
  for (const child of tile.children) {
    const built = buildTile(child, minHalfExtent);
    if (built) children.push(built);
  }
  if (!tile.uri && children.length === 0) return undefined;
  const bounds = new Float64Array([Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity]);
  if (tile.uri && tile.contentBounds) {
    for (let k = 0; k < 3; k++) {
      // Round outwards to millimetres: short JSON, and rounding never cuts into the content.
      bounds[k] = Math.floor(tile.contentBounds[k] * 1000) / 1000;
      bounds[k + 3] = Math.ceil(tile.contentBounds[k + 3] * 1000) / 1000;
    }
  }
  for (const child of children) {
    for (let k = 0; k < 3; k++) {
      bounds[k] = Math.min(bounds[k], child.bounds[k]);
      bounds[k + 3] = Math.max(bounds[k + 3], child.bounds[k + 3]);
    }
  }
  // Widen flat axes in place, so that a parent's union covers its children's widened boxes.
  for (let k = 0; k < 3; k++) {
    const missing = minHalfExtent - (bounds[k + 3] - bounds[k]) / 2;
    if (missing > 0) {
      bounds[k] -= missing;
      bounds[k + 3] += missing;
    }
  }
  const json: Record<string, unknown> = {
    boundingVolume: { box: boundsToBox(bounds) },
    geometricError: tile.geometricError,
    refine: 'ADD',
  };
  if (tile.uri) json.content = { uri: tile.uri };
  if (children.length > 0) json.children = children.map((child) => child.json);
  return { json, bounds };
}

function roundUp(value: number): number {
  return Math.ceil(value * 100) / 100;
}
