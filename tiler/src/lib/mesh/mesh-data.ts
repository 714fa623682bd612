/**
 * The triangle mesh every mesh builder returns: flat typed arrays, z-up local metres
 * (x east, y north, z up). Conversion to glTF's y-up happens once, when a tile is assembled.
 */
export interface MeshData {
  /** x, y, z per vertex. */
  positions: Float32Array;
  /** Unit normal per vertex. */
  normals: Float32Array;
  /** Feature id per vertex (the `_FEATURE_ID_0` value). */
  featureIds: Float32Array;
  /** Three vertex indices per triangle, counter-clockwise seen from the front. */
  indices: Uint32Array;
}

/** Number of vertices in a mesh. */
export function meshVertexCount(mesh: MeshData): number {
  return mesh.positions.length / 3;
}

/** Number of triangles in a mesh. */
export function meshTriangleCount(mesh: MeshData): number {
  return mesh.indices.length / 3;
}

/** A mesh with no vertices, returned when every ring or line of an input was degenerate. */
export function createEmptyMesh(): MeshData {
  return {
    positions: new Float32Array(0),
    normals: new Float32Array(0),
    featureIds: new Float32Array(0),
    indices: new Uint32Array(0),
  };
}
