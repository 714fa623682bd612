/**
 * The building-model entry point: element meshes from an {@link ElementMeshSource} (IFC read
 * elsewhere) to a 3D Tiles 1.1 tileset with one glb per tile, written through a
 * {@link TilesetTarget}.
 *
 * 1. Summaries only: index the elements in the model frame and build the importance octree
 *    (see build-octree.ts): walls, slabs and roofs in the upper tiles, fittings and furniture
 *    deeper, so a large model streams shell first.
 * 2. Tile by tile: load that tile's elements, build and write its glb, keep only its bounds; the
 *    next tile loads meanwhile, so at most two tiles' geometry is in memory.
 * 3. Write tileset.json, its root transform the caller's model-to-ECEF georeference, then
 *    commit. Any failure aborts the target, so readers keep the previous version.
 *
 * Vertices stay in the model frame (relative to a per-tile node translation) rather than being
 * moved into an ENU frame of their own: the georeference then lives in one matrix the caller
 * owns, and decoded positions compare directly with the IFC coordinates.
 */
import { abortOnFailure, SILENT_LOGGER } from './lib/tiling/abort-on-failure.ts';
import { NodeIO } from '@gltf-transform/core';
import { DataError } from './data-error.ts';
import type { ElementMesh, ElementMeshSource } from './element-mesh-source.ts';
import { buildElementSchema } from './lib/gltf/element-metadata.ts';
import { ExtMeshFeatures } from './lib/gltf/ext-mesh-features.ts';
import { ExtStructuralMetadata } from './lib/gltf/ext-structural-metadata.ts';
import { putTileContent } from './lib/tiling/put-tile-content.ts';
import { buildElementTileContent, type ElementTableSettings } from './lib/tiling/build-element-tile-content.ts';
import { buildOctree, type OctreeNode } from './lib/tiling/build-octree.ts';
import { buildElementIndex, type ElementIndex } from './lib/tiling/element-index.ts';
import { forEachPrefetched } from './lib/tiling/for-each-prefetched.ts';
import { forEachNode } from './lib/tiling/importance-tree.ts';
import { buildTilesetJson, type ProcessedTile } from './lib/tiling/tileset-json.ts';
import type { TilesetTarget } from './storage/tileset-storage.ts';
import { TILE_MESHES_DEFAULTS, type MeshTilingReport, type TileMeshesOptions } from './tile-meshes-options.ts';

/** Tiles every element of `source` into `target` and commits it; aborts the target on failure. */
export async function tileMeshes(
  source: ElementMeshSource,
  target: TilesetTarget,
  options: TileMeshesOptions,
): Promise<MeshTilingReport> {
  return abortOnFailure(target, options.logger, 'tile-meshes', () => runMeshTiling(source, target, options));
}

/** Content key of an octree tile. */
export function elementTileContentKey(node: { level: number; x: number; y: number; z: number }): string {
  return `tiles/${node.level}/${node.x}/${node.y}/${node.z}.glb`;
}

async function runMeshTiling(source: ElementMeshSource, target: TilesetTarget, options: TileMeshesOptions): Promise<MeshTilingReport> {
  const started = performance.now();
  checkOptions(options);
  const logger = options.logger ?? SILENT_LOGGER;
  const table: ElementTableSettings = buildElementSchema(options.metadataClass);
  const skipped: Record<string, number> = {};
  const partsSkipped: Record<string, number> = {};
  const count = (record: Record<string, number>, reason: string, amount = 1): void => {
    record[reason] = (record[reason] ?? 0) + amount;
  };

  const { index, skipped: badSummaries } = buildElementIndex(await source.summaries());
  for (const [reason, amount] of Object.entries(badSummaries)) count(skipped, reason, amount);
  for (let i = 0; i < index.count; i++) {
    const id = index.ids[i];
    if (!Number.isInteger(id) || id < 0 || id > 0xffffffff) {
      throw new DataError(`tile-meshes: element id ${id} is not an integer in 0..4294967295; ids are stored as UINT32`);
    }
  }
  const root = buildOctree(index, {
    maxFeaturesPerTile: options.maxFeaturesPerTile ?? TILE_MESHES_DEFAULTS.maxFeaturesPerTile,
    maxVerticesPerTile: options.maxVerticesPerTile ?? TILE_MESHES_DEFAULTS.maxVerticesPerTile,
    maxLevel: options.maxLevel ?? TILE_MESHES_DEFAULTS.maxLevel,
  });
  logger.debug({ elements: index.count }, 'tile-meshes: octree built');

  const io = new NodeIO().registerExtensions([ExtMeshFeatures, ExtStructuralMetadata]);
  const totals = { elementsTiled: 0, tiles: 0, levels: 0, vertices: 0, triangles: 0, bytes: 0 };
  const modelBounds = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
  const processed = new Map<OctreeNode, ProcessedTile>();
  const nodes: OctreeNode[] = [];
  if (root) forEachNode(root, (node) => nodes.push(node));

  const load = (node: OctreeNode) => source.load(Array.from(node.items, (item) => index.ids[item]));
  await forEachPrefetched(nodes, load, async (node, loaded) => {
    const elements = requestedElements(index, node, loaded, (reason, amount) => count(skipped, reason, amount));
    const built = buildElementTileContent(elements, tileCentre(index, node), table, {
      element: (id, reason) => {
        count(skipped, reason);
        logger.debug({ id, reason }, 'tile-meshes: element skipped');
      },
      part: (id, reason) => {
        count(partsSkipped, reason);
        logger.debug({ id, reason }, 'tile-meshes: part dropped');
      },
    });
    const tile: ProcessedTile = { geometricError: node.geometricError, contentSize: node.contentSize, children: [] };
    processed.set(node, tile);
    if (!built.content) return;
    const key = elementTileContentKey(node);
    const bytes = await putTileContent(io, target, key, built.content, built.bounds, tile);
    totals.tiles++;
    totals.levels = Math.max(totals.levels, node.level + 1);
    totals.elementsTiled += built.elementsTiled;
    totals.vertices += built.vertices;
    totals.triangles += built.triangles;
    totals.bytes += bytes;
    for (let k = 0; k < 3; k++) {
      modelBounds[k] = Math.min(modelBounds[k], built.bounds[k]);
      modelBounds[k + 3] = Math.max(modelBounds[k + 3], built.bounds[k + 3]);
    }
    logger.debug({ key, elements: built.elementsTiled, bytes }, 'tile-meshes: tile written');
  });
  for (const node of nodes) processed.get(node)!.children = node.children.map((child) => processed.get(child)!);

  const tileset = root ? buildTilesetJson(processed.get(root)!, { transform: options.modelToEcef }) : undefined;
  if (!tileset) throw new DataError('tile-meshes: nothing to tile; every element was skipped or the source is empty');
  const tilesetBytes = new TextEncoder().encode(JSON.stringify(tileset));
  await target.put('tileset.json', tilesetBytes);
  totals.bytes += tilesetBytes.byteLength;
  await target.commit();

  const report: MeshTilingReport = {
    ...totals,
    elementsSkipped: Object.values(skipped).reduce((sum, amount) => sum + amount, 0),
    skipped,
    partsSkipped,
    modelBounds: modelBounds as MeshTilingReport['modelBounds'],
    durationMs: Math.round(performance.now() - started),
  };
  logger.info({ ...report, skipped: undefined, partsSkipped: undefined }, 'tile-meshes: tileset committed');
  return report;
}

function checkOptions(options: TileMeshesOptions): void {
  const matrix = options.modelToEcef;
  if (!Array.isArray(matrix) || matrix.length !== 16 || !matrix.every(Number.isFinite)) {
    throw new DataError('tile-meshes: modelToEcef must be a column-major 4x4 matrix of 16 finite numbers');
  }
  for (const key of ['maxFeaturesPerTile', 'maxVerticesPerTile', 'maxLevel'] as const) {
    const value = options[key];
    if (value !== undefined && !(Number.isInteger(value) && value >= (key === 'maxLevel' ? 0 : 1))) {
      throw new DataError(`tile-meshes: ${key} must be a ${key === 'maxLevel' ? 'non-negative' : 'positive'} integer, got ${value}`);
    }
  }
}

/**
 * The loaded elements this tile asked for, once each; elements the source did not return, or
 * returned unasked, are counted rather than tiled, so every element lands in exactly one tile.
 */
function requestedElements(
  index: ElementIndex,
  node: OctreeNode,
  loaded: readonly ElementMesh[],
  onSkip: (reason: string, amount: number) => void,
): ElementMesh[] {
  const wanted = new Set<number>();
  for (const item of node.items) wanted.add(index.ids[item]);
  const elements: ElementMesh[] = [];
  for (const element of loaded) {
    if (!wanted.delete(element.id)) continue;
    elements.push(element);
  }
  if (wanted.size > 0) onSkip('not returned by source', wanted.size);
  return elements;
}

/** Centre of a tile's element centres, the origin its vertices are stored relative to. */
function tileCentre(index: ElementIndex, node: OctreeNode): [number, number, number] {
  const low = [Infinity, Infinity, Infinity];
  const high = [-Infinity, -Infinity, -Infinity];
  const centres = [index.x, index.y, index.z];
  for (const item of node.items) {
    for (let k = 0; k < 3; k++) {
      low[k] = Math.min(low[k], centres[k][item]);
      high[k] = Math.max(high[k], centres[k][item]);
    }
  }
  // Whole centimetres keep the glTF node translation short and exact.
  const centre = low.map((value, k) => Math.round((value + high[k]) * 50) / 100);
  return [centre[0], centre[1], centre[2]];
}
