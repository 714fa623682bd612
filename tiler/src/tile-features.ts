/**
 * The tiler's entry point: features from a {@link FeatureSource} to a 3D Tiles 1.1 tileset with
 * one glb per tile, written through a {@link TilesetTarget}.
 *
 * 1. Summaries only: pick the ENU origin (centre of all bboxes), index the features, build the
 *    importance quadtree (see build-quadtree.ts).
 * 2. Tile by tile: load that tile's features, mesh them, build and write its glb, keep only its
 *    bounds. The next tile's features load while this one is meshed, so database reads overlap
 *    CPU work; at most two tiles' geometry is in memory at once.
 * 3. Write tileset.json (boxes from actual vertices, unioned upwards), then commit. Any failure
 *    aborts the target, so readers keep the previous version.
 */
import { abortOnFailure, SILENT_LOGGER } from './lib/tiling/abort-on-failure.ts';
import { NodeIO } from '@gltf-transform/core';
import { DataError } from './data-error.ts';
import { createEnuFrame, enuFrameTransform } from './lib/geodesy/enu-frame.ts';
import { ExtMeshFeatures } from './lib/gltf/ext-mesh-features.ts';
import { ExtStructuralMetadata } from './lib/gltf/ext-structural-metadata.ts';
import { putTileContent } from './lib/tiling/put-tile-content.ts';
import { buildFeatureIndex, type FeatureIndex } from './lib/tiling/feature-index.ts';
import { buildQuadtree, forEachNode, type QuadtreeNode } from './lib/tiling/build-quadtree.ts';
import { buildTileContent } from './lib/tiling/build-tile-content.ts';
import { forEachPrefetched } from './lib/tiling/for-each-prefetched.ts';
import type { FeatureMeshSettings } from './lib/tiling/mesh-feature.ts';
import { buildTilesetJson, type ProcessedTile } from './lib/tiling/tileset-json.ts';
import type { TilesetTarget } from './storage/tileset-storage.ts';
import {
  GROUND_OFFSET_DEFAULTS,
  ROAD_WIDTH_DEFAULTS,
  TILE_FEATURES_DEFAULTS,
  type BoundingRegion,
  type TileFeaturesOptions,
  type TilingReport,
} from './tiling-options.ts';
import type { FeatureSource, FeatureSummary, TileFeature } from './types.ts';

/** Tiles every feature of `source` into `target` and commits it; aborts the target on failure. */
export async function tileFeatures(
  source: FeatureSource,
  target: TilesetTarget,
  options: TileFeaturesOptions,
): Promise<TilingReport> {
  return abortOnFailure(target, options.logger, 'tiler', () => runTiling(source, target, options));
}

/** Content key of a quadtree tile. */
export function tileContentKey(node: { level: number; x: number; y: number }): string {
  return `tiles/${node.level}/${node.x}/${node.y}.glb`;
}

async function runTiling(source: FeatureSource, target: TilesetTarget, options: TileFeaturesOptions): Promise<TilingReport> {
  const started = performance.now();
  const settings = resolveSettings(options);
  const logger = options.logger ?? SILENT_LOGGER;
  const skipped: Record<string, number> = {};
  const skip = (reason: string, count = 1): void => {
    skipped[reason] = (skipped[reason] ?? 0) + count;
  };

  const summaries = await source.summaries();
  const extent = summaryExtent(summaries);
  const origin = extent ? { longitude: (extent[0] + extent[2]) / 2, latitude: (extent[1] + extent[3]) / 2 } : { longitude: 0, latitude: 0 };
  const frame = createEnuFrame(origin.longitude, origin.latitude, 0);
  const { index, skipped: badSummaries } = buildFeatureIndex(summaries, frame, {
    kind: options.kind,
    defaultHeight: settings.defaultHeight,
  });
  if (badSummaries > 0) skip('invalid bbox', badSummaries);
  const root = buildQuadtree(index, {
    maxFeaturesPerTile: options.maxFeaturesPerTile ?? TILE_FEATURES_DEFAULTS.maxFeaturesPerTile,
    maxVerticesPerTile: options.maxVerticesPerTile ?? TILE_FEATURES_DEFAULTS.maxVerticesPerTile,
    maxLevel: options.maxLevel ?? TILE_FEATURES_DEFAULTS.maxLevel,
  });
  logger.debug({ features: index.count, origin }, 'tiler: quadtree built');

  const io = new NodeIO().registerExtensions([ExtMeshFeatures, ExtStructuralMetadata]);
  const totals = { featuresTiled: 0, tiles: 0, levels: 0, vertices: 0, triangles: 0, bytes: 0 };
  const heights = { min: Infinity, max: -Infinity };
  const processed = new Map<QuadtreeNode, ProcessedTile>();
  const nodes: QuadtreeNode[] = [];
  if (root) forEachNode(root, (node) => nodes.push(node));

  const load = (node: QuadtreeNode): Promise<TileFeature[]> => source.load(Array.from(node.items, (item) => index.ids[item]));
  await forEachPrefetched(nodes, load, async (node, features) => {
    const returned = new Set<number>();
    for (const feature of features) returned.add(feature.id);
    const missing = node.items.length - node.items.filter((item) => returned.has(index.ids[item])).length;
    if (missing > 0) skip('not returned by source', missing);

    const built = buildTileContent(features, tileCentre(index, node), frame, settings, (id, reason) => {
      skip(reason);
      logger.debug({ id, reason }, 'tiler: feature skipped');
    });
    const tile: ProcessedTile = { geometricError: node.geometricError, contentSize: node.contentSize, children: [] };
    processed.set(node, tile);
    if (built.content) {
      const key = tileContentKey(node);
      const bytes = await putTileContent(io, target, key, built.content, built.bounds, tile);
      totals.tiles++;
      totals.levels = Math.max(totals.levels, node.level + 1);
      totals.featuresTiled += built.featuresTiled;
      totals.vertices += built.vertices;
      totals.triangles += built.triangles;
      totals.bytes += bytes;
      heights.min = Math.min(heights.min, built.minHeight);
      heights.max = Math.max(heights.max, built.maxHeight);
      logger.debug({ key, features: built.featuresTiled, bytes }, 'tiler: tile written');
    }
  });
  for (const node of nodes) processed.get(node)!.children = node.children.map((child) => processed.get(child)!);

  const tileset = root ? buildTilesetJson(processed.get(root)!, { transform: enuFrameTransform(frame) }) : undefined;
  if (!tileset) throw new DataError('tiler: nothing to tile; every feature was skipped or the source is empty');
  const tilesetBytes = new TextEncoder().encode(JSON.stringify(tileset));
  await target.put('tileset.json', tilesetBytes);
  totals.bytes += tilesetBytes.byteLength;
  await target.commit();

  const featuresSkipped = Object.values(skipped).reduce((sum, count) => sum + count, 0);
  const report: TilingReport = {
    kind: options.kind,
    ...totals,
    featuresSkipped,
    skipped,
    boundingRegion: regionOf(extent, heights),
    origin,
    durationMs: Math.round(performance.now() - started),
  };
  logger.info({ ...report, skipped: undefined }, 'tiler: tileset committed');
  return report;
}

function resolveSettings(options: TileFeaturesOptions): FeatureMeshSettings {
  if (!['extrusion', 'ribbon', 'surface'].includes(options.kind)) {
    throw new DataError(`tiler: kind "${String(options.kind)}" is not one of extrusion, ribbon, surface`);
  }
  for (const key of ['maxFeaturesPerTile', 'maxVerticesPerTile'] as const) {
    const value = options[key];
    if (value !== undefined && !(Number.isInteger(value) && value > 0)) {
      throw new DataError(`tiler: ${key} must be a positive integer, got ${value}`);
    }
  }
  return {
    kind: options.kind,
    groundOffset: options.groundOffset ?? GROUND_OFFSET_DEFAULTS[options.kind],
    roadWidths: { ...ROAD_WIDTH_DEFAULTS, ...options.roadWidths },
    defaultRoadWidth: options.defaultRoadWidth ?? TILE_FEATURES_DEFAULTS.defaultRoadWidth,
    defaultHeight: options.defaultHeight ?? TILE_FEATURES_DEFAULTS.defaultHeight,
    miterLimit: options.miterLimit ?? TILE_FEATURES_DEFAULTS.miterLimit,
  };
}

/** Centre of a tile's feature centres, the origin its vertices are stored relative to. */
function tileCentre(index: FeatureIndex, node: QuadtreeNode): [number, number, number] {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const item of node.items) {
    minX = Math.min(minX, index.x[item]);
    minY = Math.min(minY, index.y[item]);
    maxX = Math.max(maxX, index.x[item]);
    maxY = Math.max(maxY, index.y[item]);
  }
  // Whole centimetres keep the glTF node translation short and exact.
  return [Math.round((minX + maxX) * 50) / 100, Math.round((minY + maxY) * 50) / 100, 0];
}

function summaryExtent(summaries: readonly FeatureSummary[]): [number, number, number, number] | undefined {
  const extent: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { bbox } of summaries) {
    if (!bbox.every(Number.isFinite)) continue;
    extent[0] = Math.min(extent[0], bbox[0]);
    extent[1] = Math.min(extent[1], bbox[1]);
    extent[2] = Math.max(extent[2], bbox[2]);
    extent[3] = Math.max(extent[3], bbox[3]);
  }
  return Number.isFinite(extent[0]) ? extent : undefined;
}

function regionOf(
  extent: [number, number, number, number] | undefined,
  heights: { min: number; max: number },
): BoundingRegion | undefined {
  if (!extent || !Number.isFinite(heights.min)) return undefined;
  return { west: extent[0], south: extent[1], east: extent[2], north: extent[3], minHeight: heights.min, maxHeight: heights.max };
}
