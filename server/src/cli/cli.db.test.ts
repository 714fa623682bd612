import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { SAMPLE_DISTRICT } from '@cimtwin/data-samples';

const BIN = path.resolve(import.meta.dirname, '../../bin/cimtwin.js');
const water = SAMPLE_DISTRICT.layers.find((l) => l.id === 'water')!.file;

/** Runs the CLI as a user would, on an embedded database in `dataDir`. */
function cimtwin(dataDir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, [BIN, ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('cimtwin CLI', () => {
  let dataDir: string;
  before(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cimtwin-cli-'));
  });
  after(async () => {
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  test('import prints the report, tile --out writes a plain tileset directory', async () => {
    const imported = await cimtwin(dataDir, 'import', water, '--layer', 'water', '--title', '水系');
    assert.equal(imported.code, 0, imported.stderr);
    const report = JSON.parse(imported.stdout);
    assert.equal(report.layer, 'water');
    assert.equal(report.featuresRead, 106);
    assert.equal(report.stored, 16);

    const out = path.join(dataDir, 'water-tiles');
    const tiled = await cimtwin(dataDir, 'tile', 'water', '--out', out);
    assert.equal(tiled.code, 0, tiled.stderr);
    const tileset = JSON.parse(await fs.readFile(path.join(out, 'tileset.json'), 'utf8'));
    assert.equal(tileset.asset.version, '1.1');
    const siblings = await fs.readdir(dataDir);
    assert.deepEqual(siblings.filter((name) => name.includes('staging')), [], 'no staging directory is left behind');
  });

  test('a bad file exits 2 with a message that says what is wrong, and no stack', async () => {
    const bad = path.join(dataDir, 'broken.geojson');
    await fs.writeFile(bad, '{"type":"FeatureCollection","features":[{]}');
    const result = await cimtwin(dataDir, 'import', bad, '--layer', 'water');
    assert.equal(result.code, 2);
    assert.match(result.stderr, /cimtwin: import: broken\.geojson is not valid JSON/);
    assert.doesNotMatch(result.stderr, /at .*\.ts:\d+/);
    const missingLayer = await cimtwin(dataDir, 'import', water);
    assert.equal(missingLayer.code, 2);
    assert.match(missingLayer.stderr, /--layer/);
    const unknown = await cimtwin(dataDir, 'tile', 'nope');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /no layer "nope"/);
  });
});
