import type { RulePackInfo } from '../api/review-types.ts';
import type { LabelKey } from '../i18n/labels.ts';
import type { ParameterEntry } from '../review/parse-parameter-entry.ts';
import { parameterGroupsOf } from '../review/rule-parameter-fields.ts';
import { createElement } from './create-element.ts';
import { parameterField } from './parameter-field.ts';
import type { ParcelSelect } from './parcel-select.ts';

/** The parameter form of one rule pack and the parcel selects in it. */
export interface RulePackParametersView {
  element: HTMLDetailsElement;
  parcelSelects: ParcelSelect[];
}

/**
 * The collapsible parameters of a rule pack: the pack's own parameters, then each rule's under
 * the rule title. Undefined for a pack without parameters. What is entered goes to `entries`.
 */
export function rulePackParameters(
  pack: RulePackInfo,
  entries: Record<string, ParameterEntry>,
  t: (key: LabelKey) => string,
  onChange: () => void,
): RulePackParametersView | undefined {
  const groups = parameterGroupsOf(pack);
  if (groups.length === 0) return undefined;
  const parcelSelects: ParcelSelect[] = [];
  const sections = groups.map((group) => {
    const rows = group.fields.map((field) => {
      const view = parameterField(pack.id, field, entries, t, onChange);
      if (view.parcelSelect) parcelSelects.push(view.parcelSelect);
      return view.element;
    });
    return createElement('fieldset', { className: 'cimtwin-review-param-group', 'data-rule-id': group.ruleId ?? undefined }, [
      createElement('legend', { title: group.ruleId ?? pack.id }, [group.title ?? t('packParameters')]),
      ...rows,
    ]);
  });
  const count = groups.reduce((sum, group) => sum + group.fields.length, 0);
  const element = createElement('details', { className: 'cimtwin-review-params', testId: `review-params-${pack.id}` }, [
    createElement('summary', { testId: `review-params-summary-${pack.id}` }, [`${t('parameters')} (${count})`]),
    ...sections,
  ]);
  return { element, parcelSelects };
}
