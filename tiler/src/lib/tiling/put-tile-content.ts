import type { PlatformIO } from '@gltf-transform/core';
import { buildTileDocument, type TileContent } from '../gltf/build-tile-document.ts';
import { writeGlb } from '../gltf/write-glb.ts';
import type { TilesetTarget } from '../../storage/tileset-storage.ts';
import type { ProcessedTile } from './tileset-json.ts';

/**
 * Writes one tile's content as glb under `key` and records it on the tile (content uri and
 * bounds), the step both the city quadtree and the BIM octree end each tile with.
 * Returns the glb's size in bytes.
 */
export async function putTileContent(
  io: PlatformIO,
  target: TilesetTarget,
  key: string,
  content: TileContent,
  bounds: Float64Array,
  tile: ProcessedTile,
): Promise<number> {
  const glb = await writeGlb(io, buildTileDocument(content));
  await target.put(key, glb);
  tile.uri = key;
  tile.contentBounds = bounds;
  return glb.byteLength;
}
