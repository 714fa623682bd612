import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDataError } from '@cimtwin/schemas';
import { parseIds } from './parse-ids.ts';

const SAMPLE = `<?xml version="1.0" encoding="utf-8"?>
<ids xmlns="http://standards.buildingsmart.org/IDS" xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <info><title>Sample</title><version>1.2</version></info>
  <specifications>
    <specification name="Walls" ifcVersion="IFC4 IFC4X3_ADD2" identifier="W-1" description="why">
      <applicability minOccurs="0" maxOccurs="unbounded">
        <entity><name><simpleValue>IFCWALL</simpleValue></name><predefinedType><simpleValue>SOLIDWALL</simpleValue></predefinedType></entity>
      </applicability>
      <requirements>
        <property dataType="ifclengthmeasure" cardinality="optional">
          <propertySet><simpleValue>Qto_WallBaseQuantities</simpleValue></propertySet>
          <baseName><xs:restriction base="xs:string"><xs:pattern value="Length|Width"/></xs:restriction></baseName>
          <value><xs:restriction base="xs:double"><xs:minInclusive value="0.1"/><xs:maxExclusive value="10"/></xs:restriction></value>
        </property>
        <attribute cardinality="prohibited"><name><simpleValue>Description</simpleValue></name></attribute>
        <partOf relation="IFCRELCONTAINEDINSPATIALSTRUCTURE"><entity><name><simpleValue>IFCBUILDINGSTOREY</simpleValue></name></entity></partOf>
        <material><value><xs:restriction base="xs:string"><xs:enumeration value="concrete"/><xs:enumeration value="steel"/></xs:restriction></value></material>
      </requirements>
    </specification>
    <specification name="Nothing" ifcVersion="IFC2X3"><applicability minOccurs="0" maxOccurs="0"><entity><name><simpleValue>IFCWINDOW</simpleValue></name></entity></applicability></specification>
  </specifications>
</ids>`;

test('parseIds reads info, specifications and their usage', () => {
  const ids = parseIds(SAMPLE);
  assert.equal(ids.info.title, 'Sample');
  assert.equal(ids.info.version, '1.2');
  assert.equal(ids.specifications.length, 2);
  const [walls, nothing] = ids.specifications;
  assert.deepEqual(walls.ifcVersions, ['IFC4', 'IFC4X3_ADD2']);
  assert.equal(walls.identifier, 'W-1');
  assert.equal(walls.usage, 'optional');
  assert.equal(walls.line, 5);
  assert.equal(nothing.usage, 'prohibited');
  assert.equal(nothing.maxOccurs, 0);
  assert.equal(nothing.requirements.length, 0);
});

test('parseIds reads facets in document order with their parameters', () => {
  const walls = parseIds(SAMPLE).specifications[0];
  const entity = walls.applicability[0];
  assert.equal(entity.facet, 'entity');
  assert.deepEqual(entity.facet === 'entity' && entity.predefinedType, { kind: 'simple', value: 'SOLIDWALL', line: 7 });
  assert.deepEqual(walls.requirements.map((f) => f.facet), ['property', 'attribute', 'partOf', 'material']);
  const property = walls.requirements[0];
  assert.ok(property.facet === 'property');
  assert.equal(property.dataType, 'IFCLENGTHMEASURE');
  assert.equal(property.cardinality, 'optional');
  assert.ok(property.baseName.kind === 'restriction');
  assert.deepEqual(property.baseName.patterns, ['Length|Width']);
  assert.ok(property.value?.kind === 'restriction');
  assert.equal(property.value.base, 'double');
  assert.equal(property.value.minInclusive, '0.1');
  assert.equal(property.value.maxExclusive, '10');
  const attribute = walls.requirements[1];
  assert.equal(attribute.cardinality, 'prohibited');
  const partOf = walls.requirements[2];
  assert.ok(partOf.facet === 'partOf');
  assert.equal(partOf.relation, 'IFCRELCONTAINEDINSPATIALSTRUCTURE');
  assert.deepEqual(partOf.entity.name, { kind: 'simple', value: 'IFCBUILDINGSTOREY', line: 16 });
  const material = walls.requirements[3];
  assert.ok(material.facet === 'material' && material.value?.kind === 'restriction');
  assert.deepEqual(material.value.enumeration, ['concrete', 'steel']);
});

test('parseIds keeps simple values verbatim, including spaces and entities', () => {
  const xml = SAMPLE.replace('<simpleValue>SOLIDWALL</simpleValue>', '<simpleValue> A &amp; B </simpleValue>');
  const entity = parseIds(xml).specifications[0].applicability[0];
  assert.ok(entity.facet === 'entity');
  assert.equal(entity.predefinedType?.kind === 'simple' && entity.predefinedType.value, ' A & B ');
});

test('parseIds rejects XML that is not well-formed with a DataError naming the line', () => {
  assert.throws(() => parseIds('<ids>\n<info></ids>'), (error) => isDataError(error) && /^ids: .*line 2/.test(error.message));
});

test('parseIds rejects a document without specifications', () => {
  assert.throws(() => parseIds('<ids xmlns="http://standards.buildingsmart.org/IDS"><info><title>x</title></info></ids>'), (error) =>
    isDataError(error) && error.message.includes('<specifications>'),
  );
});
