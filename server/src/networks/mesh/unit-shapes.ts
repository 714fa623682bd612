/**
 * The few shapes every shaft, valve, hydrant, meter and fitting is made of, built once per kind
 * and ring resolution and then placed by transform (see place-shape.ts): instancing at the mesh
 * level, so a district's thousands of manholes cost one cylinder's arithmetic plus a matrix
 * each. Real glTF instancing (EXT_mesh_gpu_instancing) was not needed: shapes are a few dozen
 * vertices, and each must stay its own feature with its own row id anyway.
 */
import { planBoxDuct, writeBoxDuct } from './build-box-duct.ts';
import { planTube, writeTube } from './build-tube.ts';
import { MeshPartWriter, type WrittenPart } from './mesh-part-writer.ts';
import type { Vec3 } from './vector3.ts';

/** Kinds of unit shape. */
export type UnitShapeKind = 'cylinder' | 'box' | 'sphere';

/** A unit shape: positions and smooth or flat normals, triangles counter-clockwise from outside. */
export interface UnitShape extends WrittenPart {
  kind: UnitShapeKind;
  vertexCount: number;
  triangleCount: number;
  /** Corners of its box: min x, y, z, max x, y, z. */
  bounds: [number, number, number, number, number, number];
}

/**
 * Unit shapes by kind and ring resolution, built on first use:
 *  - cylinder: diameter 1, from z = 0 to z = 1, capped;
 *  - box: the cube of edge 1 centred on the origin;
 *  - sphere: diameter 1, centred on the origin.
 */
export class UnitShapes {
  private readonly built = new Map<string, UnitShape>();

  /** The shape of `kind` with `segments` vertices round (ignored for boxes). */
  get(kind: UnitShapeKind, segments: number): UnitShape {
    const key = kind === 'box' ? kind : `${kind}-${segments}`;
    let shape = this.built.get(key);
    if (!shape) {
      shape = buildUnitShape(kind, segments);
      this.built.set(key, shape);
    }
    return shape;
  }
}

function buildUnitShape(kind: UnitShapeKind, segments: number): UnitShape {
  let part: WrittenPart;
  let bounds: UnitShape['bounds'];
  if (kind === 'cylinder') {
    const plan = planTube([[0, 0, 0], [0, 0, 1]], 0.5, segments);
    const writer = new MeshPartWriter(plan.size);
    writeTube(plan, writer);
    part = writer.finish();
    bounds = [-0.5, -0.5, 0, 0.5, 0.5, 1];
  } else if (kind === 'box') {
    const plan = planBoxDuct([[-0.5, 0, 0], [0.5, 0, 0]], 1, 1);
    const writer = new MeshPartWriter(plan.size);
    writeBoxDuct(plan, writer);
    part = writer.finish();
    bounds = [-0.5, -0.5, -0.5, 0.5, 0.5, 0.5];
  } else {
    part = buildSphere(segments);
    bounds = [-0.5, -0.5, -0.5, 0.5, 0.5, 0.5];
  }
  return { kind, ...part, vertexCount: part.positions.length / 3, triangleCount: part.indices.length / 3, bounds };
}

/** A UV sphere of diameter 1: `segments` round, `segments / 2` bands, one vertex per pole. */
function buildSphere(segments: number): WrittenPart {
  const bands = Math.max(2, Math.round(segments / 2));
  const rings = bands - 1;
  const writer = new MeshPartWriter({ vertices: rings * segments + 2, triangles: 2 * segments * (bands - 1) });
  const south = writer.vertex([0, 0, -0.5], [0, 0, -1]);
  const ringStart: number[] = [];
  for (let b = 1; b <= rings; b++) {
    const polar = Math.PI * (b / bands) - Math.PI / 2;
    ringStart.push(writer.vertices);
    for (let i = 0; i < segments; i++) {
      const azimuth = (2 * Math.PI * i) / segments;
      const normal: Vec3 = [Math.cos(polar) * Math.cos(azimuth), Math.cos(polar) * Math.sin(azimuth), Math.sin(polar)];
      writer.vertex([normal[0] / 2, normal[1] / 2, normal[2] / 2], normal);
    }
  }
  const north = writer.vertex([0, 0, 0.5], [0, 0, 1]);
  for (let i = 0; i < segments; i++) {
    const j = (i + 1) % segments;
    writer.triangle(south, ringStart[0] + j, ringStart[0] + i);
    writer.triangle(north, ringStart[rings - 1] + i, ringStart[rings - 1] + j);
    for (let b = 0; b + 1 < rings; b++) {
      const [a0, a1, c0, c1] = [ringStart[b] + i, ringStart[b] + j, ringStart[b + 1] + i, ringStart[b + 1] + j];
      writer.triangle(a0, a1, c1);
      writer.triangle(a0, c1, c0);
    }
  }
  return writer.finish();
}
