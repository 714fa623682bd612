import type { ReviewCheck, ReviewDocument, ReviewElementStatus, ReviewListEntry, ReviewReport } from '../api/review-types.ts';
import type { ReviewResultColours } from './review-colours.ts';

/** What the page API tells about a review: plain data, without the findings. */
export interface ReviewSummary extends Omit<ReviewListEntry, 'ruleSets'> {
  ruleSets: { kind: ReviewReport['ruleSet']['kind']; id: string; title: string; verdict: ReviewReport['verdict'] }[];
  /** Every check, with the id of its rule set. */
  checks: (Omit<ReviewCheck, 'subjects' | 'description'> & { ruleSetId: string })[];
  /** Elements in some check's scope, by result. */
  elements: { pass: number; fail: number };
}

/** The plain-data summary of a review. */
export function summarizeReview(review: ReviewDocument): ReviewSummary {
  const results = Object.values(review.elementResults ?? {});
  return {
    id: review.id,
    modelId: review.modelId,
    verdict: review.verdict,
    failedChecks: review.failedChecks,
    findings: review.findings,
    createdAt: review.createdAt,
    ruleSets: review.reports.map((report) => ({ kind: report.ruleSet.kind, id: report.ruleSet.id, title: report.ruleSet.title, verdict: report.verdict })),
    checks: review.reports.flatMap((report) =>
      report.checks.map(({ subjects: _subjects, description: _description, ...check }) => ({ ...check, ruleSetId: report.ruleSet.id })),
    ),
    elements: { pass: results.filter((r) => r.status === 'pass').length, fail: results.filter((r) => r.status === 'fail').length },
  };
}

/** Pass or fail by GlobalId, for colouring the model. */
export function reviewResultColours(review: ReviewDocument): ReviewResultColours {
  return new Map(Object.entries(review.elementResults ?? {}).map(([globalId, result]) => [globalId, result.status]));
}

/** An element's result: not applicable when no check looked at it. */
export function elementStatusOf(results: ReviewResultColours, globalId: string): ReviewElementStatus {
  return results.get(globalId) ?? 'not-applicable';
}
