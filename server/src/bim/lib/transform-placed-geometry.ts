/**
 * Moves one web-ifc geometry into model coordinates. web-ifc hands out interleaved vertices
 * (x, y, z, nx, ny, nz) in local geometry space plus a column-major 4×4 `flatTransformation`
 * that already includes the project length unit (millimetre models come out in metres) and
 * web-ifc's Z-up → Y-up turn for three.js. That turn is undone here so the result is IFC's
 * Z-up model space: (X, Y, Z) = (x', -z', y'). Mirroring placements (negative determinant)
 * flip triangle winding, so their triangles are reversed to keep normals facing outwards.
 */

/** Positions and normals (xyz each) and triangle indices of one transformed geometry. */
export interface TransformedGeometry {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
}

/** Transforms interleaved web-ifc vertex data by `matrix` into Z-up model metres. */
export function transformPlacedGeometry(vertexData: Float32Array, indexData: Uint32Array, matrix: ArrayLike<number>): TransformedGeometry {
  if (matrix.length !== 16) throw new Error(`flatTransformation has ${matrix.length} numbers, expected 16`);
  if (vertexData.length % 6 !== 0) throw new Error(`vertex data length ${vertexData.length} is not a multiple of 6`);
  const m = Array.from(matrix);
  const count = vertexData.length / 6;
  const positions = new Float32Array(count * 3);
  const normals = new Float32Array(count * 3);
  for (let v = 0; v < count; v++) {
    const i = v * 6;
    const x = vertexData[i];
    const y = vertexData[i + 1];
    const z = vertexData[i + 2];
    const px = m[0] * x + m[4] * y + m[8] * z + m[12];
    const py = m[1] * x + m[5] * y + m[9] * z + m[13];
    const pz = m[2] * x + m[6] * y + m[10] * z + m[14];
    const a = vertexData[i + 3];
    const b = vertexData[i + 4];
    const c = vertexData[i + 5];
    let nx = m[0] * a + m[4] * b + m[8] * c;
    let ny = m[1] * a + m[5] * b + m[9] * c;
    let nz = m[2] * a + m[6] * b + m[10] * c;
    const length = Math.hypot(nx, ny, nz) || 1;
    nx /= length;
    ny /= length;
    nz /= length;
    const o = v * 3;
    positions[o] = px;
    positions[o + 1] = 0 - pz;
    positions[o + 2] = py;
    normals[o] = nx;
    normals[o + 1] = 0 - nz;
    normals[o + 2] = ny;
  }
  const determinant =
    m[0] * (m[5] * m[10] - m[9] * m[6]) - m[4] * (m[1] * m[10] - m[9] * m[2]) + m[8] * (m[1] * m[6] - m[5] * m[2]);
  const indices = new Uint32Array(indexData);
  if (determinant < 0) {
    for (let t = 0; t + 2 < indices.length; t += 3) {
      const swap = indices[t + 1];
      indices[t + 1] = indices[t + 2];
      indices[t + 2] = swap;
    }
  }
  return { positions, normals, indices };
}

/** Grows `box` ([minX, minY, minZ, maxX, maxY, maxZ]) to hold every xyz of `positions`. */
export function extendBounds(box: [number, number, number, number, number, number], positions: Float32Array): void {
  for (let i = 0; i < positions.length; i += 3) {
    for (let axis = 0; axis < 3; axis++) {
      const value = positions[i + axis];
      if (value < box[axis]) box[axis] = value;
      if (value > box[axis + 3]) box[axis + 3] = value;
    }
  }
}
