import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ReviewReport } from '@cimtwin/schemas';
import { DOOR, REPORT, SPACE, WALL } from './report/review-report-fixture.ts';
import { reviewElementResults, reviewElementStatuses, reviewGlobalIds } from './review-element-results.ts';

const PASSING_WALL = '0eA6m4fELI9QBIhP3wiLAp';
const LEFT_OUT = '3ZYW59sxj8lei475l7EhLU';

/** The fixture with scopes: the door-width check looked at the door and a wall that passed. */
const WITH_SUBJECTS: ReviewReport = ReviewReport.parse({
  ...REPORT,
  checks: REPORT.checks.map((check) => ({
    ...check,
    subjects: check.id === 'door-width' ? [DOOR, PASSING_WALL] : check.id === 'fire-compartment-area' ? [SPACE, WALL] : check.id === 'storey-height' ? [PASSING_WALL] : [],
  })),
  findings: [
    ...REPORT.findings,
    { checkId: 'storey-height', globalId: LEFT_OUT, ifcClass: 'IfcSlab', name: null, requirement: 'level', measured: null, required: '—', unit: null, clause: null, severity: 'info', message: 'left out: no storey' },
  ],
});

test('elements in a scope pass unless an error or warning finding names them; info findings change nothing', () => {
  const statuses = reviewElementStatuses({ reports: [WITH_SUBJECTS] });
  assert.deepEqual(Object.fromEntries(statuses), { [SPACE]: 'fail', [WALL]: 'fail', [DOOR]: 'fail', [PASSING_WALL]: 'pass' });
  assert.equal(statuses.has(LEFT_OUT), false, 'an element only left out with a reason is not applicable');
  assert.ok(reviewGlobalIds({ reports: [WITH_SUBJECTS] }).has(LEFT_OUT), 'but it is named, so it gets a feature id');
});

test('a failure in one rule set outweighs a pass in another, whatever the order', () => {
  const passing = ReviewReport.parse({ ...WITH_SUBJECTS, checks: [{ ...WITH_SUBJECTS.checks[2], subjects: [DOOR] }], findings: [] });
  for (const reports of [[passing, WITH_SUBJECTS], [WITH_SUBJECTS, passing]]) assert.equal(reviewElementStatuses({ reports }).get(DOOR), 'fail');
});

test('reviews stored without scopes give their failing elements only, with feature ids where stored', () => {
  const results = reviewElementResults({ reports: [REPORT] }, new Map([[WALL, 12], [DOOR, 7]]));
  assert.deepEqual(results, {
    [SPACE]: { featureId: null, status: 'fail' },
    [WALL]: { featureId: 12, status: 'fail' },
    [DOOR]: { featureId: 7, status: 'fail' },
  });
});
