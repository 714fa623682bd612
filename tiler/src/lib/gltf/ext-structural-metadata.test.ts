import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Document, NodeIO } from '@gltf-transform/core';
import { validateBytes } from 'gltf-validator';
import { ExtMeshFeatures } from './ext-mesh-features.ts';
import { ExtStructuralMetadata } from './ext-structural-metadata.ts';
import { encodeStrings } from './feature-metadata.ts';
import { EXT_MESH_FEATURES, type MeshFeatures } from './mesh-features.ts';
import { EXT_STRUCTURAL_METADATA, type StructuralMetadata } from './structural-metadata.ts';
import { writeGlb } from './write-glb.ts';

const io = new NodeIO().registerExtensions([ExtMeshFeatures, ExtStructuralMetadata]);

/** A quad: 64 bytes of interleaved vertices and 12 of indices, so extension data would start 4 bytes off. */
function createTriangleDocument(): Document {
  const document = new Document();
  const buffer = document.createBuffer();
  const meshFeatures = document.createExtension(ExtMeshFeatures);
  const metadata = document.createExtension(ExtStructuralMetadata);
  const primitive = document
    .createPrimitive()
    .setAttribute('POSITION', document.createAccessor().setType('VEC3').setArray(new Float32Array([0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0])).setBuffer(buffer))
    .setAttribute('_FEATURE_ID_0', document.createAccessor().setType('SCALAR').setArray(new Float32Array([0, 0, 1, 1])).setBuffer(buffer))
    .setIndices(document.createAccessor().setType('SCALAR').setArray(new Uint16Array([0, 1, 2, 0, 2, 3])).setBuffer(buffer));
  primitive.setExtension(
    EXT_MESH_FEATURES,
    meshFeatures.createMeshFeatures().addFeatureId(meshFeatures.createFeatureId().setFeatureCount(2).setAttribute(0).setPropertyTable(0)),
  );
  document.createScene().addChild(document.createNode().setMesh(document.createMesh().addPrimitive(primitive)));
  const names = encodeStrings(['Ä', 'tower']);
  const table = metadata
    .createPropertyTable()
    .setClass('thing')
    .setCount(2)
    .setProperty('code', metadata.createPropertyTableProperty().setValues(new Uint8Array(new Uint32Array([7, 4000000000]).buffer)))
    .setProperty('label', metadata.createPropertyTableProperty().setValues(names.values).setStringOffsets(names.offsets, 'UINT32'));
  document.getRoot().setExtension(
    EXT_STRUCTURAL_METADATA,
    metadata
      .createStructuralMetadata()
      .setSchema({ id: 'test', classes: { thing: { properties: { code: { type: 'SCALAR', componentType: 'UINT32' }, label: { type: 'STRING' } } } } })
      .addPropertyTable(table),
  );
  return document;
}

describe('EXT_structural_metadata and EXT_mesh_features', () => {
  it('writes 8-byte aligned property table views and chunks, and reads them back', async () => {
    const glb = await writeGlb(io, createTriangleDocument());
    const view = new DataView(glb.buffer, glb.byteOffset, glb.byteLength);
    const jsonLength = view.getUint32(12, true);
    assert.equal(jsonLength % 8, 0);
    assert.equal(view.getUint32(20 + jsonLength, true) % 8, 0);
    const json = JSON.parse(new TextDecoder().decode(glb.subarray(20, 20 + jsonLength)));
    assert.deepEqual(json.extensionsUsed, [EXT_MESH_FEATURES, EXT_STRUCTURAL_METADATA]);
    assert.equal(json.extensionsRequired, undefined);
    const table = json.extensions[EXT_STRUCTURAL_METADATA].propertyTables[0];
    assert.deepEqual(table, {
      class: 'thing',
      count: 2,
      properties: { code: { values: 2 }, label: { values: 3, stringOffsets: 4, stringOffsetType: 'UINT32' } },
    });
    assert.equal(json.bufferViews[1].byteOffset + json.bufferViews[1].byteLength, 76); // unaligned end of indices
    for (const index of [2, 3, 4]) assert.equal(json.bufferViews[index].byteOffset % 8, 0, `bufferView ${index}`);
    assert.equal(json.bufferViews[3].byteLength, 7); // "Ä" is two UTF-8 bytes, "tower" five
    assert.deepEqual(json.meshes[0].primitives[0].extensions, {
      [EXT_MESH_FEATURES]: { featureIds: [{ featureCount: 2, attribute: 0, propertyTable: 0 }] },
    });

    const report = await validateBytes(glb);
    assert.equal(report.issues.numErrors, 0, JSON.stringify(report.issues.messages));
    assert.equal(report.issues.numWarnings, 0, JSON.stringify(report.issues.messages));

    const read = await io.readBinary(glb);
    const metadata = read.getRoot().getExtension<StructuralMetadata>(EXT_STRUCTURAL_METADATA)!;
    const readTable = metadata.listPropertyTables()[0];
    const code = readTable.getProperty('code')!.getValues();
    assert.deepEqual(Array.from(new Uint32Array(code.slice().buffer, 0, 2)), [7, 4000000000]);
    const label = readTable.getProperty('label')!;
    assert.equal(new TextDecoder().decode(label.getValues()), 'Ätower');
    assert.deepEqual(Array.from(new Uint32Array(label.getStringOffsets()!.slice().buffer)), [0, 2, 7]);
    const features = read.getRoot().listMeshes()[0].listPrimitives()[0].getExtension<MeshFeatures>(EXT_MESH_FEATURES)!;
    assert.equal(features.listFeatureIds()[0].getFeatureCount(), 2);
    assert.equal(features.listFeatureIds()[0].getPropertyTable(), 0);
  });
});
