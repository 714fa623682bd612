/**
 * Triangulates a cleaned polygon (outline plus holes, x/y/z triplets) with earcut, which works on
 * x and y only. Triangles come back counter-clockwise seen from above: earcut's output winding
 * is checked per triangle rather than trusted, which costs one cross product each.
 */
import earcut from 'earcut';

/** The polygon's points flattened in ring order, and triangle indices into them. */
export interface PolygonTriangulation {
  /** x, y, z per point; outline first, then each hole. */
  points: Float64Array;
  /** Three point indices per triangle, counter-clockwise seen from above. */
  triangles: Uint32Array;
}

/** Triangulates rings already cleaned by `cleanPolygon`. */
export function triangulatePolygon(rings: Float64Array[]): PolygonTriangulation {
  let length = 0;
  for (const ring of rings) length += ring.length;
  const points = new Float64Array(length);
  const holeIndices: number[] = [];
  let offset = 0;
  for (let r = 0; r < rings.length; r++) {
    if (r > 0) holeIndices.push(offset / 3);
    points.set(rings[r], offset);
    offset += rings[r].length;
  }
  const indices = earcut(points, holeIndices.length > 0 ? holeIndices : undefined, 3);
  const triangles = new Uint32Array(indices.length);
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t];
    let b = indices[t + 1];
    let c = indices[t + 2];
    const cross =
      (points[b * 3] - points[a * 3]) * (points[c * 3 + 1] - points[a * 3 + 1]) -
      (points[b * 3 + 1] - points[a * 3 + 1]) * (points[c * 3] - points[a * 3]);
    if (cross < 0) {
      const swap = b;
      b = c;
      c = swap;
    }
    triangles[t] = a;
    triangles[t + 1] = b;
    triangles[t + 2] = c;
  }
  return { points, triangles };
}
