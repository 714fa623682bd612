import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

const BIN = path.resolve(import.meta.dirname, '../../bin/cimtwin.js');
const IFC = path.resolve(import.meta.dirname, '../../../../shared/data/ifc/AC20-FZK-Haus.ifc');
const IDS = path.resolve(import.meta.dirname, '../../../data-samples/ids/residential-handover.ids');
const hasIfc = await fs.stat(IFC).then(() => true, () => false);

function cimtwin(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, LOG_LEVEL: 'warn' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('cimtwin review with an IDS file', { skip: !hasIfc && 'reference IFC files not beside the project' }, () => {
  let dir: string;
  before(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cimtwin-review-cli-'));
  });
  after(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  test('a failing model exits 1 and prints the review as JSON', async () => {
    const run = await cimtwin('review', IFC, '--ids', IDS);
    assert.equal(run.code, 1, run.stderr);
    const review = JSON.parse(run.stdout);
    assert.equal(review.verdict, 'fail');
    const doors = review.reports[0].checks.find((c: { id: string }) => c.id === 'D-01');
    assert.deepEqual([doors.applicable, doors.passed, doors.failed], [5, 2, 3]);
    assert.match(run.stderr, /fail, 1 of 4 checks pass/);
  });

  test('a passing model exits 0; HTML goes to --out', async () => {
    const xml = (await fs.readFile(IDS, 'utf8')).replace(/<specification name="Walls state[\s\S]*?<specification name="Spaces/, '<specification name="Spaces');
    const ids = path.join(dir, 'spaces.ids');
    await fs.writeFile(ids, xml);
    const out = path.join(dir, 'report.html');
    const run = await cimtwin('review', IFC, '--ids', ids, '--format', 'html', '--out', out);
    assert.equal(run.code, 0, run.stderr);
    const html = await fs.readFile(out, 'utf8');
    assert.match(html, /^<!DOCTYPE html>/i);
    assert.match(html, /Spaces are named/);
  });

  test('an invalid IDS or a model that is not IFC exits 2 with what to fix', async () => {
    const badIds = path.join(dir, 'bad.ids');
    await fs.writeFile(badIds, '<ids xmlns="http://standards.buildingsmart.org/IDS"><info><title>x</title></info></ids>');
    const invalid = await cimtwin('review', IFC, '--ids', badIds);
    assert.equal(invalid.code, 2);
    assert.match(invalid.stderr, /bad\.ids/);
    const notIfc = path.join(dir, 'plan.ifc');
    await fs.writeFile(notIfc, '{"type":"FeatureCollection","features":[]}');
    const wrongModel = await cimtwin('review', notIfc, '--ids', IDS);
    assert.equal(wrongModel.code, 2, wrongModel.stderr);
    assert.match(wrongModel.stderr, /plan\.ifc is not an IFC file/);
    const noRules = await cimtwin('review', IFC);
    assert.equal(noRules.code, 2);
    assert.match(noRules.stderr, /--ids and\/or --rules/);
  });
});
