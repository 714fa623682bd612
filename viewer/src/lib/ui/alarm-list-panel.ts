import { isAlarmActive, isAlarmUnacknowledged, type AlarmAction, type ListedAlarm } from '../api/alarm-types.ts';
import type { Language } from '../i18n/labels.ts';
import { alarmReasonText, formatTime } from '../operations/operations-text.ts';
import { createElement } from './create-element.ts';
import { LocalizedPanel } from './localized-panel.ts';
import { alarmStatusLabel } from './operations-names.ts';
import { conditionBadge } from './operations-badges.ts';

/** What the alarm list shows. */
export interface AlarmListPanelState {
  status: 'loading' | 'shown' | 'failed';
  alarms: ListedAlarm[];
  unacknowledged: number;
  /** Alarms with an action under way. */
  pending: ReadonlySet<string>;
  /** The last failed action or read, as the API said it. */
  error?: string;
}

/** What the alarm list asks of the viewer. */
export interface AlarmListActions {
  focus(alarm: ListedAlarm): void;
  act(alarm: ListedAlarm, action: AlarmAction): void;
  openCase(caseId: string): void;
  setOperator(name: string): void;
}

/**
 * The alarm list (告警): active alarms and cleared ones not yet acknowledged, newest first, with
 * a count badge. Each shows its severity, thing, value against threshold and start; a click
 * flies to the sensor, 确认 acknowledges and 清除 clears as the operator named at the top. The
 * operator field is built once, so an update of the list never takes the focus from it.
 */
export class AlarmListPanel extends LocalizedPanel {
  /** The panel's root element, to place in the page. */
  readonly element = createElement('section', { className: 'cimtwin-panel cimtwin-alarm-panel', testId: 'alarm-panel' });
  private readonly heading = createElement('h2', {});
  private readonly badge = createElement('span', { className: 'cimtwin-count-badge', testId: 'alarm-count' });
  private readonly operatorLabel = createElement('label', { for: 'cimtwin-alarm-operator' });
  private readonly operatorInput = createElement('input', { type: 'text', id: 'cimtwin-alarm-operator', testId: 'alarm-operator', maxlength: '64', autocomplete: 'username' });
  private readonly body = createElement('div', { className: 'cimtwin-alarm-body' });
  private state: AlarmListPanelState = { status: 'loading', alarms: [], unacknowledged: 0, pending: new Set() };

  constructor(
    language: Language,
    operator: string,
    private readonly actions: AlarmListActions,
  ) {
    super(language);
    this.operatorInput.value = operator;
    this.operatorInput.addEventListener('change', () => this.actions.setOperator(this.operatorInput.value));
    this.element.append(
      createElement('header', {}, [this.heading, this.badge]),
      createElement('div', { className: 'cimtwin-alarm-operator' }, [this.operatorLabel, this.operatorInput]),
      this.body,
    );
    this.render();
  }

  /** Shows a new state. */
  show(state: AlarmListPanelState): void {
    this.state = state;
    this.render();
  }

  /** Sets the operator field (the page API acts as someone else). */
  setOperator(name: string): void {
    this.operatorInput.value = name;
  }

  protected render(): void {
    const t = this.t;
    const state = this.state;
    this.element.dataset.status = state.status;
    this.heading.textContent = t('alarms');
    this.badge.textContent = String(state.alarms.length);
    this.badge.dataset.count = String(state.alarms.length);
    this.badge.dataset.unacknowledged = String(state.unacknowledged);
    this.badge.title = `${state.unacknowledged} ${t('alarmActiveUnack')}`;
    this.operatorLabel.textContent = t('operator');
    const parts: (HTMLElement | undefined)[] = [];
    if (state.error) parts.push(createElement('p', { className: 'cimtwin-error', testId: 'alarm-error' }, [state.error]));
    if (state.status === 'loading') parts.push(createElement('p', { className: 'cimtwin-hint' }, [t('loading')]));
    else if (state.status === 'failed') parts.push(createElement('p', { className: 'cimtwin-error' }, [t('alarmsFailed')]));
    else if (state.alarms.length === 0) parts.push(createElement('p', { className: 'cimtwin-hint', testId: 'alarm-empty' }, [t('noAlarms')]));
    else parts.push(createElement('ul', { className: 'cimtwin-alarm-list', testId: 'alarm-list' }, state.alarms.map((alarm) => this.entry(alarm))));
    this.body.replaceChildren(...parts.filter((part) => part !== undefined));
  }

  private entry(alarm: ListedAlarm): HTMLElement {
    const t = this.t;
    const busy = this.state.pending.has(alarm.id);
    const main = createElement('button', { type: 'button', className: 'cimtwin-alarm-main', testId: 'alarm-focus', title: alarm.type }, [
      createElement('span', { className: 'cimtwin-alarm-head' }, [conditionBadge(this.language, alarm.severity, 'alarm-severity'), createElement('strong', { testId: 'alarm-thing' }, [alarm.thingName])]),
      createElement('span', { className: 'cimtwin-alarm-reason', testId: 'alarm-reason' }, [alarmReasonText(alarm.details, this.language)]),
      createElement('small', {}, [`${t('alarmStarted')} ${formatTime(alarm.startTime)} · `, createElement('span', { testId: 'alarm-status' }, [alarmStatusLabel(this.language, alarm.status)])]),
    ]);
    main.addEventListener('click', () => this.actions.focus(alarm));
    const button = (action: AlarmAction, testId: string, text: string) => {
      const element = createElement('button', { type: 'button', className: 'cimtwin-small-button', testId }, [text]);
      element.disabled = busy;
      element.addEventListener('click', () => this.actions.act(alarm, action));
      return element;
    };
    const openCase = alarm.caseId ? createElement('button', { type: 'button', className: 'cimtwin-small-button', testId: 'alarm-case', 'data-case-id': alarm.caseId }, [`${t('alarmCase')} ${alarm.caseId}`]) : undefined;
    openCase?.addEventListener('click', () => this.actions.openCase(alarm.caseId!));
    return createElement('li', { className: 'cimtwin-alarm', testId: 'alarm-entry', 'data-alarm-id': alarm.id, 'data-status': alarm.status, 'data-severity': alarm.severity, 'data-thing-id': alarm.thingId }, [
      main,
      createElement('div', { className: 'cimtwin-alarm-actions' }, [
        isAlarmUnacknowledged(alarm.status) ? button('acknowledge', 'alarm-acknowledge', t('acknowledge')) : undefined,
        isAlarmActive(alarm.status) ? button('clear', 'alarm-clear', t('clearAlarm')) : undefined,
        openCase,
      ]),
    ]);
  }
}
