import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDataError } from '@cimtwin/schemas';
import { findIdsProblems, validateIds } from './validate-ids.ts';

const ids = (versions: string, applicability: string, requirements = '', occurs = 'maxOccurs="unbounded"') => `<?xml version="1.0" encoding="utf-8"?>
<ids xmlns="http://standards.buildingsmart.org/IDS" xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <info><title>Test</title></info>
  <specifications>
    <specification name="S" ifcVersion="${versions}">
      <applicability ${occurs}>${applicability}</applicability>
      ${requirements ? `<requirements>${requirements}</requirements>` : ''}
    </specification>
  </specifications>
</ids>`;
const entity = (name: string, predefined?: string) =>
  `<entity><name><simpleValue>${name}</simpleValue></name>${predefined ? `<predefinedType><simpleValue>${predefined}</simpleValue></predefinedType>` : ''}</entity>`;
const attribute = (name: string, value?: string) =>
  `<attribute><name><simpleValue>${name}</simpleValue></name>${value !== undefined ? `<value>${value}</value>` : ''}</attribute>`;
const property = (dataType: string, value: string, cardinality = 'required') =>
  `<property dataType="${dataType}" cardinality="${cardinality}"><propertySet><simpleValue>Foo_Bar</simpleValue></propertySet><baseName><simpleValue>Foo</simpleValue></baseName>${value}</property>`;

test('a valid IDS passes the XSD and the content rules', () => {
  const doc = validateIds(ids('IFC2X3 IFC4', entity('IFCWALL'), attribute('Name', '<simpleValue>W01</simpleValue>')));
  assert.equal(doc.specifications[0].requirements.length, 1);
});

test('XSD problems are reported with their line', () => {
  const result = findIdsProblems(ids('IFC5', entity('IFCWALL')));
  assert.equal(result.stage, 'xsd');
  assert.ok(result.problems.some((p) => p.line === 5 && /ifcVersion/.test(p.message)));
  assert.throws(() => validateIds(ids('IFC4', entity('IFCWALL')).replace('<title>Test</title>', '')), (error) =>
    isDataError(error) && /^ids: the IDS file does not conform to the IDS 1.0 XSD/.test(error.message),
  );
});

test('unknown or mis-cased classes and impossible predefined types are invalid', () => {
  assert.equal(findIdsProblems(ids('IFC4', entity('IFCRABBIT'))).stage, 'content');
  assert.equal(findIdsProblems(ids('IFC4', entity('IfcWall'))).stage, 'content');
  assert.equal(findIdsProblems(ids('IFC2X3', entity('IFCWALL', 'SOLIDWALL'))).stage, 'content');
  assert.equal(findIdsProblems(ids('IFC4', entity('IFCWALL', 'ANYTHING'))).stage, null);
  assert.equal(findIdsProblems(ids('IFC2X3', entity('IFCAIRTERMINAL', 'DIFFUSER'))).stage, null);
});

test('applicability and requirements must share a class', () => {
  const problems = findIdsProblems(ids('IFC4', entity('IFCSLAB'), entity('IFCWALL'))).problems;
  assert.ok(problems.some((p) => /no class meets both/.test(p.message)));
  assert.equal(findIdsProblems(ids('IFC4', entity('IFCWALL'), attribute('ActingRole'))).stage, 'content');
});

test('attribute names must be explicit attributes and values must fit their type', () => {
  assert.equal(findIdsProblems(ids('IFC4', entity('IFCCARTESIANPOINT'), attribute('Dim'))).stage, 'content');
  assert.equal(findIdsProblems(ids('IFC4', entity('IFCTASK'), attribute('TaskTime', '<simpleValue>x</simpleValue>'))).stage, 'content');
  assert.equal(findIdsProblems(ids('IFC4', entity('IFCSURFACESTYLEREFRACTION'), attribute('RefractionIndex', '<simpleValue>42,3</simpleValue>'))).stage, 'content');
  assert.equal(findIdsProblems(ids('IFC4', entity('IFCSURFACESTYLEREFRACTION'), attribute('RefractionIndex', '<simpleValue>1.2345E3</simpleValue>'))).stage, null);
  const pattern = '<xs:restriction base="xs:string"><xs:pattern value=".*"/></xs:restriction>';
  assert.equal(findIdsProblems(ids('IFC4', entity('IFCSURFACESTYLEREFRACTION'), attribute('RefractionIndex', pattern))).stage, 'content');
  assert.equal(findIdsProblems(ids('IFC4', entity('IFCSTAIRFLIGHT'), attribute('NumberOfRisers', '<simpleValue>42.0</simpleValue>'))).stage, 'content');
});

test('property dataTypes must exist in every declared schema and values must fit them', () => {
  assert.equal(findIdsProblems(ids('IFC2X3 IFC4', entity('IFCWALL'), property('IFCDURATION', ''))).stage, 'content');
  assert.equal(findIdsProblems(ids('IFC4', entity('IFCWALL'), property('IFCDURATION', ''))).stage, null);
  assert.equal(findIdsProblems(ids('IFC4', entity('IFCWALL'), property('IFCBOOLEAN', '<value><simpleValue>FALSE</simpleValue></value>'))).stage, 'content');
  assert.equal(findIdsProblems(ids('IFC4', entity('IFCWALL'), property('IFCLABEL', '', 'prohibited'))).stage, 'content');
});

test('a prohibited specification cannot have requirements', () => {
  const result = findIdsProblems(ids('IFC4', entity('IFCWALL'), attribute('Name'), 'minOccurs="0" maxOccurs="0"'));
  assert.ok(result.problems.some((p) => /prohibited specification/.test(p.message)));
});
