/**
 * Throughput measurement of the building-model tiler without IFC parsing or a database: a
 * synthetic campus of box buildings, each storey four walls, a slab, four transparent windows
 * and furniture, generated on demand from the element id (so the source holds no geometry),
 * tiled into a target that only counts bytes.
 */
import type { ElementMesh, ElementMeshPart, ElementMeshSource, ElementSummary, ModelBox } from './element-mesh-source.ts';
import type { TilesetTarget } from './storage/tileset-storage.ts';
import { tileMeshes } from './tile-meshes.ts';
import type { MeshTilingReport, TileMeshesOptions } from './tile-meshes-options.ts';

/** Elements per storey: 4 walls, 1 slab, 4 windows, the rest furniture. */
const ELEMENTS_PER_STOREY = 110;
const STOREYS_PER_BUILDING = 10;
const STOREY_HEIGHT = 3.5;
const FOOTPRINT = { width: 30, depth: 20 };
const BUILDING_SPACING = 50;

const WALL_COLOR: [number, number, number, number] = [0.7, 0.68, 0.64, 1];
const SLAB_COLOR: [number, number, number, number] = [0.5, 0.5, 0.5, 1];
const WINDOW_COLOR: [number, number, number, number] = [0.4, 0.6, 0.8, 0.35];
const FURNITURE_COLOR: [number, number, number, number] = [0.55, 0.35, 0.2, 1];

/** A closed box of 24 vertices (flat-shaded faces, outward counter-clockwise), 12 triangles. */
export function createBoxPart(
  box: readonly number[],
  color: [number, number, number, number],
  options: { normals?: boolean } = {},
): ElementMeshPart {
  const [x0, y0, z0, x1, y1, z1] = box;
  // Each face: four corners counter-clockwise seen from outside, and its normal.
  const faces: Array<[number[][], number[]]> = [
    [[[x0, y0, z0], [x0, y1, z0], [x1, y1, z0], [x1, y0, z0]], [0, 0, -1]],
    [[[x0, y0, z1], [x1, y0, z1], [x1, y1, z1], [x0, y1, z1]], [0, 0, 1]],
    [[[x0, y0, z0], [x1, y0, z0], [x1, y0, z1], [x0, y0, z1]], [0, -1, 0]],
    [[[x1, y1, z0], [x0, y1, z0], [x0, y1, z1], [x1, y1, z1]], [0, 1, 0]],
    [[[x0, y1, z0], [x0, y0, z0], [x0, y0, z1], [x0, y1, z1]], [-1, 0, 0]],
    [[[x1, y0, z0], [x1, y1, z0], [x1, y1, z1], [x1, y0, z1]], [1, 0, 0]],
  ];
  const positions = new Float32Array(72);
  const normals = new Float32Array(72);
  const indices = new Uint32Array(36);
  faces.forEach(([corners, normal], face) => {
    corners.forEach((corner, c) => {
      positions.set(corner, (face * 4 + c) * 3);
      normals.set(normal, (face * 4 + c) * 3);
    });
    const base = face * 4;
    indices.set([base, base + 1, base + 2, base, base + 2, base + 3], face * 6);
  });
  return options.normals === false ? { positions, indices, color } : { positions, normals, indices, color };
}

/** The synthetic element with database id `id`: its bbox, kind and colour. */
function syntheticElement(id: number, buildingsPerRow: number): { bbox: ModelBox; ifcClass: string; color: [number, number, number, number] } {
  const slot = id % ELEMENTS_PER_STOREY;
  const storeyIndex = Math.floor(id / ELEMENTS_PER_STOREY);
  const storey = storeyIndex % STOREYS_PER_BUILDING;
  const building = Math.floor(storeyIndex / STOREYS_PER_BUILDING);
  const ox = (building % buildingsPerRow) * BUILDING_SPACING;
  const oy = Math.floor(building / buildingsPerRow) * BUILDING_SPACING;
  const z = storey * STOREY_HEIGHT;
  const { width: w, depth: d } = FOOTPRINT;
  const walls: ModelBox[] = [
    [ox, oy, z, ox + w, oy + 0.3, z + STOREY_HEIGHT],
    [ox, oy + d - 0.3, z, ox + w, oy + d, z + STOREY_HEIGHT],
    [ox, oy, z, ox + 0.3, oy + d, z + STOREY_HEIGHT],
    [ox + w - 0.3, oy, z, ox + w, oy + d, z + STOREY_HEIGHT],
  ];
  if (slot < 4) return { bbox: walls[slot], ifcClass: 'IfcWall', color: WALL_COLOR };
  if (slot === 4) return { bbox: [ox, oy, z - 0.25, ox + w, oy + d, z], ifcClass: 'IfcSlab', color: SLAB_COLOR };
  if (slot < 9) {
    const x = ox + 3 + (slot - 5) * 7;
    return { bbox: [x, oy - 0.05, z + 1, x + 1.5, oy + 0.35, z + 2.5], ifcClass: 'IfcWindow', color: WINDOW_COLOR };
  }
  const n = slot - 9;
  const x = ox + 1 + (n % 14) * 2;
  const y = oy + 1 + Math.floor(n / 14) * 2.2;
  return { bbox: [x, y, z, x + 0.8, y + 0.6, z + 0.75], ifcClass: 'IfcFurnishingElement', color: FURNITURE_COLOR };
}

/** An {@link ElementMeshSource} of `count` box elements on a campus of ten-storey buildings. */
export function createSyntheticModelSource(count: number): ElementMeshSource {
  const buildings = Math.ceil(count / (ELEMENTS_PER_STOREY * STOREYS_PER_BUILDING));
  const buildingsPerRow = Math.max(1, Math.ceil(Math.sqrt(buildings)));
  return {
    async summaries(): Promise<ElementSummary[]> {
      return Array.from({ length: count }, (_, id) => ({ id, bbox: syntheticElement(id, buildingsPerRow).bbox, vertexCount: 24 }));
    },
    async load(ids: number[]): Promise<ElementMesh[]> {
      return ids.map((id) => {
        const { bbox, ifcClass, color } = syntheticElement(id, buildingsPerRow);
        return {
          id,
          properties: { globalId: `synthetic-${id.toString(36).padStart(8, '0')}`, ifcClass, name: `${ifcClass} ${id}` },
          parts: [createBoxPart(bbox, color)],
        };
      });
    },
  };
}

/** Result of {@link benchmarkMeshTiling}. */
export interface MeshTilingBenchmark {
  report: MeshTilingReport;
  elementsPerSecond: number;
}

/** Tiles `count` synthetic elements into a byte-counting target and reports throughput. */
export async function benchmarkMeshTiling(
  count: number,
  options: Partial<TileMeshesOptions> = {},
): Promise<MeshTilingBenchmark> {
  const target: TilesetTarget = { async put() {}, async commit() { return 'bench'; }, async abort() {} };
  const report = await tileMeshes(createSyntheticModelSource(count), target, {
    // Identity georeference: ECEF itself; enough for timing.
    modelToEcef: [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1],
    metadataClass: {
      name: 'element',
      properties: { globalId: { type: 'STRING' }, ifcClass: { type: 'STRING' }, name: { type: 'STRING' } },
    },
    ...options,
  });
  return { report, elementsPerSecond: Math.round(report.elementsTiled / (report.durationMs / 1000)) };
}
