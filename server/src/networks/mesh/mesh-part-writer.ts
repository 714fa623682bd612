/**
 * Fills the typed arrays of one mesh part, sized up front: every builder knows its vertex and
 * triangle counts before it writes (the same arithmetic gives the summaries their vertex
 * counts), so nothing grows or copies. Writing more or less than declared is a bug, not bad data.
 */
import type { Vec3 } from './vector3.ts';

/** Vertex and triangle counts of a mesh or part. */
export interface MeshSize {
  vertices: number;
  triangles: number;
}

/** The arrays of a finished part (colour is added by the caller). */
export interface WrittenPart {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
}

/** Sum of sizes. */
export function addSizes(...sizes: MeshSize[]): MeshSize {
  let vertices = 0;
  let triangles = 0;
  for (const size of sizes) {
    vertices += size.vertices;
    triangles += size.triangles;
  }
  return { vertices, triangles };
}

/** Writes vertices (position and normal) and triangles into arrays of a declared size. */
export class MeshPartWriter {
  readonly positions: Float32Array;
  readonly normals: Float32Array;
  readonly indices: Uint32Array;
  private vertexCount = 0;
  private indexCount = 0;

  constructor(size: MeshSize) {
    this.positions = new Float32Array(size.vertices * 3);
    this.normals = new Float32Array(size.vertices * 3);
    this.indices = new Uint32Array(size.triangles * 3);
  }

  /** Vertices written so far; the index the next vertex gets. */
  get vertices(): number {
    return this.vertexCount;
  }

  /** Adds a vertex with a unit normal and returns its index. */
  vertex(position: Readonly<Vec3>, normal: Readonly<Vec3>): number {
    const at = this.vertexCount * 3;
    if (at + 3 > this.positions.length) throw new Error(`pipe-mesh: more vertices written than the ${this.positions.length / 3} planned`);
    this.positions[at] = position[0];
    this.positions[at + 1] = position[1];
    this.positions[at + 2] = position[2];
    this.normals[at] = normal[0];
    this.normals[at + 1] = normal[1];
    this.normals[at + 2] = normal[2];
    return this.vertexCount++;
  }

  /** Adds a triangle, counter-clockwise seen from outside. */
  triangle(a: number, b: number, c: number): void {
    const at = this.indexCount;
    if (at + 3 > this.indices.length) throw new Error(`pipe-mesh: more triangles written than the ${this.indices.length / 3} planned`);
    this.indices[at] = a;
    this.indices[at + 1] = b;
    this.indices[at + 2] = c;
    this.indexCount += 3;
  }

  /** The filled arrays; throws when fewer vertices or triangles were written than planned. */
  finish(): WrittenPart {
    if (this.vertexCount * 3 !== this.positions.length || this.indexCount !== this.indices.length) {
      throw new Error(
        `pipe-mesh: wrote ${this.vertexCount} vertices and ${this.indexCount / 3} triangles, planned ${this.positions.length / 3} and ${this.indices.length / 3}`,
      );
    }
    return { positions: this.positions, normals: this.normals, indices: this.indices };
  }
}
