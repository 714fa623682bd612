/**
 * Streams element meshes out of web-ifc in chunks of elements. web-ifc's StreamAllMeshes would
 * produce every mesh in one synchronous call, leaving the caller no chance to wait for the IPC
 * channel to drain; StreamMeshes on chunks of express ids (the same engine underneath) lets the
 * worker await between chunks, so memory stays bounded by one chunk. Like StreamAllMeshes,
 * openings are skipped (they are voids, not things); IfcSpace meshes are kept for room picking.
 */
import type { IfcAPI } from 'web-ifc';
import type { IfcElementMesh, IfcMeshPart } from '../ifc-records.ts';
import { extendBounds, transformPlacedGeometry } from './transform-placed-geometry.ts';
import type { BoundingBox } from './read-elements.ts';

/** Classes without meshes of their own. */
const SKIPPED_CLASSES = new Set(['IFCOPENINGELEMENT', 'IFCOPENINGSTANDARDCASE', 'IFCVOIDINGFEATURE']);

/** Picks the ids whose geometry should be streamed. */
export function meshCandidates(api: IfcAPI, modelId: number, elementIds: number[]): number[] {
  return elementIds.filter((id) => !SKIPPED_CLASSES.has(api.GetNameFromTypeCode(api.GetLineType(modelId, id)).toUpperCase()));
}

/** Builds the meshes of `ids` (one chunk) and hands each to `onMesh` with its bounds. */
export function streamElementMeshes(
  api: IfcAPI,
  modelId: number,
  ids: number[],
  globalIds: Map<number, string>,
  onMesh: (mesh: IfcElementMesh, bounds: BoundingBox) => void,
): void {
  api.StreamMeshes(modelId, ids, (flatMesh) => {
    const placed = flatMesh.geometries;
    const pieces: Array<{ positions: Float32Array; normals: Float32Array; indices: Uint32Array; color: IfcMeshPart['color'] }> = [];
    for (let g = 0; g < placed.size(); g++) {
      const placedGeometry = placed.get(g);
      const geometry = api.GetGeometry(modelId, placedGeometry.geometryExpressID);
      try {
        const vertices = api.GetVertexArray(geometry.GetVertexData(), geometry.GetVertexDataSize());
        const indices = api.GetIndexArray(geometry.GetIndexData(), geometry.GetIndexDataSize());
        if (vertices.length === 0 || indices.length === 0) continue;
        const { x, y, z, w } = placedGeometry.color;
        pieces.push({ ...transformPlacedGeometry(vertices, indices, placedGeometry.flatTransformation), color: [x, y, z, w] });
      } finally {
        geometry.delete();
      }
    }
    if (pieces.length === 0) return;
    const vertexCount = pieces.reduce((sum, p) => sum + p.positions.length, 0);
    const indexCount = pieces.reduce((sum, p) => sum + p.indices.length, 0);
    const mesh: IfcElementMesh = {
      expressId: flatMesh.expressID,
      globalId: globalIds.get(flatMesh.expressID) ?? null,
      positions: new Float32Array(vertexCount),
      normals: new Float32Array(vertexCount),
      indices: new Uint32Array(indexCount),
      parts: [],
    };
    let vertexOffset = 0;
    let indexOffset = 0;
    for (const piece of pieces) {
      mesh.positions.set(piece.positions, vertexOffset);
      mesh.normals.set(piece.normals, vertexOffset);
      const base = vertexOffset / 3;
      for (let i = 0; i < piece.indices.length; i++) mesh.indices[indexOffset + i] = piece.indices[i] + base;
      mesh.parts.push({ indexStart: indexOffset, indexCount: piece.indices.length, color: piece.color });
      vertexOffset += piece.positions.length;
      indexOffset += piece.indices.length;
    }
    const bounds: BoundingBox = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
    extendBounds(bounds, mesh.positions);
    onMesh(mesh, bounds);
  });
}
