/**
 * Lines (roads, rails) as flat strips of a given width, `offset` metres above the ground.
 *
 * Each point gets a left and a right vertex along the mitre direction, the bisector of the two
 * segment normals, pushed out to half the width divided by the cosine of half the turn so both
 * edges stay parallel to their segments. Past `miterLimit` (mitre length over half-width) a sharp
 * turn would throw a long spike, so that point is bevelled instead: the previous segment ends
 * square, the next starts square, and a quad bridges the gap. Vertices are shared between the
 * quads of one line (a smooth strip), all facing up.
 */
import { createEmptyMesh, type MeshData } from './mesh-data.ts';
import { dropRepeatedPoints } from './clean-ring.ts';

/** Options of {@link buildRibbon}. */
export interface RibbonOptions {
  /** Full width of the strip in metres. */
  width: number;
  /** Metres above the ground, so roads sit above landuse and water. */
  offset?: number;
  /** Largest mitre length as a multiple of the half-width before a join is bevelled. */
  miterLimit?: number;
  /** Value written to every vertex's feature id. */
  featureId?: number;
}

/** Defaults of {@link RibbonOptions}. */
export const RIBBON_DEFAULTS = { offset: 0.5, miterLimit: 2, featureId: 0 } as const;

/**
 * Builds one strip per line (x/y/z-ground triplets) and merges them into one mesh. Lines with
 * fewer than two distinct points are skipped; a width of 0 or less gives an empty mesh.
 */
export function buildRibbon(lines: Float64Array[], options: RibbonOptions): MeshData {
  const halfWidth = options.width / 2;
  if (!(halfWidth > 0)) return createEmptyMesh();
  const offset = options.offset ?? RIBBON_DEFAULTS.offset;
  const miterLimit = options.miterLimit ?? RIBBON_DEFAULTS.miterLimit;
  const featureId = options.featureId ?? RIBBON_DEFAULTS.featureId;

  const cleaned: Float64Array[] = [];
  let maxPairs = 0;
  for (const line of lines) {
    const points = dropRepeatedPoints(line, 'skip');
    if (points.length < 6) continue;
    cleaned.push(points);
    // At most two vertex pairs per point (bevels), one quad between consecutive pairs.
    maxPairs += (points.length / 3) * 2;
  }
  if (cleaned.length === 0) return createEmptyMesh();

  const positions = new Float32Array(maxPairs * 6);
  const indices = new Uint32Array(maxPairs * 6);
  const state = { pair: 0, index: 0 };
  for (const points of cleaned) writeStrip(points, halfWidth, offset, miterLimit, positions, indices, state);

  const vertexCount = state.pair * 2;
  const normals = new Float32Array(vertexCount * 3);
  for (let v = 0; v < vertexCount; v++) normals[v * 3 + 2] = 1;
  return {
    positions: positions.slice(0, vertexCount * 3),
    normals,
    featureIds: new Float32Array(vertexCount).fill(featureId),
    indices: indices.slice(0, state.index),
  };
}

interface StripState {
  pair: number;
  index: number;
}

function writeStrip(
  points: Float64Array,
  halfWidth: number,
  offset: number,
  miterLimit: number,
  positions: Float32Array,
  indices: Uint32Array,
  state: StripState,
): void {
  const count = points.length / 3;
  let previousPair = -1;
  const addPair = (i: number, nx: number, ny: number, scale: number): void => {
    const x = points[i * 3];
    const y = points[i * 3 + 1];
    const z = points[i * 3 + 2] + offset;
    const v = state.pair * 6;
    positions[v] = x + nx * scale; // left
    positions[v + 1] = y + ny * scale;
    positions[v + 2] = z;
    positions[v + 3] = x - nx * scale; // right
    positions[v + 4] = y - ny * scale;
    positions[v + 5] = z;
    if (previousPair >= 0) {
      const leftA = previousPair * 2;
      const rightA = leftA + 1;
      const leftB = state.pair * 2;
      const rightB = leftB + 1;
      indices[state.index++] = rightA;
      indices[state.index++] = rightB;
      indices[state.index++] = leftB;
      indices[state.index++] = rightA;
      indices[state.index++] = leftB;
      indices[state.index++] = leftA;
    }
    previousPair = state.pair++;
  };

  for (let i = 0; i < count; i++) {
    const inX = i > 0 ? points[i * 3] - points[(i - 1) * 3] : 0;
    const inY = i > 0 ? points[i * 3 + 1] - points[(i - 1) * 3 + 1] : 0;
    const outX = i + 1 < count ? points[(i + 1) * 3] - points[i * 3] : 0;
    const outY = i + 1 < count ? points[(i + 1) * 3 + 1] - points[i * 3 + 1] : 0;
    const inLength = Math.hypot(inX, inY);
    const outLength = Math.hypot(outX, outY);
    // Left normals (-dy, dx) of the incoming and outgoing segments.
    const inNx = inLength > 0 ? -inY / inLength : 0;
    const inNy = inLength > 0 ? inX / inLength : 0;
    const outNx = outLength > 0 ? -outY / outLength : 0;
    const outNy = outLength > 0 ? outX / outLength : 0;
    if (i === 0) {
      addPair(i, outNx, outNy, halfWidth);
      continue;
    }
    if (i === count - 1) {
      addPair(i, inNx, inNy, halfWidth);
      continue;
    }
    let mx = inNx + outNx;
    let my = inNy + outNy;
    const mLength = Math.hypot(mx, my);
    // cos(half turn) = mitre . outgoing normal; the mitre reaches halfWidth / cos.
    const cosine = mLength > 1e-9 ? (mx * outNx + my * outNy) / mLength : 0;
    if (cosine > 1 / miterLimit) {
      mx /= mLength;
      my /= mLength;
      addPair(i, mx, my, halfWidth / cosine);
    } else {
      addPair(i, inNx, inNy, halfWidth);
      addPair(i, outNx, outNy, halfWidth);
    }
  }
}
