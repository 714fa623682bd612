/**
 * Converts an {@link IdsCheckResult} to the shared {@link ReviewReport}: one check per
 * specification (id = its identifier, or `spec-<n>`) with its applicable elements as subjects,
 * one finding per failing element and facet.
 */
import type { ReviewCheck, ReviewFinding, ReviewReport } from '@cimtwin/schemas';
import type { IdsCheckResult, IdsSpecificationResult } from './check-ids.ts';

/** What the report says about the model and the IDS. */
export interface IdsReportOptions {
  model: { id: string | null; name: string };
  /** Identifier of the rule set (e.g. the IDS file name). */
  ruleSetId: string;
  /** ISO timestamp; now by default. */
  createdAt?: string;
}

function checkId(spec: IdsSpecificationResult): string {
  return spec.identifier ?? `spec-${spec.index + 1}`;
}

function toCheck(spec: IdsSpecificationResult): ReviewCheck {
  return {
    id: checkId(spec),
    title: spec.name,
    description: spec.description,
    clause: spec.identifier,
    severity: spec.usage === 'optional' ? 'warning' : 'error',
    status: spec.status,
    applicable: spec.applicable,
    passed: spec.passed,
    failed: spec.failed,
    subjects: [...new Set(spec.applicableGlobalIds)],
  };
}

function toFindings(spec: IdsSpecificationResult): ReviewFinding[] {
  const severity = spec.usage === 'optional' ? 'warning' : 'error';
  const findings: ReviewFinding[] = spec.failures.map((failure) => ({
    checkId: checkId(spec),
    globalId: failure.globalId,
    ifcClass: failure.ifcClass,
    name: failure.name,
    requirement: `${failure.facet}: ${failure.requirement}`,
    measured: failure.actual,
    required: failure.requirement,
    unit: null,
    clause: spec.identifier,
    severity,
    message: `${failure.ifcClass}${failure.name ? ` "${failure.name}"` : ''} ${failure.requirement}, but ${failure.reason}`,
  }));
  if (spec.status === 'fail' && spec.applicable === 0 && spec.usage === 'required') {
    findings.push({
      checkId: checkId(spec),
      globalId: null,
      ifcClass: null,
      name: null,
      requirement: 'specification: at least one applicable element',
      measured: 0,
      required: 'at least one element matching the applicability',
      unit: null,
      clause: spec.identifier,
      severity,
      message: spec.reason ?? 'no element matches the applicability of a required specification',
    });
  }
  return findings;
}

/** The shared review report of an IDS check (ruleSet.kind = 'ids'). */
export function toReviewReport(result: IdsCheckResult, options: IdsReportOptions): ReviewReport {
  const checks = result.specifications.map(toCheck);
  return {
    model: { id: options.model.id, name: options.model.name, schema: result.modelSchema },
    ruleSet: { kind: 'ids', id: options.ruleSetId, title: result.title, version: result.version },
    verdict: checks.some((c) => c.severity === 'error' && c.status === 'fail') ? 'fail' : 'pass',
    checks,
    findings: result.specifications.flatMap(toFindings),
    createdAt: options.createdAt ?? new Date().toISOString(),
  };
}
