import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { IfcAPI } from 'web-ifc';
import { ReviewReport } from '@cimtwin/schemas';
import { validateIds } from './validate-ids.ts';
import { checkIds } from './check-ids.ts';
import { toReviewReport } from './ids-report.ts';

const IDS = `<?xml version="1.0" encoding="utf-8"?>
<ids xmlns="http://standards.buildingsmart.org/IDS" xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <info><title>Walls</title><version>2</version></info>
  <specifications>
    <specification name="Named walls" ifcVersion="IFC4" identifier="W-1">
      <applicability maxOccurs="unbounded"><entity><name><simpleValue>IFCWALL</simpleValue></name></entity></applicability>
      <requirements><attribute><name><simpleValue>Name</simpleValue></name><value><xs:restriction base="xs:string"><xs:pattern value="W[0-9]{2}"/></xs:restriction></value></attribute></requirements>
    </specification>
    <specification name="Doors" ifcVersion="IFC4">
      <applicability maxOccurs="unbounded"><entity><name><simpleValue>IFCDOOR</simpleValue></name></entity></applicability>
    </specification>
    <specification name="Old" ifcVersion="IFC2X3">
      <applicability maxOccurs="unbounded"><entity><name><simpleValue>IFCWALL</simpleValue></name></entity></applicability>
    </specification>
  </specifications>
</ids>`;

const IFC = `ISO-10303-21;
HEADER;
FILE_DESCRIPTION((''),'2;1');
FILE_NAME('','',(''),(''),'','','');
FILE_SCHEMA(('IFC4'));
ENDSEC;
DATA;
#1=IFCWALL('1hqIFTRjfV6AWq_bMtnZwI',$,'W01',$,$,$,$,$,$);
#2=IFCWALL('0eA6m4fELI9QBIhP3wiLAp',$,'Wall 2',$,$,$,$,$,$);
ENDSEC;
END-ISO-10303-21;
`;

const api = new IfcAPI();
await api.Init();
const modelId = api.OpenModel(new TextEncoder().encode(IFC));
after(() => {
  api.CloseModel(modelId);
  api.Dispose();
});

test('checkIds reports per specification and per failing element', () => {
  const result = checkIds(api, modelId, validateIds(IDS));
  assert.equal(result.pass, false);
  const [walls, doors, old] = result.specifications;
  assert.deepEqual([walls.status, walls.applicable, walls.passed, walls.failed], ['fail', 2, 1, 1]);
  assert.deepEqual(walls.applicableGlobalIds, ['1hqIFTRjfV6AWq_bMtnZwI', '0eA6m4fELI9QBIhP3wiLAp']);
  assert.deepEqual([doors.applicableGlobalIds, old.applicableGlobalIds], [[], []]);
  assert.equal(walls.failures[0].globalId, '0eA6m4fELI9QBIhP3wiLAp');
  assert.equal(walls.failures[0].ifcClass, 'IfcWall');
  assert.equal(walls.failures[0].actual, 'Wall 2');
  assert.match(walls.failures[0].requirement, /attribute "Name"/);
  assert.equal(doors.status, 'fail');
  assert.match(doors.reason ?? '', /at least one is required/);
  assert.equal(old.status, 'not-applicable');
});

test('toReviewReport produces the shared review report', () => {
  const report = toReviewReport(checkIds(api, modelId, validateIds(IDS)), {
    model: { id: 'm1', name: 'walls.ifc' },
    ruleSetId: 'walls.ids',
    createdAt: '2024-01-01T00:00:00.000Z',
  });
  assert.deepEqual(ReviewReport.parse(report), report);
  assert.equal(report.ruleSet.kind, 'ids');
  assert.equal(report.verdict, 'fail');
  assert.deepEqual(report.checks.map((c) => [c.id, c.status]), [['W-1', 'fail'], ['spec-2', 'fail'], ['spec-3', 'not-applicable']]);
  assert.deepEqual(report.checks.map((c) => c.subjects), [['1hqIFTRjfV6AWq_bMtnZwI', '0eA6m4fELI9QBIhP3wiLAp'], [], []], 'both walls are in scope, the passing one too');
  assert.equal(report.findings.length, 2);
  assert.equal(report.findings[0].measured, 'Wall 2');
});
