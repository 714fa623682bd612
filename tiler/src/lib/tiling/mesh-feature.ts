/**
 * Picks the mesh builder for a feature according to the tiling kind and resolves the
 * per-feature parameters (heights, ribbon width), or says why the feature is skipped.
 */
import { buildRibbon } from '../mesh/build-ribbon.ts';
import { extrudePolygons } from '../mesh/extrude-polygons.ts';
import type { MeshData } from '../mesh/mesh-data.ts';
import { triangulateSurface } from '../mesh/triangulate-surface.ts';
import type { TileFeature, TilingKind } from '../../types.ts';
import type { ProjectedGeometry } from './project-geometry.ts';

/** Resolved settings for meshing every feature of one run. */
export interface FeatureMeshSettings {
  kind: TilingKind;
  groundOffset: number;
  /** Width by feature kind; the `defaultRoadWidth` applies to other kinds. */
  roadWidths: Readonly<Record<string, number>>;
  defaultRoadWidth: number;
  defaultHeight: number;
  miterLimit: number;
}

/** A mesh, or the reason a feature was left out. */
export type FeatureMeshResult = { mesh: MeshData } | { skipped: string };

/** Meshes one projected feature; `featureId` is its property-table row in the tile. */
export function meshFeature(
  feature: TileFeature,
  geometry: ProjectedGeometry,
  featureId: number,
  settings: FeatureMeshSettings,
): FeatureMeshResult {
  if (geometry.type === 'skipped') return { skipped: geometry.reason };
  const mesh = buildMesh(feature, geometry, featureId, settings);
  if ('skipped' in mesh) return mesh;
  if (mesh.mesh.indices.length === 0) return { skipped: 'degenerate geometry' };
  return mesh;
}

/** Extrusion top of a feature: its own height, else the default. */
export function resolveHeight(feature: TileFeature, settings: FeatureMeshSettings): number {
  const height = feature.height;
  return height !== null && height !== undefined && Number.isFinite(height) && height > 0 ? height : settings.defaultHeight;
}

/** Ribbon width of a feature: its own width, else by kind, else the default. */
export function resolveWidth(feature: TileFeature, settings: FeatureMeshSettings): number {
  const width = feature.width;
  if (width !== null && width !== undefined && Number.isFinite(width)) return width;
  const byKind = feature.kind ? settings.roadWidths[feature.kind] : undefined;
  return byKind ?? settings.defaultRoadWidth;
}

function buildMesh(
  feature: TileFeature,
  geometry: Exclude<ProjectedGeometry, { type: 'skipped' }>,
  featureId: number,
  settings: FeatureMeshSettings,
): FeatureMeshResult {
  switch (settings.kind) {
    case 'extrusion': {
      if (geometry.type !== 'polygons') return { skipped: 'lines cannot be extruded' };
      const height = resolveHeight(feature, settings);
      const minHeight = Math.max(0, feature.minHeight ?? 0);
      if (!(height > minHeight)) return { skipped: 'height not above minHeight' };
      return {
        mesh: extrudePolygons(geometry.polygons, {
          height: height + settings.groundOffset,
          minHeight: minHeight + settings.groundOffset,
          floor: minHeight > 0,
          featureId,
        }),
      };
    }
    case 'surface':
      if (geometry.type !== 'polygons') return { skipped: 'lines cannot be surfaces' };
      return { mesh: triangulateSurface(geometry.polygons, { offset: settings.groundOffset, featureId }) };
    case 'ribbon': {
      if (geometry.type !== 'lines') return { skipped: 'polygons cannot be ribbons' };
      const width = resolveWidth(feature, settings);
      if (!(width > 0)) return { skipped: 'zero width' };
      return {
        mesh: buildRibbon(geometry.lines, { width, offset: settings.groundOffset, miterLimit: settings.miterLimit, featureId }),
      };
    }
  }
}
