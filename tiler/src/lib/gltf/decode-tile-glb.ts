/**
 * Reads a tile glb written by the tiler back into plain arrays, through glTF-Transform and the
 * two metadata extensions: positions and normals in the tileset's z-up ENU frame (node
 * translation applied, y-up undone) and the feature property table decoded into rows. Tests
 * use it to check what was written; it also serves tools that inspect tiles.
 */
import { NodeIO } from '@gltf-transform/core';
import { ExtMeshFeatures } from './ext-mesh-features.ts';
import { ExtStructuralMetadata } from './ext-structural-metadata.ts';
import { FEATURE_ID_ATTRIBUTE } from './build-tile-document.ts';
import { EXT_MESH_FEATURES, type MeshFeatures } from './mesh-features.ts';
import { EXT_STRUCTURAL_METADATA, type PropertyTable, type StructuralMetadata } from './structural-metadata.ts';

/** One decoded primitive, z-up, in the tileset frame. */
export interface DecodedPrimitive {
  material: string;
  baseColor: number[];
  positions: Float64Array;
  normals: Float32Array;
  featureIds: Float32Array;
  indices: Uint32Array;
  /** `featureCount` declared in EXT_mesh_features. */
  featureCount: number;
}

/** One row of the feature property table. */
export interface DecodedFeatureRow {
  id: number;
  name: string;
  kind: string;
  height: number;
}

/** A decoded tile. */
export interface DecodedTile {
  primitives: DecodedPrimitive[];
  rows: DecodedFeatureRow[];
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
      positions,
      normals,
      featureIds: Float32Array.from(primitive.getAttribute(FEATURE_ID_ATTRIBUTE)!.getArray()!),
      indices: Uint32Array.from(primitive.getIndices()!.getArray()!),
      featureCount: meshFeatures?.listFeatureIds()[0]?.getFeatureCount() ?? 0,
    };
  });
  const metadata = document.getRoot().getExtension<StructuralMetadata>(EXT_STRUCTURAL_METADATA);
  const table = metadata?.listPropertyTables()[0];
  return { primitives, rows: table ? decodeRows(table) : [] };
}

function decodeRows(table: PropertyTable): DecodedFeatureRow[] {
  const count = table.getCount();
  const numbers = <T extends Uint32Array | Float32Array>(id: string, Type: { new (buffer: ArrayBuffer): T }): T => {
    return new Type(table.getProperty(id)!.getValues().slice(0, count * 4).buffer);
  };
  const strings = (id: string): string[] => {
    const property = table.getProperty(id)!;
    const bytes = property.getValues();
    const offsets = new Uint32Array(property.getStringOffsets()!.slice().buffer);
    const decoder = new TextDecoder();
    return Array.from({ length: count }, (_, i) => decoder.decode(bytes.subarray(offsets[i], offsets[i + 1])));
  };
  const ids = numbers('id', Uint32Array);
  const heights = numbers('height', Float32Array);
  const names = strings('name');
  const kinds = strings('kind');
  return Array.from({ length: count }, (_, i) => ({ id: ids[i], name: names[i], kind: kinds[i], height: heights[i] }));
}
