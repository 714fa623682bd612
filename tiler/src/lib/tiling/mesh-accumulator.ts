/**
 * Collects the meshes of many features into one growing set of typed arrays (one glTF primitive)
 * and converts them from z-up local metres to glTF's y-up axes on the way: (x, y, z) becomes
 * (x, z, -y), which the 3D Tiles y-up-to-z-up convention turns back into east, north, up.
 * Capacity doubles as needed, so appending costs no per-vertex allocation.
 */
import type { MeshData } from '../mesh/mesh-data.ts';

/** Accumulated, y-up vertex and index arrays with their z-up bounds. */
export class MeshAccumulator {
  /** Number of vertices appended so far. */
  vertexCount = 0;
  /** Number of indices appended so far. */
  indexCount = 0;
  /** z-up bounds of every appended position: min x, y, z, max x, y, z. */
  readonly bounds = new Float64Array([Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity]);
  private positions = new Float32Array(0);
  private normals = new Float32Array(0);
  private featureIds = new Float32Array(0);
  private indices = new Uint32Array(0);
  private readonly distinctFeatures = new Set<number>();

  /** Appends a z-up mesh; its feature ids are kept as they are. */
  append(mesh: MeshData): void {
    const addedVertices = mesh.positions.length / 3;
    const addedIndices = mesh.indices.length;
    if (addedVertices === 0 || addedIndices === 0) return;
    this.reserve(this.vertexCount + addedVertices, this.indexCount + addedIndices);
    const base = this.vertexCount;
    const positions = this.positions;
    const normals = this.normals;
    const bounds = this.bounds;
    for (let i = 0; i < addedVertices; i++) {
      const source = i * 3;
      const target = (base + i) * 3;
      const x = mesh.positions[source];
      const y = mesh.positions[source + 1];
      const z = mesh.positions[source + 2];
      positions[target] = x;
      positions[target + 1] = z;
      positions[target + 2] = -y;
      normals[target] = mesh.normals[source];
      normals[target + 1] = mesh.normals[source + 2];
      normals[target + 2] = -mesh.normals[source + 1];
      if (x < bounds[0]) bounds[0] = x;
      if (y < bounds[1]) bounds[1] = y;
      if (z < bounds[2]) bounds[2] = z;
      if (x > bounds[3]) bounds[3] = x;
      if (y > bounds[4]) bounds[4] = y;
      if (z > bounds[5]) bounds[5] = z;
    }
    this.featureIds.set(mesh.featureIds, base);
    let previous = -1;
    for (let i = 0; i < addedVertices; i++) {
      const id = mesh.featureIds[i];
      if (id !== previous) this.distinctFeatures.add(id);
      previous = id;
    }
    const indices = this.indices;
    for (let i = 0; i < addedIndices; i++) indices[this.indexCount + i] = base + mesh.indices[i];
    this.vertexCount += addedVertices;
    this.indexCount += addedIndices;
  }

  /** Number of distinct feature ids among the appended vertices. */
  get featureCount(): number {
    return this.distinctFeatures.size;
  }

  /** Trimmed y-up arrays; indices are 16-bit when every index fits. */
  toArrays(): { positions: Float32Array; normals: Float32Array; featureIds: Float32Array; indices: Uint16Array | Uint32Array } {
    const indices =
      this.vertexCount <= 0xffff
        ? Uint16Array.from(this.indices.subarray(0, this.indexCount))
        : this.indices.slice(0, this.indexCount);
    return {
      positions: this.positions.slice(0, this.vertexCount * 3),
      normals: this.normals.slice(0, this.vertexCount * 3),
      featureIds: this.featureIds.slice(0, this.vertexCount),
      indices,
    };
  }

  private reserve(vertices: number, indices: number): void {
    if (vertices > this.featureIds.length) {
      const capacity = Math.max(vertices, this.featureIds.length * 2, 1024);
      this.positions = grow(this.positions, capacity * 3);
      this.normals = grow(this.normals, capacity * 3);
      this.featureIds = grow(this.featureIds, capacity);
    }
    if (indices > this.indices.length) {
      const capacity = Math.max(indices, this.indices.length * 2, 3072);
      const next = new Uint32Array(capacity);
      next.set(this.indices);
      this.indices = next;
    }
  }
}

function grow(array: Float32Array, length: number): Float32Array<ArrayBuffer> {
  const next = new Float32Array(length);
  next.set(array);
  return next;
}
