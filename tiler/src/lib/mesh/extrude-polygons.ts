/**
 * LOD1 prism from footprint polygons: a roof at `height`, a floor at `minHeight` when the part
 * floats (building parts above a passage), and one quad per ring edge for the walls.
 *
 * Flat shading: every face gets its own vertices so normals are per face, which is what makes a
 * box read as a box without textures. Rings are cleaned and oriented first (outline
 * counter-clockwise, holes clockwise), so the outward wall normal of edge (dx, dy) is always
 * (dy, -dx) and every face is counter-clockwise seen from outside, whatever the input winding.
 * Heights are measured from each vertex's ground z along +z, so a footprint that follows the
 * earth's curvature keeps a level-looking roof at city scale.
 */
import { cleanPolygon } from './clean-ring.ts';
import { createEmptyMesh, type MeshData } from './mesh-data.ts';
import { triangulatePolygon, type PolygonTriangulation } from './triangulate-polygon.ts';

/** Options of {@link extrudePolygons}. */
export interface ExtrusionOptions {
  /** Top of the prism above the ground, metres. */
  height: number;
  /** Bottom of the prism above the ground, metres; a floor is added when above 0. */
  minHeight?: number;
  /** Whether to close the bottom; by default only when `minHeight` is above 0. */
  floor?: boolean;
  /** Value written to every vertex's feature id. */
  featureId?: number;
}

/** Defaults of {@link ExtrusionOptions}. */
export const EXTRUSION_DEFAULTS = { minHeight: 0, featureId: 0 } as const;

/**
 * Extrudes polygons (each an outline plus holes, as x/y/z-ground triplets) into one mesh.
 * Returns an empty mesh when nothing is left after cleaning or when `height <= minHeight`.
 */
export function extrudePolygons(polygons: Float64Array[][], options: ExtrusionOptions): MeshData {
  const minHeight = options.minHeight ?? EXTRUSION_DEFAULTS.minHeight;
  const featureId = options.featureId ?? EXTRUSION_DEFAULTS.featureId;
  const height = options.height;
  if (!(height > minHeight)) return createEmptyMesh();
  const withFloor = options.floor ?? minHeight > 0;

  const parts: Part[] = [];
  let vertexCount = 0;
  let indexCount = 0;
  for (const polygon of polygons) {
    const rings = cleanPolygon(polygon);
    if (!rings) continue;
    const triangulation = triangulatePolygon(rings);
    if (triangulation.triangles.length === 0) continue;
    const pointCount = triangulation.points.length / 3;
    parts.push({ rings, triangulation });
    // Roof (+ floor) vertices, then four per wall edge; every point starts exactly one edge.
    vertexCount += pointCount * (withFloor ? 2 : 1) + pointCount * 4;
    indexCount += triangulation.triangles.length * (withFloor ? 2 : 1) + pointCount * 6;
  }
  if (parts.length === 0) return createEmptyMesh();

  const mesh: MeshData = {
    positions: new Float32Array(vertexCount * 3),
    normals: new Float32Array(vertexCount * 3),
    featureIds: new Float32Array(vertexCount).fill(featureId),
    indices: new Uint32Array(indexCount),
  };
  const cursor = { vertex: 0, index: 0 };
  for (const part of parts) {
    writeCap(mesh, cursor, part.triangulation, height, 1);
    if (withFloor) writeCap(mesh, cursor, part.triangulation, minHeight, -1);
    for (const ring of part.rings) writeWalls(mesh, cursor, ring, minHeight, height);
  }
  return mesh;
}

interface Part {
  rings: Float64Array[];
  triangulation: PolygonTriangulation;
}

interface Cursor {
  vertex: number;
  index: number;
}

/** Roof (facing +z) or floor (facing -z, so triangles are reversed). */
function writeCap(mesh: MeshData, cursor: Cursor, part: PolygonTriangulation, level: number, facing: 1 | -1): void {
  const { positions, normals, indices } = mesh;
  const first = cursor.vertex;
  const points = part.points;
  const pointCount = points.length / 3;
  for (let i = 0; i < pointCount; i++) {
    const v = (first + i) * 3;
    positions[v] = points[i * 3];
    positions[v + 1] = points[i * 3 + 1];
    positions[v + 2] = points[i * 3 + 2] + level;
    normals[v + 2] = facing;
  }
  const triangles = part.triangles;
  let index = cursor.index;
  for (let t = 0; t < triangles.length; t += 3) {
    indices[index++] = first + triangles[t];
    indices[index++] = first + (facing === 1 ? triangles[t + 1] : triangles[t + 2]);
    indices[index++] = first + (facing === 1 ? triangles[t + 2] : triangles[t + 1]);
  }
  cursor.vertex += pointCount;
  cursor.index = index;
}

/** One flat-shaded quad per edge of an oriented ring. */
function writeWalls(mesh: MeshData, cursor: Cursor, ring: Float64Array, bottom: number, top: number): void {
  const { positions, normals, indices } = mesh;
  const count = ring.length / 3;
  let vertex = cursor.vertex;
  let index = cursor.index;
  for (let i = 0; i < count; i++) {
    const j = i + 1 === count ? 0 : i + 1;
    const x0 = ring[i * 3];
    const y0 = ring[i * 3 + 1];
    const z0 = ring[i * 3 + 2];
    const x1 = ring[j * 3];
    const y1 = ring[j * 3 + 1];
    const z1 = ring[j * 3 + 2];
    const dx = x1 - x0;
    const dy = y1 - y0;
    const length = Math.hypot(dx, dy);
    const nx = dy / length;
    const ny = -dx / length;
    // bottom i, bottom j, top j, top i: counter-clockwise seen from outside.
    const v = vertex * 3;
    positions[v] = x0;
    positions[v + 1] = y0;
    positions[v + 2] = z0 + bottom;
    positions[v + 3] = x1;
    positions[v + 4] = y1;
    positions[v + 5] = z1 + bottom;
    positions[v + 6] = x1;
    positions[v + 7] = y1;
    positions[v + 8] = z1 + top;
    positions[v + 9] = x0;
    positions[v + 10] = y0;
    positions[v + 11] = z0 + top;
    for (let k = 0; k < 4; k++) {
      normals[v + k * 3] = nx;
      normals[v + k * 3 + 1] = ny;
    }
    indices[index++] = vertex;
    indices[index++] = vertex + 1;
    indices[index++] = vertex + 2;
    indices[index++] = vertex;
    indices[index++] = vertex + 2;
    indices[index++] = vertex + 3;
    vertex += 4;
  }
  cursor.vertex = vertex;
  cursor.index = index;
}
