/**
 * Flat areas (landuse, water): each polygon, holes included, is triangulated with earcut and laid
 * at `offset` metres above each vertex's ground z, facing up. Vertices are shared between
 * triangles since the whole surface has one normal.
 */
import { cleanPolygon } from './clean-ring.ts';
import { createEmptyMesh, type MeshData } from './mesh-data.ts';
import { triangulatePolygon, type PolygonTriangulation } from './triangulate-polygon.ts';

/** Options of {@link triangulateSurface}. */
export interface SurfaceOptions {
  /** Metres above the ground, so draped layers at different offsets do not z-fight. */
  offset?: number;
  /** Value written to every vertex's feature id. */
  featureId?: number;
}

/** Defaults of {@link SurfaceOptions}. */
export const SURFACE_DEFAULTS = { offset: 0.2, featureId: 0 } as const;

/** Triangulates polygons (outline plus holes, x/y/z-ground triplets) into one up-facing mesh. */
export function triangulateSurface(polygons: Float64Array[][], options: SurfaceOptions = {}): MeshData {
  const offset = options.offset ?? SURFACE_DEFAULTS.offset;
  const featureId = options.featureId ?? SURFACE_DEFAULTS.featureId;
  const parts: PolygonTriangulation[] = [];
  let vertexCount = 0;
  let indexCount = 0;
  for (const polygon of polygons) {
    const rings = cleanPolygon(polygon);
    if (!rings) continue;
    const part = triangulatePolygon(rings);
    if (part.triangles.length === 0) continue;
    parts.push(part);
    vertexCount += part.points.length / 3;
    indexCount += part.triangles.length;
  }
  if (parts.length === 0) return createEmptyMesh();

  const positions = new Float32Array(vertexCount * 3);
  const normals = new Float32Array(vertexCount * 3);
  const indices = new Uint32Array(indexCount);
  let vertex = 0;
  let index = 0;
  for (const part of parts) {
    const points = part.points;
    const pointCount = points.length / 3;
    for (let i = 0; i < pointCount; i++) {
      const v = (vertex + i) * 3;
      positions[v] = points[i * 3];
      positions[v + 1] = points[i * 3 + 1];
      positions[v + 2] = points[i * 3 + 2] + offset;
      normals[v + 2] = 1;
    }
    for (let t = 0; t < part.triangles.length; t++) indices[index++] = vertex + part.triangles[t];
    vertex += pointCount;
  }
  return { positions, normals, featureIds: new Float32Array(vertexCount).fill(featureId), indices };
}
