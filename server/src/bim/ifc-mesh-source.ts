import type { ElementMesh, ElementMeshSource, ElementSummary } from '@cimtwin/tiler';
import type { IfcElementRecord } from './ifc-records.ts';
import type { ElementMeshStore } from './mesh-spill-file.ts';

/** What tiling needs of an element record. */
export type TiledElement = Pick<IfcElementRecord, 'expressId' | 'globalId' | 'ifcClass' | 'name' | 'storey' | 'bbox'>;

/** The part of a record kept for tiling once the full record is stored. */
export function tiledElement(element: IfcElementRecord): TiledElement {
  const { expressId, globalId, ifcClass, name, storey, bbox } = element;
  return { expressId, globalId, ifcClass, name, storey, bbox };
}

/** Columns of the BIM tile metadata besides `id` (the element row id). */
export const BIM_METADATA_CLASS = {
  name: 'element',
  properties: {
    globalId: { type: 'STRING', description: 'IFC GlobalId' },
    ifcClass: { type: 'STRING', description: 'IFC entity, e.g. IfcWall' },
    name: { type: 'STRING', description: 'element name' },
    storey: { type: 'STRING', description: 'name of the containing storey' },
  },
} as const;

/**
 * The tiler's view of one converted model: its elements' meshes (in memory or spilled to disk),
 * keyed by the database row ids the elements were stored under, with the element metadata.
 * Elements `include` leaves out (spaces go into a tileset of their own) and elements without
 * geometry are not tiled.
 */
export function createIfcMeshSource(
  elements: TiledElement[],
  meshes: ElementMeshStore,
  rowIdByExpressId: Map<number, number>,
  include: (element: TiledElement) => boolean,
): ElementMeshSource {
  const byRowId = new Map<number, TiledElement>();
  for (const element of elements) {
    const rowId = rowIdByExpressId.get(element.expressId);
    if (rowId === undefined || !element.bbox || !include(element) || meshes.vertexCount(element.expressId) === undefined) continue;
    byRowId.set(rowId, element);
  }
  return {
    async summaries(): Promise<ElementSummary[]> {
      return [...byRowId].map(([id, element]) => ({ id, bbox: element.bbox!, vertexCount: meshes.vertexCount(element.expressId)! }));
    },
    async load(ids: number[]): Promise<ElementMesh[]> {
      const wanted = ids.filter((id) => byRowId.has(id));
      const loaded = await meshes.read(wanted.map((id) => byRowId.get(id)!.expressId));
      const out: ElementMesh[] = [];
      for (const id of wanted) {
        const element = byRowId.get(id)!;
        const mesh = loaded.get(element.expressId);
        if (!mesh) continue;
        out.push({
          id,
          properties: { globalId: element.globalId, ifcClass: element.ifcClass, name: element.name, storey: element.storey?.name ?? null },
          parts: mesh.parts.map((part) => {
            const indices = mesh.indices.subarray(part.indexStart, part.indexStart + part.indexCount);
            if (mesh.parts.length === 1) return { positions: mesh.positions, normals: mesh.normals, indices, color: part.color };
            return { ...compactPart(mesh.positions, mesh.normals, indices), color: part.color };
          }),
        });
      }
      return out;
    },
  };
}

/** The vertices one coloured part uses, renumbered, so parts of one mesh do not each carry all of them. */
function compactPart(positions: Float32Array, normals: Float32Array, indices: Uint32Array): { positions: Float32Array; normals: Float32Array; indices: Uint32Array } {
  const remap = new Map<number, number>();
  const out = new Uint32Array(indices.length);
  for (let i = 0; i < indices.length; i++) {
    let index = remap.get(indices[i]);
    if (index === undefined) {
      index = remap.size;
      remap.set(indices[i], index);
    }
    out[i] = index;
  }
  const p = new Float32Array(remap.size * 3);
  const n = new Float32Array(remap.size * 3);
  for (const [from, to] of remap) {
    p.set(positions.subarray(from * 3, from * 3 + 3), to * 3);
    n.set(normals.subarray(from * 3, from * 3 + 3), to * 3);
  }
  return { positions: p, normals: n, indices: out };
}
