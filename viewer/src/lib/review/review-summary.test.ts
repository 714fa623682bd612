import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ReviewDocument } from '../api/review-types.ts';
import { elementStatusOf, reviewResultColours, summarizeReview } from './review-summary.ts';

const REVIEW: ReviewDocument = {
  id: 'r1',
  modelId: 'house',
  verdict: 'fail',
  ruleSets: [{ kind: 'rule-pack', id: 'gb-50096', title: 'GB 50096' }],
  failedChecks: 1,
  findings: 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  reports: [{
    model: { id: 'house', name: 'house', schema: 'IFC4' },
    ruleSet: { kind: 'rule-pack', id: 'gb-50096', title: 'GB 50096', version: '1.0.0' },
    verdict: 'fail',
    checks: [{ id: 'doors', title: 'Doors', description: 'd', clause: '5.8.7', severity: 'error', status: 'fail', applicable: 2, passed: 1, failed: 1, subjects: ['wide', 'narrow'] }],
    findings: [],
    createdAt: '2025-01-01T00:00:00.000Z',
  }],
  elements: { wide: 1, narrow: 2 },
  elementResults: { wide: { featureId: 1, status: 'pass' }, narrow: { featureId: 2, status: 'fail' } },
};

test('the summary lists checks with their rule set and counts elements by result', () => {
  const summary = summarizeReview(REVIEW);
  assert.deepEqual(summary.checks, [{ id: 'doors', title: 'Doors', clause: '5.8.7', severity: 'error', status: 'fail', applicable: 2, passed: 1, failed: 1, ruleSetId: 'gb-50096' }]);
  assert.deepEqual(summary.ruleSets, [{ kind: 'rule-pack', id: 'gb-50096', title: 'GB 50096', verdict: 'fail' }]);
  assert.deepEqual(summary.elements, { pass: 1, fail: 1 });
});

test('elements no check looked at are not applicable', () => {
  const results = reviewResultColours(REVIEW);
  assert.deepEqual(['wide', 'narrow', 'slab'].map((g) => elementStatusOf(results, g)), ['pass', 'fail', 'not-applicable']);
});
