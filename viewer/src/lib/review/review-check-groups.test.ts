import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReviewCheck, ReviewFinding, ReviewReport } from '../api/review-types.ts';
import { groupReviewChecks } from './review-check-groups.ts';

const check = (id: string, status: ReviewCheck['status'], severity: ReviewCheck['severity'] = 'error'): ReviewCheck => ({
  id, title: id, description: null, clause: `GB 1-2000 ${id}`, severity, status, applicable: 1, passed: status === 'pass' ? 1 : 0, failed: status === 'fail' ? 1 : 0,
});
const finding = (checkId: string, globalId: string, severity: ReviewFinding['severity']): ReviewFinding => ({
  checkId, globalId, ifcClass: 'IfcDoor', name: globalId, requirement: 'width', measured: 0.8, required: '≥ 0.9', unit: 'm', clause: null, severity, message: '',
});
const report = (id: string, checks: ReviewCheck[], findings: ReviewFinding[]): ReviewReport => ({
  model: { id: 'm', name: 'm', schema: 'IFC4' },
  ruleSet: { kind: 'rule-pack', id, title: `pack ${id}`, version: '1.0.0' },
  verdict: checks.some((c) => c.status === 'fail' && c.severity === 'error') ? 'fail' : 'pass',
  checks,
  findings,
  createdAt: '2025-01-01T00:00:00.000Z',
});

test('groups checks by rule set in report order, failing errors first, then warnings, passes, not applicable', () => {
  const groups = groupReviewChecks([
    report('a', [check('a1', 'pass'), check('a2', 'not-applicable'), check('a3', 'fail', 'warning'), check('a4', 'fail'), check('a5', 'pass')], []),
    report('b', [check('b1', 'pass')], []),
  ]);
  assert.deepEqual(groups.map((g) => [g.id, g.verdict]), [['a', 'fail'], ['b', 'pass']]);
  assert.deepEqual(groups[0].checks.map((row) => row.check.id), ['a4', 'a3', 'a1', 'a5', 'a2']);
});

test('each check carries its own findings, failures before the elements left out', () => {
  const [group] = groupReviewChecks([report('a', [check('a1', 'fail'), check('a2', 'fail')], [finding('a1', 'left', 'info'), finding('a2', 'x', 'error'), finding('a1', 'narrow', 'error')])]);
  assert.deepEqual(group.checks.map((row) => row.findings.map((f) => f.globalId)), [['narrow', 'left'], ['x']]);
});
