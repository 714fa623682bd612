import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, test } from 'node:test';

const BIN = path.resolve(import.meta.dirname, '../../bin/cimtwin.js');

function cimtwin(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, LOG_LEVEL: 'warn' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

describe('cimtwin address parse', () => {
  test('one text: the elements, codes and confidence as JSON', async () => {
    const run = await cimtwin(['address', 'parse', '沪浦东世纪大道一百号3号楼2单元1201室']);
    assert.equal(run.code, 0, run.stderr);
    const parsed = JSON.parse(run.stdout);
    assert.deepEqual(parsed.elements, { province: '上海市', city: '上海市', district: '浦东新区', road: '世纪大道', roadNo: '100号', building: '3号楼', unit: '2单元', room: '1201室' });
    assert.equal(parsed.codes.district, '310115');
    assert.ok(parsed.confidence > 0.5);
  });

  test('--stdin: one JSON object a line, in input order, blank lines skipped', async () => {
    const run = await cimtwin(['address', 'parse', '--stdin'], '上海市黄浦区中山东一路18号\n\n浙江省杭州市西湖区文三路478号\n');
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    assert.equal(lines.length, 2);
    assert.equal(lines[0].elements.road, '中山东一路');
    assert.equal(lines[1].elements.district, '西湖区');
    assert.equal(lines[1].codes.city, '3301');
  });

  test('no text and an unknown subcommand say what to give, exit 2', async () => {
    const none = await cimtwin(['address', 'parse']);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /give the text, or --stdin/);
    const unknown = await cimtwin(['address', 'locate', 'x']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown subcommand "locate"/);
  });
});
