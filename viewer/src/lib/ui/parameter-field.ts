import type { FeatureReference } from '../api/review-types.ts';
import type { LabelKey } from '../i18n/labels.ts';
import { defaultEntryOf, parseParameterEntry, type ParameterEntry } from '../review/parse-parameter-entry.ts';
import type { RuleParameterField } from '../review/rule-parameter-fields.ts';
import { createElement } from './create-element.ts';
import { parameterProblemText } from './parameter-problem-text.ts';
import { ParcelSelect } from './parcel-select.ts';

/** One parameter row of the review form, and its parcel select when it is a geometry parameter. */
export interface ParameterFieldView {
  element: HTMLElement;
  parcelSelect?: ParcelSelect;
}

/**
 * A row for one parameter: its title (description as tooltip), the input of its type prefilled
 * with the entry or the default, its unit, and the error of the entry shown as it is typed.
 * Entries are written to `entries` by key; tables and red lines show their default read-only.
 */
export function parameterField(
  packId: string,
  field: RuleParameterField,
  entries: Record<string, ParameterEntry>,
  t: (key: LabelKey) => string,
  onChange: () => void,
): ParameterFieldView {
  const { key, definition } = field;
  const id = `cimtwin-review-param-${packId}-${key}`;
  const testId = `review-param-${packId}-${key}`;
  const entry = key in entries ? entries[key] : defaultEntryOf(definition);
  const error = createElement('small', { className: 'cimtwin-error cimtwin-review-param-error', testId: `review-param-error-${packId}-${key}`, role: 'alert' });
  const check = (value: ParameterEntry) => {
    const parsed = parseParameterEntry(definition, value);
    error.textContent = parsed.ok ? '' : parameterProblemText(parsed.problem, t);
    error.hidden = parsed.ok;
    control?.setAttribute('aria-invalid', String(!parsed.ok));
  };
  const set = (value: ParameterEntry) => {
    entries[key] = value;
    check(value);
    onChange();
  };
  const label = createElement('label', { for: id, title: definition.description, className: 'cimtwin-review-param-title' }, [definition.title]);
  const unit = definition.unit ? createElement('span', { className: 'cimtwin-review-param-unit' }, [definition.unit]) : undefined;
  let control: HTMLElement | undefined;
  let parcelSelect: ParcelSelect | undefined;
  let body: (HTMLElement | undefined)[];
  switch (definition.type) {
    case 'number':
    case 'integer': {
      const input = createElement('input', {
        type: 'number', id, testId,
        step: definition.type === 'integer' ? '1' : 'any',
        min: definition.minimum?.toString(),
        max: definition.maximum?.toString(),
        placeholder: definition.nullable ? t('notSet') : undefined,
      });
      input.value = typeof entry === 'string' ? entry : '';
      // Text the browser cannot read as a number reads as '' with badInput; keep it invalid, not "not set".
      input.addEventListener('input', () => set(input.validity.badInput ? 'NaN' : input.value));
      control = input;
      body = [input, unit];
      break;
    }
    case 'boolean': {
      const input = createElement('input', { type: 'checkbox', id, testId });
      input.checked = entry === true;
      input.addEventListener('change', () => set(input.checked));
      control = input;
      body = [input];
      break;
    }
    case 'enum': {
      const values = [...(definition.nullable ? [''] : []), ...(definition.options ?? [])];
      const select = createElement('select', { id, testId }, values.map((value) => createElement('option', { value }, [value === '' ? t('notSet') : value])));
      select.value = typeof entry === 'string' ? entry : '';
      select.addEventListener('change', () => set(select.value));
      control = select;
      body = [select, unit];
      break;
    }
    case 'string': {
      const input = createElement('input', { type: 'text', id, testId, placeholder: definition.nullable ? t('notSet') : undefined });
      input.value = typeof entry === 'string' ? entry : '';
      input.addEventListener('input', () => set(input.value));
      control = input;
      body = [input, unit];
      break;
    }
    case 'geometry': {
      parcelSelect = new ParcelSelect(id, testId, (entry as FeatureReference | null) ?? null, (chosen) => set(chosen));
      label.textContent = `${definition.title} · ${t('parcelUnderModel')}`;
      control = parcelSelect.select;
      body = [parcelSelect.element];
      break;
    }
    case 'table': {
      const rows = definition.default && typeof definition.default === 'object' ? Object.keys(definition.default).length : 0;
      body = [createElement('span', { className: 'cimtwin-hint', testId }, [`${t('defaultTable')} · ${rows} ${t('tableRows')} (${t('notEditableHere')})`]), unit];
      break;
    }
    case 'red-lines': {
      const count = Array.isArray(definition.default) ? definition.default.length : 0;
      body = [createElement('span', { className: 'cimtwin-hint', testId }, [`${t('defaultRedLines')}: ${count} · ${t('redLinesHint')}`])];
      break;
    }
  }
  if (control) check(entry);
  else error.hidden = true;
  const element = createElement('div', { className: 'cimtwin-review-param', 'data-type': definition.type, 'data-key': key }, [
    label,
    createElement('div', { className: 'cimtwin-review-param-input' }, body),
    error,
  ]);
  return { element, parcelSelect };
}
