/**
 * Builds the glTF document of one tile: a single node placed at the tile centre (y-up), one mesh
 * with a primitive per material, EXT_mesh_features on every primitive pointing `_FEATURE_ID_0` at
 * the feature property table, and EXT_structural_metadata holding that table and its schema.
 */
import { Document } from '@gltf-transform/core';
import { ExtMeshFeatures } from './ext-mesh-features.ts';
import { ExtStructuralMetadata } from './ext-structural-metadata.ts';
import { encodeFeatureColumns, FEATURE_CLASS, FEATURE_SCHEMA, type FeatureRecord } from './feature-metadata.ts';
import { linearColorFactor, type MaterialStyle } from './kind-materials.ts';
import { EXT_MESH_FEATURES } from './mesh-features.ts';
import { EXT_STRUCTURAL_METADATA } from './structural-metadata.ts';

/** Vertex attribute holding the property-table row of each vertex. */
export const FEATURE_ID_ATTRIBUTE = '_FEATURE_ID_0';

/** One primitive's worth of y-up arrays, relative to the tile centre. */
export interface TilePrimitive {
  style: MaterialStyle;
  positions: Float32Array;
  normals: Float32Array;
  featureIds: Float32Array;
  indices: Uint16Array | Uint32Array;
  /** Number of distinct values in `featureIds`. */
  featureCount: number;
}

/** Everything that goes into one tile's glb. */
export interface TileContent {
  /** Tile centre in glTF y-up axes: (east, up, -north). */
  translation: [number, number, number];
  primitives: TilePrimitive[];
  /** Property table rows; row i belongs to feature id i. */
  records: FeatureRecord[];
}

/** Creates the glTF document of a tile. */
export function buildTileDocument(content: TileContent): Document {
  const document = new Document();
  document.getRoot().getAsset().generator = 'cimtwin-tiler';
  const buffer = document.createBuffer();
  const meshFeaturesExtension = document.createExtension(ExtMeshFeatures);
  const metadataExtension = document.createExtension(ExtStructuralMetadata);

  const mesh = document.createMesh('tile');
  for (const part of content.primitives) {
    const material = document
      .createMaterial(part.style.name)
      .setBaseColorFactor(linearColorFactor(part.style))
      .setMetallicFactor(0)
      .setRoughnessFactor(part.style.roughness)
      .setDoubleSided(part.style.doubleSided);
    const position = document.createAccessor().setType('VEC3').setArray(part.positions).setBuffer(buffer);
    const normal = document.createAccessor().setType('VEC3').setArray(part.normals).setBuffer(buffer);
    const featureId = document.createAccessor().setType('SCALAR').setArray(part.featureIds).setBuffer(buffer);
    const indices = document.createAccessor().setType('SCALAR').setArray(part.indices).setBuffer(buffer);
    const primitive = document
      .createPrimitive()
      .setAttribute('POSITION', position)
      .setAttribute('NORMAL', normal)
      .setAttribute(FEATURE_ID_ATTRIBUTE, featureId)
      .setIndices(indices)
      .setMaterial(material);
    const meshFeatures = meshFeaturesExtension
      .createMeshFeatures()
      .addFeatureId(
        meshFeaturesExtension.createFeatureId().setFeatureCount(part.featureCount).setAttribute(0).setPropertyTable(0),
      );
    primitive.setExtension(EXT_MESH_FEATURES, meshFeatures);
    mesh.addPrimitive(primitive);
  }

  const columns = encodeFeatureColumns(content.records);
  const column = (values: Uint8Array, stringOffsets?: Uint8Array) =>
    metadataExtension.createPropertyTableProperty().setValues(values).setStringOffsets(stringOffsets ?? null, 'UINT32');
  const table = metadataExtension
    .createPropertyTable()
    .setName('features')
    .setClass(FEATURE_CLASS)
    .setCount(columns.count)
    .setProperty('id', column(columns.id))
    .setProperty('name', column(columns.name.values, columns.name.offsets))
    .setProperty('kind', column(columns.kind.values, columns.kind.offsets))
    .setProperty('height', column(columns.height));
  const metadata = metadataExtension.createStructuralMetadata().setSchema(FEATURE_SCHEMA).addPropertyTable(table);
  document.getRoot().setExtension(EXT_STRUCTURAL_METADATA, metadata);

  const node = document.createNode('tile').setMesh(mesh).setTranslation(content.translation);
  document.createScene('tile').addChild(node);
  document.getRoot().setDefaultScene(document.getRoot().listScenes()[0]);
  return document;
}
