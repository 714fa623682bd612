/**
 * The result of each element of a review, for colouring a model by it: an element in the scope
 * of any check passes unless an error or warning finding names it. Info findings (elements a
 * rule left out, with the reason) change nothing. Reviews stored before checks recorded their
 * subjects have no scopes, so only their failing elements have a result.
 */
import type { Review, ReviewElementResult } from '@cimtwin/schemas';

/** GlobalId → pass or fail, for every element in a check scope or named by a failing finding. */
export function reviewElementStatuses(review: Pick<Review, 'reports'>): Map<string, ReviewElementResult['status']> {
  const statuses = new Map<string, ReviewElementResult['status']>();
  for (const report of review.reports) {
    for (const check of report.checks) {
      for (const globalId of check.subjects ?? []) if (!statuses.has(globalId)) statuses.set(globalId, 'pass');
    }
    for (const finding of report.findings) {
      if (finding.globalId !== null && finding.severity !== 'info') statuses.set(finding.globalId, 'fail');
    }
  }
  return statuses;
}

/** Every GlobalId a review names, in checks' scopes or in findings (info findings included). */
export function reviewGlobalIds(review: Pick<Review, 'reports'>): Set<string> {
  const globalIds = new Set<string>();
  for (const report of review.reports) {
    for (const check of report.checks) check.subjects?.forEach((globalId) => globalIds.add(globalId));
    for (const finding of report.findings) if (finding.globalId !== null) globalIds.add(finding.globalId);
  }
  return globalIds;
}

/** The element results of a review, with the tile feature id of each element (null when not stored). */
export function reviewElementResults(review: Pick<Review, 'reports'>, featureIds: ReadonlyMap<string, number>): Record<string, ReviewElementResult> {
  const results: Record<string, ReviewElementResult> = {};
  for (const [globalId, status] of reviewElementStatuses(review)) results[globalId] = { featureId: featureIds.get(globalId) ?? null, status };
  return results;
}
