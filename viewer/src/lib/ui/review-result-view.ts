import type { ReviewCheck, ReviewCheckStatus, ReviewDocument, ReviewFinding, ReviewSeverity } from '../api/review-types.ts';
import { label, type LabelKey, type Language } from '../i18n/labels.ts';
import { formatMeasured, formatRequired } from '../review/format-review-value.ts';
import { groupReviewChecks, type ReviewCheckRow } from '../review/review-check-groups.ts';
import { REVIEW_COLOURS } from '../review/review-colours.ts';
import { createElement } from './create-element.ts';

/** Findings listed per check; a model with thousands of failing elements lists the first ones. */
export const MAX_LISTED_FINDINGS = 100;

/** What the result view asks of the viewer. */
export interface ReviewResultActions {
  selectFinding(finding: ReviewFinding): void;
  setColouring(on: boolean): void;
  reportUrl(format: 'html' | 'bcf'): string;
}

/** The result view and the one control the panel updates in place. */
export interface ReviewResultView {
  element: HTMLElement;
  setColouring(on: boolean): void;
}

const STATUS_LABELS: Record<ReviewCheckStatus, LabelKey> = { pass: 'statusPass', fail: 'statusFail', 'not-applicable': 'statusNotApplicable' };
const SEVERITY_LABELS: Record<ReviewSeverity, LabelKey> = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' };

/**
 * A review's result: the verdict, the colour-by-result toggle with its legend, the report links,
 * then the checks grouped by rule set, failing checks first; a failing check opens to its
 * findings, and clicking a finding selects its element.
 */
export function reviewResultView(review: ReviewDocument, language: Language, colouring: boolean, actions: ReviewResultActions): ReviewResultView {
  const t = (key: LabelKey) => label(language, key);
  const verdict = createElement('p', { className: 'cimtwin-review-verdict', testId: 'review-verdict', 'data-verdict': review.verdict }, [
    createElement('strong', {}, [t(review.verdict === 'pass' ? 'verdictPass' : 'verdictFail')]),
    ` · ${t('failedChecks')} ${review.failedChecks} · ${t('findings')} ${review.findings}`,
  ]);
  const toggle = createElement('input', { type: 'checkbox', id: 'cimtwin-review-colour', testId: 'review-colour-toggle' });
  toggle.checked = colouring;
  toggle.addEventListener('change', () => actions.setColouring(toggle.checked));
  const legend = (['fail', 'pass', 'not-applicable'] as const).map((status) => {
    const swatch = createElement('span', { className: 'cimtwin-swatch' });
    swatch.style.background = REVIEW_COLOURS[status];
    return createElement('span', { className: 'cimtwin-review-legend-item' }, [swatch, t(STATUS_LABELS[status])]);
  });
  const links = createElement('p', { className: 'cimtwin-review-links' }, [
    createElement('a', { href: actions.reportUrl('html'), target: '_blank', rel: 'noopener', testId: 'review-html-link' }, [t('htmlReport')]),
    createElement('a', { href: actions.reportUrl('bcf'), download: '', testId: 'review-bcf-link' }, [t('bcfDownload')]),
  ]);
  const groups = groupReviewChecks(review.reports).map((group, index) =>
    createElement('section', { className: 'cimtwin-review-rule-set', testId: `review-rule-set-${index}`, 'data-rule-set': group.id, 'data-verdict': group.verdict }, [
      createElement('h3', { title: group.id }, [group.title]),
      createElement('ul', { className: 'cimtwin-review-checks' }, group.checks.map((row) => checkItem(row, group.id, t, language, actions))),
    ]),
  );
  const element = createElement('div', { className: 'cimtwin-review-result', testId: 'review-result', 'data-review-id': review.id }, [
    verdict,
    createElement('div', { className: 'cimtwin-bim-row cimtwin-review-colouring' }, [toggle, createElement('label', { for: toggle.id }, [t('colourByResult')])]),
    createElement('div', { className: 'cimtwin-review-legend' }, legend),
    links,
    ...groups,
  ]);
  return { element, setColouring: (on) => void (toggle.checked = on) };
}

function checkItem(row: ReviewCheckRow, ruleSetId: string, t: (key: LabelKey) => string, language: Language, actions: ReviewResultActions): HTMLElement {
  const { check } = row;
  const head = checkHead(check, t);
  const item = createElement('li', {
    className: 'cimtwin-review-check',
    testId: 'review-check',
    'data-check-id': check.id,
    'data-rule-set': ruleSetId,
    'data-status': check.status,
    'data-severity': check.severity,
  });
  if (check.status !== 'fail' || row.findings.length === 0) {
    item.append(createElement('div', { className: 'cimtwin-review-check-head' }, head));
    return item;
  }
  const listed = row.findings.slice(0, MAX_LISTED_FINDINGS).map((finding) => findingItem(finding, t, language, actions));
  const rest = row.findings.length - listed.length;
  item.append(
    createElement('details', { testId: 'review-check-details' }, [
      createElement('summary', { className: 'cimtwin-review-check-head' }, head),
      createElement('ul', { className: 'cimtwin-review-findings' }, [
        ...listed,
        rest > 0 ? createElement('li', { className: 'cimtwin-hint' }, [`${t('moreFindings')}: ${rest}`]) : undefined,
      ]),
    ]),
  );
  return item;
}

function checkHead(check: ReviewCheck, t: (key: LabelKey) => string): (Node | string | undefined)[] {
  const counts = `${t('inScope')} ${check.applicable} · ${t('passedCount')} ${check.passed} · ${t('failedCount')} ${check.failed}`;
  return [
    createElement('span', { className: 'cimtwin-review-status', 'data-status': check.status }, [t(STATUS_LABELS[check.status])]),
    createElement('span', { className: 'cimtwin-review-check-title', title: check.description ?? check.id }, [check.title]),
    check.clause ? createElement('span', { className: 'cimtwin-review-clause', testId: 'review-check-clause' }, [check.clause]) : undefined,
    createElement('small', { className: 'cimtwin-review-counts', testId: 'review-check-counts' }, [`${t(SEVERITY_LABELS[check.severity])} · ${counts}`]),
  ];
}

function findingItem(finding: ReviewFinding, t: (key: LabelKey) => string, language: Language, actions: ReviewResultActions): HTMLElement {
  const who = finding.globalId === null ? t('wholeModel') : (finding.name ?? t('unnamed'));
  const values = finding.severity === 'info'
    ? `${t('leftOut')}`
    : `${t('measured')} ${formatMeasured(finding, language)} · ${t('required')} ${formatRequired(finding)}`;
  const content = [
    createElement('span', { className: 'cimtwin-review-finding-element' }, [createElement('strong', {}, [who]), finding.ifcClass ? ` ${finding.ifcClass}` : '']),
    createElement('span', { className: 'cimtwin-review-finding-values', testId: 'review-finding-values' }, [values]),
    createElement('span', { className: 'cimtwin-review-finding-message' }, [finding.message]),
  ];
  const attributes = { className: 'cimtwin-review-finding', 'data-severity': finding.severity, title: finding.requirement };
  if (finding.globalId === null) return createElement('li', {}, [createElement('div', attributes, content)]);
  const button = createElement('button', { ...attributes, type: 'button', testId: 'review-finding', 'data-global-id': finding.globalId }, content);
  button.addEventListener('click', () => {
    button.closest('.cimtwin-review-result')?.querySelectorAll('.cimtwin-review-finding[aria-pressed]').forEach((other) => other.removeAttribute('aria-pressed'));
    button.setAttribute('aria-pressed', 'true');
    actions.selectFinding(finding);
  });
  return createElement('li', {}, [button]);
}
