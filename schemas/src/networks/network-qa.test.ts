import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NETWORK_QA_CHECKS, NETWORK_QA_CODES, NetworkQaReport } from './network-qa.ts';

const report = {
  network: 'n',
  nodeCount: 2,
  linkCount: 1,
  parameters: { toleranceMetres: 0.05, zeroLengthMetres: 0.01, maxDepthMetres: 10, maxTrunkDepthMetres: 20, trunkSizeMetres: 1, minCoverMetres: 0.3, danglingSearchMetres: 1, requiredAttributes: ['size'] },
  summary: { total: 1, errors: 0, warnings: 1, byCode: Object.fromEntries(NETWORK_QA_CODES.map((code) => [code, code === 'adverse-slope' ? 1 : 0])) },
  issues: [{ code: 'adverse-slope', severity: 'warning', message: '倒坡 adverse slope: C1 rises 0.15 m', nodeIds: ['A', 'B'], linkIds: ['C1'], pointNumbers: ['YS1'], location: { x: 1, y: 2 }, value: 0.15, limit: 0.05, unit: 'm' }],
  omitted: 0,
};

test('every code has exactly one check, in report order, with Chinese and English names', () => {
  assert.deepEqual(NETWORK_QA_CHECKS.map((check) => check.code), [...NETWORK_QA_CODES]);
  assert.ok(NETWORK_QA_CHECKS.every((check) => /[\u4e00-\u9fff]/.test(check.nameZh) && /^[a-z]/.test(check.nameEn)));
  assert.deepEqual(NETWORK_QA_CHECKS.filter((check) => check.code.startsWith('missing-')).map((check) => check.severity), ['warning', 'warning', 'warning', 'warning']);
});

test('a report parses; an unknown code or a summary missing a code does not', () => {
  assert.deepEqual(NetworkQaReport.parse(report), report);
  assert.throws(() => NetworkQaReport.parse({ ...report, issues: [{ ...report.issues[0], code: 'ugly-pipe' }] }));
  const { ['self-loop']: _, ...partial } = report.summary.byCode;
  assert.throws(() => NetworkQaReport.parse({ ...report, summary: { ...report.summary, byCode: partial } }));
});
