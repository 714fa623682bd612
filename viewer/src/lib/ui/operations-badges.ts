import type { Language } from '../i18n/labels.ts';
import { caseStateColour } from '../operations/case-state-colours.ts';
import { SENSOR_CONDITION_COLOURS, type SensorCondition } from '../operations/sensor-state-colours.ts';
import { createElement } from './create-element.ts';
import { caseStateLabel, conditionLabel } from './operations-names.ts';

/** A severity or sensor condition badge in its marker colour: 紧急, 正常, … */
export function conditionBadge(language: Language, condition: SensorCondition, testId?: string): HTMLElement {
  return createElement('span', { className: 'cimtwin-badge', 'data-condition': condition, testId, style: `background: ${SENSOR_CONDITION_COLOURS[condition]}` }, [conditionLabel(language, condition)]);
}

/** A case state badge in its marker colour: 上报, 派遣, … (an unknown state with the API's name). */
export function caseStateBadge(language: Language, state: string, fallback?: string, testId?: string): HTMLElement {
  return createElement('span', { className: 'cimtwin-badge', 'data-state': state, testId, style: `background: ${caseStateColour(state)}` }, [caseStateLabel(language, state, fallback)]);
}
