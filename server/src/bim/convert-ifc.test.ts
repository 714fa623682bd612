import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as WebIfc from 'web-ifc';
import { convertIfc } from './convert-ifc.ts';
import { resolveGeoreference } from './resolve-georeference.ts';
import type { IfcConversion } from './ifc-records.ts';

const IFC_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/data/ifc');
const MODELS: Record<string, string> = {
  'AC20-FZK-Haus.ifc': 'IFC4',
  'duplex.ifc': 'IFC2X3',
  'Office_A_20110811.ifc': 'IFC2X3',
  'IfcOpenHouse_IFC4.ifc': 'IFC4',
  'geographic-referencing-utm.ifc': 'IFC4X3_ADD2',
};
const results = new Map<string, IfcConversion>();
const timings = new Map<string, number>();

/** Per-class counts as web-ifc itself reports them, opened in this process. */
async function webIfcCounts(file: string, classes: string[]): Promise<Record<string, number>> {
  const api = new WebIfc.IfcAPI();
  api.SetWasmPath(path.dirname(createRequire(import.meta.url).resolve('web-ifc')) + path.sep, true);
  await api.Init(undefined, true);
  api.SetLogLevel(WebIfc.LogLevel.LOG_LEVEL_OFF);
  const modelId = api.OpenModel(new Uint8Array(fs.readFileSync(path.join(IFC_DIR, file))));
  const counts: Record<string, number> = {};
  for (const name of classes) counts[name] = api.GetLineIDsWithType(modelId, api.GetTypeCodeFromName(name.toUpperCase())).size();
  counts.allProducts = api.GetLineIDsWithType(modelId, WebIfc.IFCPRODUCT, true).size() + api.GetLineIDsWithType(modelId, WebIfc.IFCZONE, true).size();
  api.CloseModel(modelId);
  return counts;
}

describe('convertIfc on the sample models', () => {
  before(async () => {
    await Promise.all(
      Object.keys(MODELS).map(async (file) => {
        const started = Date.now();
        results.set(file, await convertIfc(path.join(IFC_DIR, file), { timeoutMs: 60_000 }));
        timings.set(file, Date.now() - started);
      }),
    );
  });

  for (const [file, schema] of Object.entries(MODELS)) {
    test(`${file}: schema, per-class counts equal web-ifc's, GlobalIds unique`, async () => {
      const { elements, summary } = results.get(file)!;
      assert.equal(summary.schema, schema);
      const classes = Object.keys(summary.elementsPerClass);
      const counts = await webIfcCounts(file, classes);
      for (const name of classes) assert.equal(summary.elementsPerClass[name], counts[name], `${name} in ${file}`);
      assert.equal(elements.length, counts.allProducts);
      assert.equal(summary.elementCount, elements.length);
      const globalIds = new Set(elements.map((e) => e.globalId));
      assert.equal(globalIds.size, elements.length);
      for (const id of globalIds) assert.match(id, /^[0-9A-Za-z_$]{22}$/);
      console.log(`  ${file}: ${timings.get(file)} ms, ${elements.length} elements, ${summary.meshCount} meshes, ${summary.triangleCount} triangles`);
    });

    test(`${file}: meshes have triangles and their element bbox encloses them`, () => {
      const { elements, meshes, summary } = results.get(file)!;
      assert.ok(summary.triangleCount > 0);
      assert.equal(meshes.length, summary.meshCount);
      const byId = new Map(elements.map((e) => [e.expressId, e]));
      for (const mesh of meshes) {
        assert.ok(mesh.positions instanceof Float32Array && mesh.indices instanceof Uint32Array);
        assert.equal(mesh.positions.length, mesh.normals.length);
        assert.equal(mesh.parts.reduce((n, p) => n + p.indexCount, 0), mesh.indices.length);
        const vertexCount = mesh.positions.length / 3;
        for (const index of mesh.indices) assert.ok(index < vertexCount);
        const bbox = byId.get(mesh.expressId)?.bbox;
        assert.ok(bbox, `element #${mesh.expressId} has a bbox`);
        for (let i = 0; i < mesh.positions.length; i += 3) {
          for (let axis = 0; axis < 3; axis++) {
            assert.ok(mesh.positions[i + axis] >= bbox[axis] - 1e-6 && mesh.positions[i + axis] <= bbox[axis + 3] + 1e-6);
          }
        }
      }
    });
  }

  test('AC20-FZK-Haus: a known wall, its storey, property, quantity and material', () => {
    const { elements } = results.get('AC20-FZK-Haus.ifc')!;
    // #15042= IFCWALLSTANDARDCASE('2XPyKWY018sA1ygZKgQPtU',#12,'Wand-Int-ERDG-4',...)
    const wall = elements.find((e) => e.globalId === '2XPyKWY018sA1ygZKgQPtU')!;
    assert.equal(wall.ifcClass, 'IfcWallStandardCase');
    assert.equal(wall.name, 'Wand-Int-ERDG-4');
    assert.deepEqual(wall.storey, { globalId: '2eyxpyOx95m90jmsXLOuR0', name: 'Erdgeschoss', elevation: 0 });
    assert.deepEqual(wall.spatialPath.map((p) => p.ifcClass), ['IfcProject', 'IfcSite', 'IfcBuilding', 'IfcBuildingStorey']);
    assert.equal(wall.spatialPath[1].name, 'Gelaende');
    // #15078= IFCPROPERTYSINGLEVALUE('ThermalTransmittance',$,IFCTHERMALTRANSMITTANCEMEASURE(1.5),$);
    assert.equal(wall.propertySets.Pset_WallCommon.ThermalTransmittance, 1.5);
    assert.equal(wall.propertySets.ArchiCADProperties['Geschützt'], false);
    assert.equal(wall.quantitySets.BaseQuantities.Length, 4.17);
    assert.deepEqual(wall.materials, ['Leichtbeton 102890359']);
    assert.deepEqual(wall.typeObject, { globalId: '2AEMyYvIjlsz7LRzqYHy64', name: 'Leichtbeton 102890359 240', ifcClass: 'IfcWallType' });
    const [minX, minY, minZ, maxX, maxY, maxZ] = wall.bbox!;
    assert.ok(Math.abs(maxZ - minZ - 2.5) < 1e-3, 'the 2.5 m high wall is 2.5 m high: metres, Z up');
    assert.ok(Math.abs(Math.max(maxX - minX, maxY - minY) - 4.29) < 0.02, 'its longer side is 4.29 m');
  });

  test('AC20-FZK-Haus: storeys, a space with its area and classification', () => {
    const { elements, summary } = results.get('AC20-FZK-Haus.ifc')!;
    assert.deepEqual(summary.storeys.map((s) => [s.name, s.elevation]), [['Erdgeschoss', 0], ['Dachgeschoss', 2.7]]);
    assert.ok(summary.storeys.every((s) => s.elementCount > 0));
    assert.equal(summary.lengthUnitScale, 1);
    // #21173= IFCRELASSOCIATESCLASSIFICATION(...,(#20909,...),#21169); #21169= IFCCLASSIFICATIONREFERENCE($,'000','Allgemeines',$,$,$);
    const space = elements.find((e) => e.expressId === 20909)!;
    assert.equal(space.ifcClass, 'IfcSpace');
    assert.deepEqual(space.classifications, [{ system: null, code: '000', name: 'Allgemeines' }]);
    assert.equal(space.storey?.name, 'Erdgeschoss');
    assert.ok(Math.abs(space.spaceQuantities!.netFloorArea! - 21.410325) < 1e-9);
    assert.ok(Math.abs(space.spaceQuantities!.grossVolume! - 55.18125) < 1e-9);
    assert.ok(space.bbox, 'spaces keep their geometry');
    const georeference = summary.georeferenceInput;
    assert.deepEqual(georeference.site?.refLatitude, [49, 6, 1, 566000]);
    assert.deepEqual(georeference.trueNorth, [0.766044443119, 0.642787609687]);
  });

  test('millimetre models come out in metres', () => {
    const house = results.get('IfcOpenHouse_IFC4.ifc')!;
    assert.equal(house.summary.lengthUnitScale, 0.001);
    assert.equal(house.summary.lengthUnit, 'MILLI METRE');
    const walls = house.elements.filter((e) => e.ifcClass === 'IfcWallStandardCase');
    for (const wall of walls) assert.ok(wall.bbox![5] - wall.bbox![2] < 10, 'wall heights are metres, not millimetres');
  });

  test('geographic-referencing-utm: the proxy lands at its map conversion', async () => {
    const { elements, summary } = results.get('geographic-referencing-utm.ifc')!;
    const proxy = elements.find((e) => e.ifcClass === 'IfcBuildingElementProxy')!;
    assert.deepEqual(proxy.bbox!.map((v) => Math.round(v * 1000) / 1000), [-0.5, -0.5, 0, 0.5, 0.5, 4]);
    const utm = '+proj=utm +zone=32 +ellps=GRS80 +units=m +no_defs';
    const geo = await resolveGeoreference(summary.georeferenceInput, { crsDefinition: async (epsg) => (epsg === 25832 ? utm : undefined) });
    assert.equal(geo.crs, 'EPSG:25832');
    const { default: proj4 } = await import('proj4');
    const [lon, lat] = proj4(utm, 'EPSG:4326', [458657.3, 5438232.25]);
    const [gotLon, gotLat, height] = geo.toGeographic(0, 0, 0);
    assert.ok(Math.abs(gotLon - lon) < 1e-5 && Math.abs(gotLat - lat) < 1e-5);
    assert.ok(Math.abs(height - 113.7) < 1e-9);
  });
});

describe('the reader warm-up model', () => {
  test('converts completely: spatial tree, opening cut into the wall, properties, materials, a zone', async () => {
    const file = fileURLToPath(new URL('./warm-up/warm-up.ifc', import.meta.url));
    const { elements, meshes, summary } = await convertIfc(file, { timeoutMs: 60_000 });
    assert.equal(summary.lengthUnitScale, 0.001);
    assert.deepEqual(summary.storeys.map((s) => [s.name, s.elementCount]), [['Level 1', 4]]);
    const byClass = (ifcClass: string) => elements.find((e) => e.ifcClass === ifcClass)!;
    const wall = byClass('IfcWall');
    assert.deepEqual(wall.bbox?.map((v) => Math.round(v * 1000) / 1000), [0, 0, 0, 5, 0.2, 3]);
    // A plain box has 12 triangles; the window opening adds the reveal faces.
    const wallMesh = meshes.find((m) => m.expressId === wall.expressId)!;
    assert.ok(wallMesh.indices.length / 3 > 12, `wall has ${wallMesh.indices.length / 3} triangles, no opening cut`);
    assert.equal(meshes.some((m) => m.expressId === byClass('IfcOpeningElement').expressId), false, 'openings are voids, not meshes');
    assert.deepEqual(Object.keys(wall.propertySets).sort(), ['Pset_WallCommon']);
    assert.equal(wall.quantitySets.Qto_WallBaseQuantities.Length, 5, 'lengths in metres');
    assert.deepEqual(wall.materials, ['Concrete']);
    assert.equal(byClass('IfcWindow').storey?.name, 'Level 1');
    assert.deepEqual(byClass('IfcZone').zoneSpaces, [byClass('IfcSpace').globalId]);
  });
});
