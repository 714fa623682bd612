/**
 * Renders a {@link ReviewReport} as one self-contained, printable HTML page: a header (model,
 * rule set, date, verdict), a table of the checks with their counts, then the findings grouped
 * by check in the order of the checks. No scripts, fonts or images are referenced, so the file
 * can be archived with the review or printed to PDF as it is. Every text is escaped; the output
 * depends only on its input, so it can be compared in tests.
 */
import type { ReviewCheck, ReviewFinding, ReviewReport, ReviewSeverity } from '@cimtwin/schemas';
import { escapeHtml as esc } from './lib/escape-markup.ts';
import { formatMeasured, formatRequired } from './lib/format-review-value.ts';
import { reviewLabels, type ReviewLabels, type ReviewLanguage } from './lib/review-labels.ts';
import { REVIEW_HTML_STYLE } from './lib/review-html-style.ts';

/** Options of {@link writeReviewHtml}. */
export interface ReviewHtmlOptions {
  /** Language of the labels: Chinese by default. */
  lang?: ReviewLanguage;
  /** Page title; by default "BIM 模型审查报告 – <model name>". */
  title?: string;
}

/** The findings of one check (or of a check id the report does not list). */
interface FindingGroup {
  checkId: string;
  check: ReviewCheck | null;
  findings: ReviewFinding[];
}

function groupFindings(report: ReviewReport): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const check of report.checks) groups.set(check.id, { checkId: check.id, check, findings: [] });
  for (const finding of report.findings) {
    let group = groups.get(finding.checkId);
    if (!group) {
      group = { checkId: finding.checkId, check: null, findings: [] };
      groups.set(finding.checkId, group);
    }
    group.findings.push(finding);
  }
  return [...groups.values()].filter((group) => group.findings.length > 0);
}

function severityCell(severity: ReviewSeverity, labels: ReviewLabels, highlight = true): string {
  return `<td class="${highlight ? `severity-${severity}` : 'muted'}">${esc(labels.severities[severity])}</td>`;
}

function renderHeader(report: ReviewReport, title: string, labels: ReviewLabels): string {
  const { model, ruleSet } = report;
  const rows: Array<[string, string]> = [
    [labels.model, esc(model.name)],
    ...(model.id ? [[labels.modelId, `<code>${esc(model.id)}</code>`] as [string, string]] : []),
    [labels.schema, esc(model.schema)],
    [labels.ruleSet, `${esc(ruleSet.title)} <span class="muted">(${esc(labels.ruleSetKind[ruleSet.kind] ?? ruleSet.kind)}, <code>${esc(ruleSet.id)}</code>${ruleSet.version ? `, ${esc(labels.version)} ${esc(ruleSet.version)}` : ''})</span>`],
    [labels.date, `<time datetime="${esc(report.createdAt)}">${esc(report.createdAt)}</time>`],
    [labels.verdict, `<span class="verdict verdict-${report.verdict}">${esc(labels.verdicts[report.verdict])}</span>`],
  ];
  const list = rows.map(([term, value]) => `    <dt>${esc(term)}</dt><dd>${value}</dd>`).join('\n');
  return `<header>\n  <h1>${esc(title)}</h1>\n  <dl class="meta">\n${list}\n  </dl>\n</header>`;
}

function renderChecks(report: ReviewReport, labels: ReviewLabels): string {
  const counts = {
    total: report.checks.length,
    failed: report.checks.filter((c) => c.status === 'fail').length,
    passed: report.checks.filter((c) => c.status === 'pass').length,
    notApplicable: report.checks.filter((c) => c.status === 'not-applicable').length,
  };
  const bySeverity: Record<ReviewSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of report.findings) bySeverity[finding.severity]++;
  const summary = `<p>${esc(labels.checksSummary(counts))} ${esc(labels.findingsSummary(bySeverity))}</p>`;
  if (report.checks.length === 0) return `<section>\n<h2>${esc(labels.summary)}</h2>\n${summary}\n<p>${esc(labels.noChecks)}</p>\n</section>`;
  const head = [labels.checkId, labels.check, labels.clause, labels.severity, labels.status].map((l) => `<th>${esc(l)}</th>`).join('');
  const countHead = [labels.applicable, labels.passed, labels.failed].map((l) => `<th class="num">${esc(l)}</th>`).join('');
  const rows = report.checks
    .map(
      (check) =>
        `<tr><td><code>${esc(check.id)}</code></td><td>${esc(check.title)}</td><td>${esc(check.clause ?? '—')}</td>` +
        `${severityCell(check.severity, labels, check.status === 'fail')}<td class="status-${check.status}">${esc(labels.statuses[check.status])}</td>` +
        `<td class="num">${check.applicable}</td><td class="num">${check.passed}</td><td class="num">${check.failed}</td></tr>`,
    )
    .join('\n');
  return `<section>\n<h2>${esc(labels.summary)}</h2>\n${summary}\n<table class="checks">\n<thead><tr>${head}${countHead}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>\n</section>`;
}

function renderFinding(finding: ReviewFinding, index: number, groupClause: string | null, labels: ReviewLabels): string {
  const globalId = finding.globalId === null ? `<span class="muted">${esc(labels.modelLevel)}</span>` : `<code>${esc(finding.globalId)}</code>`;
  // The group heading names the check's clause; a narrower clause of one finding is shown on its row.
  const clause = finding.clause && finding.clause !== groupClause ? `<br><span class="muted">${esc(labels.clause)} ${esc(finding.clause)}</span>` : '';
  return (
    `<tr class="finding"${finding.globalId === null ? '' : ` data-global-id="${esc(finding.globalId)}"`}>` +
    `<td class="num">${index + 1}</td><td>${globalId}</td><td>${esc(finding.ifcClass ?? '—')}</td><td>${esc(finding.name ?? '—')}</td>` +
    `<td>${esc(finding.requirement)}${clause}</td><td>${esc(formatMeasured(finding.measured, finding.unit, labels))}</td>` +
    `<td>${esc(formatRequired(finding.required, finding.unit))}</td>${severityCell(finding.severity, labels)}<td>${esc(finding.message)}</td></tr>`
  );
}

function renderGroup(group: FindingGroup, labels: ReviewLabels): string {
  const heading = group.check ? group.check.title : `${labels.unknownCheck}`;
  const clause = group.check?.clause ?? group.findings.find((f) => f.clause)?.clause ?? null;
  const meta = [`${labels.checkId} <code>${esc(group.checkId)}</code>`, ...(clause ? [`${esc(labels.clause)} ${esc(clause)}`] : []), esc(labels.findingCount(group.findings.length))];
  const description = group.check?.description ? `\n<p>${esc(group.check.description)}</p>` : '';
  const head = ['#', labels.globalId, labels.ifcClass, labels.name, labels.requirement, labels.measured, labels.required, labels.severity, labels.message]
    .map((l) => `<th>${esc(l)}</th>`)
    .join('');
  const rows = group.findings.map((finding, index) => renderFinding(finding, index, clause, labels)).join('\n');
  return (
    `<section class="finding-group">\n<h3>${esc(heading)}</h3>\n<p class="group-meta">${meta.join(' · ')}</p>${description}\n` +
    `<table class="findings">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>\n</section>`
  );
}

/** A self-contained printable HTML page of the review; Chinese labels unless `lang: 'en'`. */
export function writeReviewHtml(report: ReviewReport, options: ReviewHtmlOptions = {}): string {
  const labels = reviewLabels(options.lang);
  const title = options.title ?? `${labels.reportTitle} – ${report.model.name}`;
  const groups = groupFindings(report);
  const findings = groups.length === 0 ? `<p>${esc(labels.noFindings)}</p>` : groups.map((group) => renderGroup(group, labels)).join('\n');
  return [
    '<!DOCTYPE html>',
    `<html lang="${labels.htmlLang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${REVIEW_HTML_STYLE}</style>`,
    '</head>',
    '<body>',
    renderHeader(report, title, labels),
    '<main>',
    renderChecks(report, labels),
    `<section>\n<h2>${esc(labels.findings)}</h2>\n${findings}\n</section>`,
    '</main>',
    `<footer>${esc(labels.generatedBy)}</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
