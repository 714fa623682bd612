import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compoundPlaneAngleToDegrees } from './compound-plane-angle.ts';
import { convertIfc } from './convert-ifc.ts';
import type { IfcConversion, IfcElementRecord } from './ifc-records.ts';

/** A small IFC4 model without geometry that exercises the relationship readers. */
const MODEL = `ISO-10303-21;
HEADER;
FILE_DESCRIPTION(('ViewDefinition [ReferenceView]'),'2;1');
FILE_NAME('relations.ifc','2024-01-01T00:00:00',(''),(''),'','','');
FILE_SCHEMA(('IFC4'));
ENDSEC;
DATA;
#1=IFCPROJECT('0000000000000000000001',$,'P',$,$,$,$,$,#2);
#2=IFCUNITASSIGNMENT((#3,#4));
#3=IFCSIUNIT(*,.LENGTHUNIT.,.MILLI.,.METRE.);
#4=IFCSIUNIT(*,.AREAUNIT.,$,.SQUARE_METRE.);
#10=IFCSITE('0000000000000000000010',$,'Site',$,$,$,$,$,.ELEMENT.,(51,30,0,0),(-0,-7,-30,0),12000.,$,$);
#11=IFCBUILDING('0000000000000000000011',$,'House',$,$,$,$,$,.ELEMENT.,$,$,$);
#12=IFCBUILDINGSTOREY('0000000000000000000012',$,'First',$,$,$,$,$,.ELEMENT.,3000.);
#13=IFCSPACE('0000000000000000000013',$,'Kitchen',$,$,$,$,$,.ELEMENT.,.INTERNAL.,$);
#14=IFCZONE('0000000000000000000014',$,'Fire zone',$,$,$);
#20=IFCRELAGGREGATES('0000000000000000000020',$,$,$,#1,(#10));
#21=IFCRELAGGREGATES('0000000000000000000021',$,$,$,#10,(#11));
#22=IFCRELAGGREGATES('0000000000000000000022',$,$,$,#11,(#12));
#23=IFCRELAGGREGATES('0000000000000000000023',$,$,$,#12,(#13));
#24=IFCRELASSIGNSTOGROUP('0000000000000000000024',$,$,$,(#13),$,#14);
#30=IFCWALL('0000000000000000000030',$,'Wall A','Load bearing','Brick wall',$,$,$,.NOTDEFINED.);
#31=IFCWALLTYPE('0000000000000000000031',$,'Brick 240',$,$,(#40),$,$,$,.SOLIDWALL.);
#32=IFCRELDEFINESBYTYPE('0000000000000000000032',$,$,$,(#30),#31);
#33=IFCRELCONTAINEDINSPATIALSTRUCTURE('0000000000000000000033',$,$,$,(#30),#13);
#40=IFCPROPERTYSET('0000000000000000000040',$,'Pset_WallCommon',$,(#41,#42));
#41=IFCPROPERTYSINGLEVALUE('IsExternal',$,IFCBOOLEAN(.T.),$);
#42=IFCPROPERTYSINGLEVALUE('FireRating',$,IFCLABEL('F30'),$);
#50=IFCPROPERTYSET('0000000000000000000050',$,'Pset_WallCommon',$,(#51,#52,#53,#54,#55));
#51=IFCPROPERTYSINGLEVALUE('FireRating',$,IFCLABEL('F90'),$);
#52=IFCPROPERTYENUMERATEDVALUE('Status',$,(IFCLABEL('NEW')),$);
#53=IFCPROPERTYLISTVALUE('Layers',$,(IFCLABEL('brick'),IFCLABEL('plaster')),$);
#54=IFCPROPERTYBOUNDEDVALUE('Temperature',$,IFCREAL(30.),IFCREAL(-10.),$,IFCREAL(20.));
#55=IFCPROPERTYTABLEVALUE('Curve',$,(IFCREAL(1.),IFCREAL(2.)),(IFCREAL(10.),IFCREAL(20.)),$,$,$,$);
#56=IFCRELDEFINESBYPROPERTIES('0000000000000000000056',$,$,$,(#30),#50);
#60=IFCELEMENTQUANTITY('0000000000000000000060',$,'Qto_WallBaseQuantities',$,$,(#61));
#61=IFCQUANTITYLENGTH('Length',$,$,4000.,$);
#62=IFCRELDEFINESBYPROPERTIES('0000000000000000000062',$,$,$,(#30),#60);
#63=IFCELEMENTQUANTITY('0000000000000000000063',$,'Qto_SpaceBaseQuantities',$,$,(#64));
#64=IFCQUANTITYAREA('NetFloorArea',$,$,12.5,$);
#65=IFCRELDEFINESBYPROPERTIES('0000000000000000000065',$,$,$,(#13),#63);
#70=IFCMATERIAL('Brick',$,$);
#71=IFCMATERIAL('Plaster',$,$);
#72=IFCMATERIALLAYER(#70,240.,$,$,$,$,$);
#73=IFCMATERIALLAYER(#71,15.,$,$,$,$,$);
#74=IFCMATERIALLAYERSET((#72,#73),'Brick wall',$);
#75=IFCMATERIALLAYERSETUSAGE(#74,.AXIS2.,.POSITIVE.,0.,$);
#76=IFCRELASSOCIATESMATERIAL('0000000000000000000076',$,$,$,(#30),#75);
#77=IFCMATERIAL('Mortar',$,$);
#78=IFCRELASSOCIATESMATERIAL('0000000000000000000078',$,$,$,(#31),#77);
#80=IFCCLASSIFICATION($,'2015',$,'Uniclass',$,$,$);
#81=IFCCLASSIFICATIONREFERENCE($,'EF_25_10',$,#80,$,$);
#82=IFCCLASSIFICATIONREFERENCE($,'EF_25_10_25','Walls',#81,$,$);
#83=IFCRELASSOCIATESCLASSIFICATION('0000000000000000000083',$,$,$,(#31),#82);
ENDSEC;
END-ISO-10303-21;
`;

let dir = '';
let conversion: IfcConversion;
const element = (globalId: string): IfcElementRecord => conversion.elements.find((e) => e.globalId === globalId.padStart(22, '0'))!;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ifc-relations-'));
  const file = path.join(dir, 'relations.ifc');
  fs.writeFileSync(file, MODEL);
  conversion = await convertIfc(file, { timeoutMs: 30_000 });
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

test('a wall: type, spatial path through the space, storey elevation in metres', () => {
  const wall = element('30');
  assert.equal(wall.ifcClass, 'IfcWall');
  assert.equal(wall.predefinedType, 'SOLIDWALL', 'NOTDEFINED falls back to the type');
  assert.deepEqual([wall.name, wall.description, wall.objectType], ['Wall A', 'Load bearing', 'Brick wall']);
  assert.deepEqual(wall.typeObject, { globalId: '0000000000000000000031', name: 'Brick 240', ifcClass: 'IfcWallType' });
  assert.deepEqual(wall.spatialPath.map((p) => p.name), ['P', 'Site', 'House', 'First', 'Kitchen']);
  assert.deepEqual(wall.storey, { globalId: '0000000000000000000012', name: 'First', elevation: 3 });
  assert.equal(wall.bbox, null);
});

test('property sets: type merged, occurrence overriding, every value kind', () => {
  const pset = element('30').propertySets.Pset_WallCommon;
  assert.equal(pset.IsExternal, true, 'from the type');
  assert.equal(pset.FireRating, 'F90', 'the occurrence overrides the type');
  assert.equal(pset.Status, 'NEW');
  assert.deepEqual(pset.Layers, ['brick', 'plaster']);
  assert.deepEqual(pset.Temperature, { lower: -10, upper: 30, set: 20 });
  assert.deepEqual(pset.Curve, { defining: [1, 2], defined: [10, 20] });
  assert.deepEqual(element('30').typePropertySets, ['Pset_WallCommon']);
});

test('quantities in SI, materials of layers and type, nested classification', () => {
  const wall = element('30');
  assert.deepEqual(wall.quantitySets, { Qto_WallBaseQuantities: { Length: 4 } });
  assert.deepEqual(wall.materials, ['Brick', 'Plaster', 'Mortar']);
  assert.deepEqual(wall.classifications, [{ system: 'Uniclass', code: 'EF_25_10_25', name: 'Walls' }]);
});

test('spaces carry their area and zones their spaces', () => {
  const space = element('13');
  assert.deepEqual(space.spaceQuantities, { netFloorArea: 12.5 });
  assert.equal(space.storey?.name, 'First');
  assert.deepEqual(space.spatialPath.map((p) => p.ifcClass), ['IfcProject', 'IfcSite', 'IfcBuilding', 'IfcBuildingStorey']);
  assert.deepEqual(element('14').zoneSpaces, ['0000000000000000000013']);
  assert.equal(element('14').ifcClass, 'IfcZone');
});

test('summary: units, storeys, site reference', () => {
  const { summary } = conversion;
  assert.equal(summary.lengthUnitScale, 0.001);
  assert.deepEqual(summary.storeys, [{ globalId: '0000000000000000000012', name: 'First', elevation: 3, elementCount: 2 }]);
  assert.deepEqual(summary.elementsPerClass, { IfcSite: 1, IfcBuilding: 1, IfcBuildingStorey: 1, IfcSpace: 1, IfcZone: 1, IfcWall: 1 });
  // -0 degrees reads back as 0: the sign lives in the minutes, which compoundPlaneAngleToDegrees honours.
  assert.deepEqual(summary.georeferenceInput.site, { refLatitude: [51, 30, 0, 0], refLongitude: [0, -7, -30, 0], refElevation: 12000 });
  assert.equal(compoundPlaneAngleToDegrees(summary.georeferenceInput.site!.refLongitude!), -0.125);
  assert.equal(summary.triangleCount, 0);
});
