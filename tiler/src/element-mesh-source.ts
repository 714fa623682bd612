/**
 * The input contract of {@link tileMeshes}: building models (IFC read by web-ifc elsewhere) as
 * per-element triangle meshes. Like a `FeatureSource`, an {@link ElementMeshSource} hands out
 * cheap summaries first and geometry only for the few elements of one tile at a time, so a large
 * model never has to sit in memory.
 */

/** Axis-aligned box in the model frame: minX, minY, minZ, maxX, maxY, maxZ (metres, z up). */
export type ModelBox = [number, number, number, number, number, number];

/** Summary of one element for the spatial index. bbox in the model frame (metres, z up). */
export interface ElementSummary {
  /** Database row id, the same as {@link ElementMesh.id}. */
  id: number;
  bbox: ModelBox;
  /** Number of mesh vertices over all parts; used to keep tiles within their vertex budget. */
  vertexCount: number;
}

/** One coloured piece of an element's geometry. */
export interface ElementMeshPart {
  /** x, y, z per vertex, model frame metres, z up. */
  positions: Float32Array;
  /** Unit normal per vertex; computed from the triangles when left out. */
  normals?: Float32Array;
  /** Three vertex indices per triangle. */
  indices: Uint32Array;
  /** Linear RGBA, 0..1; alpha below 1 is drawn transparent. */
  color: [number, number, number, number];
}

/** A value of a metadata column. */
export type ElementPropertyValue = string | number | boolean | null;

/** One element's geometry: one or more parts, each with its own colour. */
export interface ElementMesh {
  /** Database row id of the element; becomes its metadata `id` (UINT32). */
  id: number;
  /** Values of the metadata class columns, e.g. globalId, ifcClass, name, storey; missing is no data. */
  properties: Record<string, ElementPropertyValue | undefined>;
  parts: ElementMeshPart[];
}

/** Where {@link tileMeshes} reads elements from. */
export interface ElementMeshSource {
  /** Summaries of every element to tile. */
  summaries(): Promise<ElementSummary[]>;
  /** Meshes of the given elements; ids that no longer exist may be left out. */
  load(ids: number[]): Promise<ElementMesh[]>;
}
