import type { LabelKey } from '../i18n/labels.ts';
import type { ParameterProblem } from '../review/parse-parameter-entry.ts';

/** A parameter problem in the UI language: `不得小于 0`, `must be a whole number`. */
export function parameterProblemText(problem: ParameterProblem, t: (key: LabelKey) => string): string {
  switch (problem.code) {
    case 'required':
      return t('valueRequired');
    case 'not-a-number':
      return t('valueNotNumber');
    case 'not-an-integer':
      return t('valueNotInteger');
    case 'below-minimum':
      return `${t('valueAtLeast')} ${problem.limit}`;
    case 'above-maximum':
      return `${t('valueAtMost')} ${problem.limit}`;
    case 'not-an-option':
      return `${t('valueOneOf')} ${problem.options.join(', ')}`;
  }
}
