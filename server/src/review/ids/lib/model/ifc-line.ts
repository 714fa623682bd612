/**
 * Helpers over web-ifc line objects (`IfcAPI.GetLine(model, id, false)`): attributes are wrapped
 * as `{ type, value, name }` (labels `type` 1, enums and booleans 3, reals 4, references 5,
 * integers 10), aggregates are arrays, and missing values are null.
 */

/** A line as web-ifc returns it; deliberately loose. */
export type IfcLine = Record<string, any>;

const REF = 5;

/** The express id a wrapped reference points to, or null. */
export function refId(attribute: unknown): number | null {
  if (attribute === null || typeof attribute !== 'object') return null;
  const wrapped = attribute as IfcLine;
  return wrapped.type === REF && typeof wrapped.value === 'number' ? wrapped.value : null;
}

/** Express ids of a reference or an aggregate of references (nested lists flattened). */
export function refIds(attribute: unknown): number[] {
  if (Array.isArray(attribute)) return attribute.flatMap((item) => refIds(item));
  const id = refId(attribute);
  return id === null ? [] : [id];
}

/** The plain string of a wrapped label/identifier/enum, or null. */
export function stringOf(attribute: unknown): string | null {
  if (attribute === null || attribute === undefined) return null;
  if (typeof attribute === 'string') return attribute;
  if (typeof attribute !== 'object' || Array.isArray(attribute)) return null;
  const value = (attribute as IfcLine).value;
  return typeof value === 'string' ? value : null;
}

/** The plain number of a wrapped measure or integer, or null. */
export function numberOf(attribute: unknown): number | null {
  if (attribute === null || typeof attribute !== 'object' || Array.isArray(attribute)) return null;
  const wrapped = attribute as IfcLine;
  const value = wrapped._representationValue !== undefined ? wrapped._representationValue : wrapped.value;
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : null;
}
