/**
 * Vertex normals for meshes that come without them: each vertex gets the sum of the normals of
 * the triangles around it, weighted by area (the unnormalised cross product), then normalised.
 * Where faces meet at a sharp edge the source usually splits vertices, so this gives flat faces
 * there and smooth shading on curved, shared-vertex surfaces. A vertex with no usable triangle
 * gets +z, because glTF requires unit normals.
 */

/** Area-weighted vertex normals of an indexed triangle mesh (x, y, z per vertex). */
export function computeVertexNormals(positions: ArrayLike<number>, indices: ArrayLike<number>): Float32Array {
  const sums = new Float64Array(positions.length);
  for (let t = 0; t + 2 < indices.length; t += 3) {
    const a = indices[t] * 3;
    const b = indices[t + 1] * 3;
    const c = indices[t + 2] * 3;
    const ux = positions[b] - positions[a];
    const uy = positions[b + 1] - positions[a + 1];
    const uz = positions[b + 2] - positions[a + 2];
    const vx = positions[c] - positions[a];
    const vy = positions[c + 1] - positions[a + 1];
    const vz = positions[c + 2] - positions[a + 2];
    const nx = uy * vz - uz * vy;
    const ny = uz * vx - ux * vz;
    const nz = ux * vy - uy * vx;
    for (const vertex of [a, b, c]) {
      sums[vertex] += nx;
      sums[vertex + 1] += ny;
      sums[vertex + 2] += nz;
    }
  }
  return normalizeVectors(sums);
}

/** Unit copies of x, y, z vectors; zero-length or non-finite ones become +z. */
export function normalizeVectors(vectors: ArrayLike<number>): Float32Array {
  const normals = new Float32Array(vectors.length);
  for (let i = 0; i + 2 < vectors.length; i += 3) {
    const x = vectors[i];
    const y = vectors[i + 1];
    const z = vectors[i + 2];
    const length = Math.hypot(x, y, z);
    if (length > 1e-12 && Number.isFinite(length)) {
      normals[i] = x / length;
      normals[i + 1] = y / length;
      normals[i + 2] = z / length;
    } else {
      normals[i + 2] = 1;
    }
  }
  return normals;
}
