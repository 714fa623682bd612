import type { ReviewReport } from '@cimtwin/schemas';

/**
 * One report from the reports of several rule sets run on the same model (the printable report
 * and the BCF file of a review cover all of them). Check ids are prefixed with their rule set
 * so two packs with a rule of the same id stay apart.
 */
export function mergeReviewReports(reports: ReviewReport[]): ReviewReport {
  if (reports.length === 0) throw new Error('mergeReviewReports needs at least one report');
  if (reports.length === 1) return reports[0];
  const prefix = (report: ReviewReport, id: string) => `${report.ruleSet.id}/${id}`;
  return {
    model: reports[0].model,
    ruleSet: {
      kind: 'combined',
      id: reports.map((r) => r.ruleSet.id).join('+'),
      title: reports.map((r) => r.ruleSet.title).join(' + '),
      version: null,
    },
    verdict: reports.some((r) => r.verdict === 'fail') ? 'fail' : 'pass',
    checks: reports.flatMap((r) => r.checks.map((c) => ({ ...c, id: prefix(r, c.id) }))),
    findings: reports.flatMap((r) => r.findings.map((f) => ({ ...f, checkId: prefix(r, f.checkId) }))),
    createdAt: reports.map((r) => r.createdAt).sort().at(-1)!,
  };
}
