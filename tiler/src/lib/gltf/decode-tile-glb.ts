/**
 * Reads a tile glb written by the tiler back into plain arrays, through glTF-Transform and the
 * two metadata extensions: positions and normals in the tileset's z-up frame (node translation
 * applied, y-up undone) and the property table decoded into rows by its schema class, whichever
 * class that is. Tests use it to check what was written; it also serves tools that inspect tiles.
 */
import { NodeIO } from '@gltf-transform/core';
import { ExtMeshFeatures } from './ext-mesh-features.ts';
import { ExtStructuralMetadata } from './ext-structural-metadata.ts';
import { FEATURE_ID_ATTRIBUTE } from './build-tile-document.ts';
import { EXT_MESH_FEATURES, type MeshFeatures } from './mesh-features.ts';
import {
  EXT_STRUCTURAL_METADATA,
  type MetadataClassProperty,
  type MetadataSchema,
  type PropertyTable,
  type StructuralMetadata,
} from './structural-metadata.ts';

/** One decoded primitive, z-up, in the tileset frame. */
export interface DecodedPrimitive {
  material: string;
  baseColor: number[];
  alphaMode: string;
  doubleSided: boolean;
  positions: Float64Array;
  normals: Float32Array;
  featureIds: Float32Array;
  indices: Uint32Array;
  /** `featureCount` declared in EXT_mesh_features. */
  featureCount: number;
}

/** One row of the property table: every column of the class, `id` among them. */
export interface DecodedFeatureRow {
  id: number;
  [property: string]: string | number | boolean;
}

/** A decoded tile. */
export interface DecodedTile {
  primitives: DecodedPrimitive[];
  rows: DecodedFeatureRow[];
  /** Class id of the property table, '' when the tile has none. */
  className: string;
}

/** Decodes a tile glb. */
export async function decodeTileGlb(glb: Uint8Array): Promise<DecodedTile> {
  const io = new NodeIO().registerExtensions([ExtMeshFeatures, ExtStructuralMetadata]);
  const document = await io.readBinary(glb);
  const node = document.getRoot().listNodes()[0];
  const [tx, ty, tz] = node.getTranslation();
  const primitives = node.getMesh()!.listPrimitives().map((primitive): DecodedPrimitive => {
    const position = primitive.getAttribute('POSITION')!.getArray()!;
    const normal = primitive.getAttribute('NORMAL')!.getArray()!;
    const count = position.length / 3;
    const positions = new Float64Array(count * 3);
    const normals = new Float32Array(count * 3);
    for (let v = 0; v < count; v++) {
      // glTF y-up (x, y, z) is tileset z-up (x, -z, y).
      positions[v * 3] = position[v * 3] + tx;
      positions[v * 3 + 1] = -(position[v * 3 + 2] + tz);
      positions[v * 3 + 2] = position[v * 3 + 1] + ty;
      normals[v * 3] = normal[v * 3];
      normals[v * 3 + 1] = -normal[v * 3 + 2];
      normals[v * 3 + 2] = normal[v * 3 + 1];
    }
    const meshFeatures = primitive.getExtension<MeshFeatures>(EXT_MESH_FEATURES);
    return {
      material: primitive.getMaterial()?.getName() ?? '',
      baseColor: primitive.getMaterial()?.getBaseColorFactor() ?? [1, 1, 1, 1],
      alphaMode: primitive.getMaterial()?.getAlphaMode() ?? 'OPAQUE',
      doubleSided: primitive.getMaterial()?.getDoubleSided() ?? false,
      positions,
      normals,
      featureIds: Float32Array.from(primitive.getAttribute(FEATURE_ID_ATTRIBUTE)!.getArray()!),
      indices: Uint32Array.from(primitive.getIndices()!.getArray()!),
      featureCount: meshFeatures?.listFeatureIds()[0]?.getFeatureCount() ?? 0,
    };
  });
  const metadata = document.getRoot().getExtension<StructuralMetadata>(EXT_STRUCTURAL_METADATA);
  const table = metadata?.listPropertyTables()[0];
  const schema = metadata?.getSchema();
  return {
    primitives,
    rows: table && schema ? decodeRows(table, schema) : [],
    className: table?.getClass() ?? '',
  };
}

const SCALAR_ARRAYS: Record<string, { new (buffer: ArrayBuffer): ArrayLike<number>; BYTES_PER_ELEMENT: number }> = {
  INT8: Int8Array,
  UINT8: Uint8Array,
  INT16: Int16Array,
  UINT16: Uint16Array,
  INT32: Int32Array,
  UINT32: Uint32Array,
  FLOAT32: Float32Array,
  FLOAT64: Float64Array,
};

function decodeRows(table: PropertyTable, schema: MetadataSchema): DecodedFeatureRow[] {
  const count = table.getCount();
  const rows = Array.from({ length: count }, () => ({}) as DecodedFeatureRow);
  const properties = schema.classes?.[table.getClass()]?.properties ?? {};
  for (const id of table.listPropertyIds()) {
    const definition = properties[id];
    if (!definition) continue;
    const values = decodeColumn(table, id, definition, count);
    values.forEach((value, row) => (rows[row][id] = value));
  }
  return rows;
}

function decodeColumn(table: PropertyTable, id: string, definition: MetadataClassProperty, count: number): Array<string | number | boolean> {
  const property = table.getProperty(id)!;
  const bytes = property.getValues();
  if (definition.type === 'STRING') {
    const offsets = new Uint32Array(property.getStringOffsets()!.slice().buffer);
    const decoder = new TextDecoder();
    return Array.from({ length: count }, (_, i) => decoder.decode(bytes.subarray(offsets[i], offsets[i + 1])));
  }
  if (definition.type === 'BOOLEAN') {
    return Array.from({ length: count }, (_, i) => ((bytes[i >> 3] >> (i & 7)) & 1) === 1);
  }
  const ArrayType = SCALAR_ARRAYS[definition.componentType ?? ''];
  if (definition.type !== 'SCALAR' || !ArrayType) throw new Error(`decode-tile-glb: cannot decode property "${id}"`);
  return Array.from(new ArrayType(bytes.slice(0, count * ArrayType.BYTES_PER_ELEMENT).buffer));
}
