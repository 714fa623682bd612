import type { CaseHistoryStep, CaseRecord } from '../api/case-types.ts';
import { label, type LabelKey, type Language } from '../i18n/labels.ts';
import { formatHours, formatTime } from '../operations/operations-text.ts';
import { createElement } from './create-element.ts';
import { caseStateBadge } from './operations-badges.ts';
import { caseActionLabel, caseRoleLabel, caseSourceLabel } from './operations-names.ts';

/** What the case part of the detail panel shows. */
export interface CaseDetailState {
  caseId: string;
  status: 'loading' | 'shown' | 'failed';
  record?: CaseRecord;
  history?: CaseHistoryStep[];
  error?: string;
}

/**
 * A case: its number and state, class, source, urgency, description, grid, component and
 * department, the handling deadline with the time left or 已超期, and its timeline (办理过程).
 */
export function caseDetailView(state: CaseDetailState, language: Language): HTMLElement {
  const t = (key: LabelKey) => label(language, key);
  const record = state.record;
  if (!record) {
    const text = state.status === 'failed' ? `${t('caseFailed')}: ${state.error ?? ''}` : t('loading');
    return createElement('div', { className: 'cimtwin-case-detail', testId: 'case-detail', 'data-case-id': state.caseId }, [
      createElement('p', { className: state.status === 'failed' ? 'cimtwin-error' : 'cimtwin-hint' }, [text]),
    ]);
  }
  const row = (key: LabelKey, value: string | Node | null | undefined, testId?: string) =>
    value === null || value === undefined || value === '' ? undefined : createElement('tr', {}, [createElement('th', { scope: 'row' }, [t(key)]), createElement('td', { testId }, [value])]);
  const kind = record.caseClass.kind === 'component' ? t('classComponent') : t('classEvent');
  const deadline = record.deadline;
  const hours = (value: number) => formatHours(value, language, deadline?.limit.unit === 'working-hours' ? 'workingHours' : 'hours');
  const remaining = deadline?.remainingHours ?? null;
  const late = record.overdue || (remaining !== null && remaining < 0);
  const deadlineText = deadline ? `${t('caseDueAt')} ${formatTime(deadline.dueAt)}${remaining !== null && remaining >= 0 ? ` · ${t('caseRemaining')} ${hours(remaining)}` : ''}` : undefined;
  const overdue = late ? createElement('span', { className: 'cimtwin-overdue', testId: 'case-overdue' }, [`${t('caseOverdue')}${remaining !== null && remaining < 0 ? ` ${hours(-remaining)}` : ''}`]) : undefined;
  return createElement('div', { className: 'cimtwin-case-detail', testId: 'case-detail', 'data-case-id': record.id, 'data-state': record.state }, [
    createElement('h3', { testId: 'case-id' }, [record.id]),
    createElement('table', { className: 'cimtwin-attributes' }, [
      createElement('tbody', {}, [
        row('caseState', caseStateBadge(language, record.state, record.stateName, 'case-state')),
        row('caseClass', `${kind} ${record.caseClass.code}${record.caseClass.name ? ` ${record.caseClass.name}` : ''}`),
        row('caseSource', caseSourceLabel(language, record.source, record.sourceName)),
        row('caseUrgency', t(record.urgency === 'urgent' ? 'urgent' : 'ordinary')),
        row('caseDescription', record.description),
        row('caseGrid', record.gridCode, 'case-grid'),
        row('caseComponent', record.componentCode),
        row('caseDepartment', record.department),
        row('caseReportedAt', formatTime(record.reportedAt)),
        deadlineText || overdue ? row('caseDeadline', createElement('span', { testId: 'case-deadline' }, [deadlineText ?? '', deadlineText && overdue ? ' · ' : '', overdue ?? ''])) : undefined,
      ].filter((entry) => entry !== undefined)),
    ]),
    createElement('h3', {}, [t('caseTimeline')]),
    caseTimeline(state.history ?? record.history ?? [], language),
  ]);
}

/** The steps of a case, oldest first: when, what, who, to which department, and why. */
function caseTimeline(steps: readonly CaseHistoryStep[], language: Language): HTMLElement {
  return createElement('ol', { className: 'cimtwin-case-timeline', testId: 'case-timeline' }, steps.map((step) =>
    createElement('li', { testId: 'case-step', 'data-action': step.action, 'data-to': step.to }, [
      createElement('time', { dateTime: step.at }, [formatTime(step.at)]),
      createElement('strong', {}, [caseActionLabel(language, step.action, step.actionName)]),
      createElement('span', {}, [`${caseRoleLabel(language, step.role, step.roleName)} ${step.actor}${step.department ? ` → ${step.department}` : ''}`]),
      step.note ? createElement('small', {}, [step.note]) : undefined,
    ]),
  ));
}
