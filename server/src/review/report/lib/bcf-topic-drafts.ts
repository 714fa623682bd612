/**
 * Which BCF topics a review becomes: one per check and element, holding every finding of that
 * pair (an IDS specification reports one finding per failing facet of an element; a reviewer
 * wants one issue per element, not three). Model-level findings (no GlobalId) make one topic per
 * check. Topics follow the order of the checks, then of the findings, so output is stable.
 */
import type { ReviewCheck, ReviewFinding, ReviewReport, ReviewSeverity } from '@cimtwin/schemas';
import { formatMeasured, formatRequired } from './format-review-value.ts';
import type { ReviewLabels } from './review-labels.ts';

/** One topic to write, before GUIDs and files. */
export interface BcfTopicDraft {
  checkId: string;
  check: ReviewCheck | null;
  globalId: string | null;
  ifcClass: string | null;
  name: string | null;
  /** The most severe severity among the findings. */
  severity: ReviewSeverity;
  findings: ReviewFinding[];
}

const SEVERITY_RANK: Record<ReviewSeverity, number> = { info: 0, warning: 1, error: 2 };

/** BCF TopicType of each severity. */
export const TOPIC_TYPE: Record<ReviewSeverity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** BCF Priority of each severity. */
export const TOPIC_PRIORITY: Record<ReviewSeverity, string> = { error: 'High', warning: 'Normal', info: 'Low' };

/** Groups the findings at or above `minSeverity` into topic drafts. */
export function draftTopics(report: ReviewReport, minSeverity: ReviewSeverity): BcfTopicDraft[] {
  const checks = new Map(report.checks.map((check, index) => [check.id, { check, index }]));
  const drafts = new Map<string, BcfTopicDraft & { order: number }>();
  report.findings.forEach((finding, index) => {
    if (SEVERITY_RANK[finding.severity] < SEVERITY_RANK[minSeverity]) return;
    const key = JSON.stringify([finding.checkId, finding.globalId]);
    const draft = drafts.get(key);
    if (draft) {
      draft.findings.push(finding);
      if (SEVERITY_RANK[finding.severity] > SEVERITY_RANK[draft.severity]) draft.severity = finding.severity;
      draft.ifcClass ??= finding.ifcClass;
      draft.name ??= finding.name;
      return;
    }
    const listed = checks.get(finding.checkId);
    drafts.set(key, {
      checkId: finding.checkId,
      check: listed?.check ?? null,
      globalId: finding.globalId,
      ifcClass: finding.ifcClass,
      name: finding.name,
      severity: finding.severity,
      findings: [finding],
      // Checks in report order, unlisted check ids after them; findings in report order within.
      order: (listed?.index ?? report.checks.length) * (report.findings.length + 1) + index,
    });
  });
  return [...drafts.values()].sort((a, b) => a.order - b.order).map(({ order: _order, ...draft }) => draft);
}

function nonBlank(text: string | null | undefined): string | null {
  return text && text.trim() !== '' ? text.trim() : null;
}

/** Topic title: the check title and the element (its name, else its class and GlobalId). */
export function topicTitle(draft: BcfTopicDraft): string {
  const check = nonBlank(draft.check?.title) ?? draft.checkId;
  if (draft.globalId === null) return check;
  const element = nonBlank(draft.name) ?? [nonBlank(draft.ifcClass), draft.globalId].filter(Boolean).join(' ');
  return `${check} – ${element}`;
}

/** Topic labels: the rule set title and the clauses of the findings, without repeats. */
export function topicLabels(draft: BcfTopicDraft, report: ReviewReport): string[] {
  const labels = [report.ruleSet.title, draft.check?.clause, ...draft.findings.map((f) => f.clause)].map(nonBlank).filter((l): l is string => l !== null);
  return [...new Set(labels)];
}

/** Plain-text topic description: check, clause, element, then requirement, measured vs required and message of each finding. */
export function topicDescription(draft: BcfTopicDraft, report: ReviewReport, labels: ReviewLabels): string {
  const line = (label: string, value: string) => `${label}${labels.colon}${value}`;
  const clauses = [...new Set([draft.check?.clause, ...draft.findings.map((f) => f.clause)].map(nonBlank).filter(Boolean))];
  const checkTitle = nonBlank(draft.check?.title);
  const lines = [line(labels.check, checkTitle ? `${checkTitle} (${draft.checkId})` : draft.checkId)];
  if (clauses.length > 0) lines.push(line(labels.clause, clauses.join('; ')));
  if (draft.globalId === null) lines.push(line(labels.element, labels.modelLevel));
  else lines.push(line(labels.element, [draft.ifcClass, draft.name, `${labels.globalId} ${draft.globalId}`].filter(Boolean).join(' · ')));
  draft.findings.forEach((finding, index) => {
    const prefix = draft.findings.length > 1 ? `${index + 1}. ` : '';
    lines.push('');
    lines.push(prefix + line(labels.requirement, finding.requirement));
    lines.push(line(labels.measured, formatMeasured(finding.measured, finding.unit, labels)));
    lines.push(line(labels.required, formatRequired(finding.required, finding.unit)));
    if (nonBlank(finding.message)) lines.push(line(labels.message, finding.message));
  });
  const ruleSet = [report.ruleSet.title, report.ruleSet.version ? `${labels.version} ${report.ruleSet.version}` : null].filter(Boolean).join(' ');
  lines.push('');
  lines.push(line(labels.ruleSet, `${ruleSet} (${report.ruleSet.id})`));
  return lines.join('\n');
}
