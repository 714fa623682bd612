import type { ElementMesh, ElementMeshSource, ElementSummary } from '@cimtwin/tiler';
import type { IfcConversion, IfcElementRecord } from './ifc-records.ts';

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
 * The tiler's view of one converted model: element meshes from the conversion, keyed by the
 * database row ids the elements were stored under. IfcSpace and IfcZone are left out (spaces
 * go into a tileset of their own, hidden by default).
 */
export function createIfcMeshSource(
  conversion: IfcConversion,
  rowIdByExpressId: Map<number, number>,
  include: (element: IfcElementRecord) => boolean,
): ElementMeshSource {
  const elementByExpressId = new Map(conversion.elements.map((e) => [e.expressId, e]));
  const meshByRowId = new Map<number, { element: IfcElementRecord; mesh: IfcConversion['meshes'][number] }>();
  for (const mesh of conversion.meshes) {
    const element = elementByExpressId.get(mesh.expressId);
    const rowId = rowIdByExpressId.get(mesh.expressId);
    if (!element || rowId === undefined || !include(element)) continue;
    meshByRowId.set(rowId, { element, mesh });
  }
  return {
    async summaries(): Promise<ElementSummary[]> {
      const out: ElementSummary[] = [];
      for (const [id, { element, mesh }] of meshByRowId) {
        if (!element.bbox) continue;
        out.push({ id, bbox: element.bbox, vertexCount: mesh.positions.length / 3 });
      }
      return out;
    },
    async load(ids: number[]): Promise<ElementMesh[]> {
      const out: ElementMesh[] = [];
      for (const id of ids) {
        const entry = meshByRowId.get(id);
        if (!entry) continue;
        const { element, mesh } = entry;
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
