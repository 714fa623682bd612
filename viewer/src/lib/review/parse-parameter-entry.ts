import type { FeatureReference, RuleParameterInfo, RuleParameterType } from '../api/review-types.ts';

/**
 * What a reviewer entered for one parameter: the text of a number or text field (the empty text
 * means "not set"), a checkbox state, an option, or a parcel (null: none).
 */
export type ParameterEntry = string | boolean | FeatureReference | null;

/** Why an entry is refused, for the form to word in the UI language. */
export type ParameterProblem =
  | { code: 'required' }
  | { code: 'not-a-number' }
  | { code: 'not-an-integer' }
  | { code: 'below-minimum'; limit: number }
  | { code: 'above-maximum'; limit: number }
  | { code: 'not-an-option'; options: string[] };

/** An entry read as the value to send, or the reason it cannot be sent. */
export type ParsedParameter = { ok: true; value: unknown } | { ok: false; problem: ParameterProblem };

/** Parameter types the form edits; tables and red lines keep their default (the API and CLI take them). */
export const EDITABLE_PARAMETER_TYPES: readonly RuleParameterType[] = ['number', 'integer', 'boolean', 'enum', 'string', 'geometry'];

/** Whether the form edits parameters of this type. */
export function isEditableParameter(definition: RuleParameterInfo): boolean {
  return EDITABLE_PARAMETER_TYPES.includes(definition.type);
}

/**
 * Reads an entry against its parameter the way the API will (server resolve-rule-parameters):
 * number text to a number within minimum and maximum (whole for an integer), an option of an
 * enum; empty text or no parcel is null, accepted only when the parameter is nullable.
 */
export function parseParameterEntry(definition: RuleParameterInfo, entry: ParameterEntry): ParsedParameter {
  const refuse = (problem: ParameterProblem): ParsedParameter => ({ ok: false, problem });
  if (entry === null || (typeof entry === 'string' && entry.trim() === '')) {
    return definition.nullable ? { ok: true, value: null } : refuse({ code: 'required' });
  }
  switch (definition.type) {
    case 'number':
    case 'integer': {
      const value = typeof entry === 'string' ? Number(entry.trim()) : Number.NaN;
      if (!Number.isFinite(value)) return refuse({ code: 'not-a-number' });
      if (definition.type === 'integer' && !Number.isInteger(value)) return refuse({ code: 'not-an-integer' });
      if (definition.minimum !== undefined && value < definition.minimum) return refuse({ code: 'below-minimum', limit: definition.minimum });
      if (definition.maximum !== undefined && value > definition.maximum) return refuse({ code: 'above-maximum', limit: definition.maximum });
      return { ok: true, value };
    }
    case 'boolean':
      return typeof entry === 'boolean' ? { ok: true, value: entry } : refuse({ code: 'required' });
    case 'enum':
      return typeof entry === 'string' && (definition.options ?? []).includes(entry) ? { ok: true, value: entry } : refuse({ code: 'not-an-option', options: definition.options ?? [] });
    case 'string':
      return typeof entry === 'string' ? { ok: true, value: entry } : refuse({ code: 'required' });
    case 'geometry':
      return typeof entry === 'object' ? { ok: true, value: { layerId: entry.layerId, featureId: entry.featureId } } : refuse({ code: 'required' });
    default:
      return { ok: true, value: definition.default ?? null };
  }
}

/** The entry a form field starts with: the parameter's default, as the field holds it. */
export function defaultEntryOf(definition: RuleParameterInfo): ParameterEntry {
  const value = definition.default;
  switch (definition.type) {
    case 'number':
    case 'integer':
      return typeof value === 'number' ? String(value) : '';
    case 'boolean':
      return value === true;
    case 'enum':
    case 'string':
      return typeof value === 'string' ? value : '';
    case 'geometry':
      return isFeatureReference(value) ? value : null;
    default:
      return null;
  }
}

function isFeatureReference(value: unknown): value is FeatureReference {
  return typeof value === 'object' && value !== null && typeof (value as FeatureReference).layerId === 'string' && typeof (value as FeatureReference).featureId === 'number';
}
