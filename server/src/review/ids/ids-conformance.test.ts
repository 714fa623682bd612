/**
 * The official buildingSMART IDS conformance suite: one test per IDS/IFC pair under
 * shared/ids/testcases (or IDS_TESTCASES_DIR). The file name prefix is the expected outcome:
 * `pass-` every specification passes, `fail-` at least one fails, `invalid-` the IDS breaks the
 * audit rules (XSD or content) and must be rejected before checking.
 * Specifications are evaluated whatever their ifcVersion, as the suite assumes (several of its
 * IFC4 models come with IDS files declared for IFC2X3).
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IfcAPI } from 'web-ifc';
import { isDataError } from '@cimtwin/schemas';
import { validateIds } from './validate-ids.ts';
import { checkIds } from './check-ids.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const testcasesDir = process.env.IDS_TESTCASES_DIR ?? path.resolve(repoRoot, '..', 'shared', 'ids', 'testcases');

function listCases(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listCases(full);
    return entry.name.endsWith('.ids') ? [full] : [];
  });
}

const cases = listCases(testcasesDir).sort();
const api = new IfcAPI();
await api.Init();
after(() => api.Dispose());

if (cases.length === 0) {
  test('IDS conformance suite is present', { skip: `no test cases under ${testcasesDir}` }, () => {});
}

for (const idsPath of cases) {
  const name = path.relative(testcasesDir, idsPath);
  const expected = path.basename(idsPath).split(/[-_]/)[0];
  test(`ids conformance: ${name}`, () => {
    const xml = fs.readFileSync(idsPath, 'utf8');
    if (expected === 'invalid') {
      assert.throws(() => validateIds(xml, name), (error) => isDataError(error));
      return;
    }
    const ids = validateIds(xml, name);
    const ifcPath = idsPath.replace(/\.ids$/, '.ifc');
    const modelId = api.OpenModel(new Uint8Array(fs.readFileSync(ifcPath)));
    try {
      const result = checkIds(api, modelId, ids, { ignoreIfcVersion: true });
      const failing = result.specifications.filter((s) => s.status === 'fail');
      const detail = JSON.stringify(failing.map((s) => ({ spec: s.name, reason: s.reason, failures: s.failures.slice(0, 3).map((f) => f.reason) })));
      if (expected === 'pass') assert.equal(failing.length, 0, `expected every specification to pass: ${detail}`);
      else assert.ok(failing.length > 0, 'expected at least one specification to fail');
    } finally {
      api.CloseModel(modelId);
    }
  });
}
