import { test } from 'node:test';
import assert from 'node:assert/strict';
import { idsVersionOfModelSchema, ifcSchemaInfo } from './ifc-schema-info.ts';
import { dataTypeBase, isDataTypeOf } from './ids-data-types.ts';

test('entities, attributes and inheritance come from web-ifc (pinned facts)', () => {
  const ifc4 = ifcSchemaInfo('IFC4');
  const wall = ifc4.entity('IFCWALL');
  assert.equal(wall?.name, 'IfcWall');
  assert.equal(wall?.parent, 'IFCBUILDINGELEMENT');
  assert.deepEqual(wall?.attributes.map((a) => a.name), [
    'GlobalId', 'OwnerHistory', 'Name', 'Description', 'ObjectType', 'ObjectPlacement', 'Representation', 'Tag', 'PredefinedType',
  ]);
  assert.ok(ifc4.isSubtypeOf('IFCWALLSTANDARDCASE', 'IFCWALL'));
  assert.ok(!ifc4.isSubtypeOf('IFCWALL', 'IFCWALLSTANDARDCASE'));
  assert.deepEqual(ifc4.attribute('IFCSURFACESTYLEREFRACTION', 'RefractionIndex'), { name: 'RefractionIndex', kind: 'value', definedType: 'IFCREAL' });
  assert.equal(ifc4.attribute('IFCTASK', 'TaskTime')?.kind, 'reference');
  assert.equal(ifc4.attribute('IFCCARTESIANPOINT', 'Coordinates')?.kind, 'aggregate');
  assert.equal(ifc4.attribute('IFCSURFACESTYLERENDERING', 'ReflectanceMethod')?.kind, 'enumeration');
  assert.equal(ifc4.attribute('IFCCARTESIANPOINT', 'Dim'), undefined);
  assert.equal(ifcSchemaInfo('IFC2X3').attribute('IFCWALL', 'PredefinedType'), undefined);
  assert.ok(ifcSchemaInfo('IFC4X3_ADD2').entity('IFCALIGNMENT'));
});

test('predefined types and enumerations', () => {
  assert.equal(ifcSchemaInfo('IFC4').predefinedTypeValues('IFCWALL'), 'any');
  assert.equal(ifcSchemaInfo('IFC2X3').predefinedTypeValues('IFCINVENTORY'), null);
  assert.ok(ifcSchemaInfo('IFC4').enumerationValues('IFCDOORPANELOPERATIONENUM')?.includes('SWINGING'));
});

test('IDS dataTypes per schema and their XSD base types', () => {
  assert.ok(isDataTypeOf('IFCLABEL', 'IFC2X3'));
  assert.ok(!isDataTypeOf('IFCDURATION', 'IFC2X3'));
  assert.ok(isDataTypeOf('IFCDURATION', 'IFC4'));
  assert.equal(dataTypeBase('IFCREAL'), 'double');
  assert.equal(dataTypeBase('IFCCOUNTMEASURE'), 'integer');
  assert.equal(dataTypeBase('IFCBINARY'), null);
});

test('model schema names map to IDS versions', () => {
  assert.equal(idsVersionOfModelSchema('IFC2X3'), 'IFC2X3');
  assert.equal(idsVersionOfModelSchema('IFC4'), 'IFC4');
  assert.equal(idsVersionOfModelSchema('IFC4X3_ADD2'), 'IFC4X3_ADD2');
  assert.equal(idsVersionOfModelSchema('IFC5'), null);
});
