#!/usr/bin/env node
// Runs the test lanes with Node's test runner (TypeScript through tsx) and ends with one line
// `N passed, N failed, N skipped` over every lane run.
//   node scripts/run-tests.mjs                  all lanes: unit, db, browser
//   node scripts/run-tests.mjs --lane db        one lane (repeatable)
//   node scripts/run-tests.mjs --summary F      also write the counts as JSON to F
// Lanes by file suffix: *.db.test.ts need a database (PGlite, or DATABASE_URL),
// *.browser.test.ts drive Chromium, every other *.test.ts is a unit test.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGES = ['schemas', 'tiler', 'server', 'viewer'];
const LANES = {
  unit: (f) => !f.endsWith('.db.test.ts') && !f.endsWith('.browser.test.ts'),
  db: (f) => f.endsWith('.db.test.ts'),
  browser: (f) => f.endsWith('.browser.test.ts'),
};

const args = process.argv.slice(2);
const lanes = [];
let summaryFile;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--lane') lanes.push(args[++i]);
  else if (args[i] === '--summary') summaryFile = args[++i];
  else {
    console.error(`run-tests: unknown argument ${args[i]}`);
    process.exit(2);
  }
}
for (const lane of lanes) if (!(lane in LANES)) (console.error(`run-tests: unknown lane ${lane}; lanes: ${Object.keys(LANES).join(', ')}`), process.exit(2));

function findTests(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) findTests(full, out);
    else if (entry.name.endsWith('.test.ts')) out.push(path.relative(root, full));
  }
  return out;
}

const allTests = PACKAGES.flatMap((p) => (fs.existsSync(path.join(root, p)) ? findTests(path.join(root, p)) : [])).sort();
const totals = { passed: 0, failed: 0, skipped: 0 };

function runLane(name, files) {
  return new Promise((resolve) => {
    console.log(`\n=== lane ${name}: ${files.length} file(s)${process.env.DATABASE_URL && name === 'db' ? ' against DATABASE_URL' : ''}`);
    const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
    });
    let tail = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk.toString()).slice(-4000);
    });
    child.on('close', (code) => {
      const count = (label) => Number(new RegExp(`ℹ ${label} (\\d+)`).exec(tail)?.[1] ?? 0);
      const lane = { passed: count('pass'), failed: count('fail') + count('cancelled'), skipped: count('skipped') + count('todo') };
      if (code !== 0 && lane.failed === 0) lane.failed = 1; // the runner itself failed
      console.log(`=== lane ${name}: ${lane.passed} passed, ${lane.failed} failed, ${lane.skipped} skipped`);
      resolve(lane);
    });
  });
}

for (const lane of lanes.length > 0 ? lanes : Object.keys(LANES)) {
  const files = allTests.filter(LANES[lane]);
  if (files.length === 0) continue;
  const result = await runLane(lane, files);
  for (const key of Object.keys(totals)) totals[key] += result[key];
}
if (summaryFile) fs.writeFileSync(summaryFile, JSON.stringify(totals));
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exitCode = totals.failed > 0 ? 1 : 0;
