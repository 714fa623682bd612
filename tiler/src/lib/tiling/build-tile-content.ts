/**
 * Turns the loaded features of one tile into glTF-ready content: projects each geometry relative
 * to the tile centre, meshes it, groups the meshes by material into primitives and collects the
 * property-table rows. Feature id i on a vertex is row i, in the order features were accepted.
 */
import { DataError } from '../../data-error.ts';
import type { TileFeature } from '../../types.ts';
import type { EnuFrame } from '../geodesy/enu-frame.ts';
import type { TileContent } from '../gltf/build-tile-document.ts';
import { featurePropertyTable, type FeatureRecord } from '../gltf/feature-metadata.ts';
import { styleForKind, styleMaterial, type MaterialStyle } from '../gltf/kind-materials.ts';
import { MeshAccumulator } from './mesh-accumulator.ts';
import { type FeatureMeshSettings, meshFeature, resolveHeight } from './mesh-feature.ts';
import { projectGeometry } from './project-geometry.ts';

/** A tile's content plus what went into it. */
export interface BuiltTile {
  /** Undefined when every feature was skipped. */
  content?: TileContent;
  /** z-up bounds of the meshes in the tileset frame: min x, y, z, max x, y, z. */
  bounds: Float64Array;
  featuresTiled: number;
  /** Lowest and highest mesh height above the ellipsoid, metres. */
  minHeight: number;
  maxHeight: number;
  vertices: number;
  triangles: number;
}

/**
 * Builds one tile. `centre` is the tile origin in the tileset frame (z-up); `onSkip` hears about
 * every feature left out.
 */
export function buildTileContent(
  features: readonly TileFeature[],
  centre: readonly [number, number, number],
  frame: EnuFrame,
  settings: FeatureMeshSettings,
  onSkip: (featureId: number, reason: string) => void,
): BuiltTile {
  const groups = new Map<string, { style: MaterialStyle; accumulator: MeshAccumulator }>();
  const records: FeatureRecord[] = [];
  let minHeight = Infinity;
  let maxHeight = -Infinity;
  for (const feature of features) {
    if (!Number.isInteger(feature.id) || feature.id < 0 || feature.id > 0xffffffff) {
      throw new DataError(`tiler: feature id ${feature.id} is not an integer in 0..4294967295; ids are stored as UINT32`);
    }
    const geometry = projectGeometry(feature.geometry, frame, centre);
    const result = meshFeature(feature, geometry, records.length, settings);
    if ('skipped' in result) {
      onSkip(feature.id, result.skipped);
      continue;
    }
    const style = styleForKind(settings.kind, feature.kind);
    let group = groups.get(style.name);
    if (!group) {
      group = { style, accumulator: new MeshAccumulator() };
      groups.set(style.name, group);
    }
    group.accumulator.append(result.mesh);
    const height = settings.kind === 'extrusion' ? resolveHeight(feature, settings) : null;
    const bottom = settings.kind === 'extrusion' ? Math.max(0, feature.minHeight ?? 0) : 0;
    minHeight = Math.min(minHeight, bottom + settings.groundOffset);
    maxHeight = Math.max(maxHeight, (height ?? 0) + settings.groundOffset);
    records.push({ id: feature.id, name: feature.name ?? null, kind: feature.kind ?? null, height: height ?? feature.height ?? null });
  }

  const bounds = new Float64Array([Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity]);
  if (records.length === 0) return { bounds, featuresTiled: 0, minHeight, maxHeight, vertices: 0, triangles: 0 };
  let vertices = 0;
  let triangles = 0;
  const primitives = Array.from(groups.values(), ({ style, accumulator }) => {
    vertices += accumulator.vertexCount;
    triangles += accumulator.indexCount / 3;
    for (let k = 0; k < 3; k++) {
      bounds[k] = Math.min(bounds[k], accumulator.bounds[k] + centre[k]);
      bounds[k + 3] = Math.max(bounds[k + 3], accumulator.bounds[k + 3] + centre[k]);
    }
    return { material: styleMaterial(style), featureCount: accumulator.featureCount, ...accumulator.toArrays() };
  });
  return {
    content: { translation: [centre[0], centre[2], -centre[1]], primitives, table: featurePropertyTable(records) },
    bounds,
    featuresTiled: records.length,
    minHeight,
    maxHeight,
    vertices,
    triangles,
  };
}
