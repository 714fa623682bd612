/**
 * Tiles a placed pipe network into a 3D Tiles 1.1 tileset, as `importIfcModel` does for building
 * models: a model frame at the network's centre (see local-frame.ts), the mesh source over it,
 * and `tileMeshes` with the pipe metadata class and the frame's model-to-ECEF as root transform.
 * Storing the network rows (and so knowing their ids) is the caller's job.
 */
import { DataError } from '@cimtwin/schemas';
import { tileMeshes, type MeshTilingReport, type TileMeshesOptions, type TilesetTarget, type TilingLogger } from '@cimtwin/tiler';
import type { PlacedNetwork } from '../geometry/place-network.ts';
import { createPipeMeshSource } from './create-pipe-mesh-source.ts';
import { localFrame, networkPlanCentre, type LocalFrame } from './local-frame.ts';
import type { PipeMeshOptions } from './pipe-mesh-options.ts';
import { PIPE_METADATA_CLASS } from './pipe-metadata.ts';

/** Options of {@link tilePipeNetwork}. */
export interface TilePipeNetworkOptions
  extends Omit<PipeMeshOptions, 'toLocal'>,
    Pick<TileMeshesOptions, 'maxVerticesPerTile' | 'maxFeaturesPerTile' | 'maxLevel'> {
  /** proj4 definition of the network's CRS (e.g. `spatial_ref_sys.proj4text` of `placed.crs`). */
  crsDefinition: string;
  /** Height above the ellipsoid of elevation 0 (m); see `localFrame`. */
  heightOffset?: number;
  logger?: TilingLogger;
}

/** What {@link tilePipeNetwork} did. */
export interface TilePipeNetworkResult {
  report: MeshTilingReport;
  frame: LocalFrame;
  /** Elements left out before tiling, by reason. */
  skipped: Record<string, number>;
}

/** Tiles `placed` into `target` and commits it; the target is aborted on failure. */
export async function tilePipeNetwork(placed: PlacedNetwork, target: TilesetTarget, options: TilePipeNetworkOptions): Promise<TilePipeNetworkResult> {
  const { crsDefinition, heightOffset, logger, maxVerticesPerTile, maxFeaturesPerTile, maxLevel, ...meshOptions } = options;
  let frame: LocalFrame;
  try {
    if (placed.nodes.length === 0 && placed.links.length === 0) throw new DataError('pipe-mesh: the network has no placed node or link; nothing to tile');
    const [x, y] = networkPlanCentre(placed);
    // The origin at the mean ground keeps model heights small, whatever the height datum.
    const ground = placed.nodes.reduce((sum, node) => sum + node.ground, 0) / Math.max(placed.nodes.length, 1);
    frame = localFrame(crsDefinition, [x, y, Math.round(ground)], heightOffset);
  } catch (error) {
    await target.abort();
    throw error;
  }
  const source = createPipeMeshSource(placed, { ...meshOptions, toLocal: frame.toLocal });
  const report = await tileMeshes(source, target, {
    modelToEcef: frame.modelToEcef,
    metadataClass: PIPE_METADATA_CLASS,
    maxVerticesPerTile,
    maxFeaturesPerTile,
    maxLevel,
    logger,
  });
  return { report, frame, skipped: { ...source.skipped } };
}
