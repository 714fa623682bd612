/**
 * Builds the glTF document of one tile: a single node placed at the tile centre (y-up), one mesh
 * with a primitive per material, EXT_mesh_features on every primitive pointing `_FEATURE_ID_0` at
 * the property table, and EXT_structural_metadata holding that table and its schema (whatever
 * class the rows are of: city features or building elements).
 */
import { Document } from '@gltf-transform/core';
import { ExtMeshFeatures } from './ext-mesh-features.ts';
import { ExtStructuralMetadata } from './ext-structural-metadata.ts';
import { EXT_MESH_FEATURES } from './mesh-features.ts';
import { attachPropertyTable, type PropertyTableContent } from './property-table.ts';
import type { TileMaterial } from './tile-material.ts';

/** Vertex attribute holding the property-table row of each vertex. */
export const FEATURE_ID_ATTRIBUTE = '_FEATURE_ID_0';

/** One primitive's worth of y-up arrays, relative to the tile centre. */
export interface TilePrimitive {
  material: TileMaterial;
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
  /** Property table; row i belongs to feature id i. */
  table: PropertyTableContent;
}

/** Creates the glTF document of a tile. */
export function buildTileDocument(content: TileContent): Document {
  const document = new Document();
  document.getRoot().getAsset().generator = 'cimtwin-tiler';
  const buffer = document.createBuffer();
  const meshFeaturesExtension = document.createExtension(ExtMeshFeatures);
  // Registered now rather than when the table is attached, so extensionsUsed keeps its order.
  document.createExtension(ExtStructuralMetadata);

  const mesh = document.createMesh('tile');
  for (const part of content.primitives) {
    const material = document
      .createMaterial(part.material.name)
      .setBaseColorFactor(part.material.baseColorFactor)
      .setMetallicFactor(0)
      .setRoughnessFactor(part.material.roughness)
      .setDoubleSided(part.material.doubleSided)
      .setAlphaMode(part.material.alphaMode);
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

  attachPropertyTable(document, content.table);

  const node = document.createNode('tile').setMesh(mesh).setTranslation(content.translation);
  document.createScene('tile').addChild(node);
  document.getRoot().setDefaultScene(document.getRoot().listScenes()[0]);
  return document;
}
