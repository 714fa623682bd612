import type { ReviewCheck, ReviewCheckStatus, ReviewFinding, ReviewReport, ReviewSeverity } from '../api/review-types.ts';

/** A check with the findings about it, as the review panel lists it. */
export interface ReviewCheckRow {
  check: ReviewCheck;
  /** Failing elements first, then the elements left out with a reason (info). */
  findings: ReviewFinding[];
}

/** The checks of one rule set (an IDS file or a rule pack), failing checks first. */
export interface ReviewRuleSetGroup {
  kind: ReviewReport['ruleSet']['kind'];
  id: string;
  title: string;
  verdict: ReviewReport['verdict'];
  checks: ReviewCheckRow[];
}

const STATUS_ORDER: Record<ReviewCheckStatus, number> = { fail: 0, pass: 1, 'not-applicable': 2 };
const SEVERITY_ORDER: Record<ReviewSeverity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Groups a review's checks by rule set, in report order. Within a group failing checks come
 * first (errors before warnings), then passing ones, then those with nothing in scope; checks
 * of equal rank keep the order of their rule set.
 */
export function groupReviewChecks(reports: readonly ReviewReport[]): ReviewRuleSetGroup[] {
  return reports.map((report) => {
    const findings = new Map<string, ReviewFinding[]>();
    for (const finding of report.findings) {
      const list = findings.get(finding.checkId) ?? [];
      list.push(finding);
      findings.set(finding.checkId, list);
    }
    const checks = report.checks
      .map((check, index) => ({ check, index }))
      .sort((a, b) => rank(a.check) - rank(b.check) || a.index - b.index)
      .map(({ check }) => ({
        check,
        findings: [...(findings.get(check.id) ?? [])].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]),
      }));
    return { kind: report.ruleSet.kind, id: report.ruleSet.id, title: report.ruleSet.title, verdict: report.verdict, checks };
  });
}

function rank(check: ReviewCheck): number {
  return STATUS_ORDER[check.status] * 10 + (check.status === 'fail' ? SEVERITY_ORDER[check.severity] : 0);
}
