/**
 * Reading attribute values out of web-ifc line objects. web-ifc wraps every attribute: labels as
 * `{ type: 1, value }`, measures as `{ type: 4, _representationValue }`, enums as
 * `{ type: 3, value }`, references as `{ type: 5, value: expressId }`, lists as arrays.
 */
import type { IfcPropertyValue } from '../ifc-records.ts';
import type { ProjectUnits } from './read-units.ts';

/** web-ifc's tape type of a reference. */
const REF = 5;

/** A line or value as web-ifc hands it out; deliberately loose. */
export type IfcLine = Record<string, any>;

/** The plain value of a wrapped attribute (string, number, boolean), or null. */
export function plainValue(attribute: unknown): string | number | boolean | null {
  if (attribute === null || attribute === undefined) return null;
  if (typeof attribute !== 'object') return attribute as string | number | boolean;
  const wrapped = attribute as IfcLine;
  let value = wrapped._representationValue !== undefined ? wrapped._representationValue : wrapped.value;
  if (value === undefined || value === null) return null;
  if (typeof value === 'object') return null;
  const name = typeof wrapped.name === 'string' ? wrapped.name : '';
  if ((name === 'IFCBOOLEAN' || name === 'IFCLOGICAL') && typeof value === 'string') {
    if (value === 'T' || value === 'TRUE') value = true;
    else if (value === 'F' || value === 'FALSE') value = false;
  }
  return value as string | number | boolean;
}

/** A wrapped attribute as a string, or null. */
export function stringValue(attribute: unknown): string | null {
  const value = plainValue(attribute);
  return value === null ? null : String(value);
}

/** A wrapped attribute as a finite number, or null. */
export function numberValue(attribute: unknown): number | null {
  const value = plainValue(attribute);
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : null;
}

/** The express id a reference attribute points to, or null. */
export function refId(attribute: unknown): number | null {
  if (attribute === null || typeof attribute !== 'object') return null;
  const wrapped = attribute as IfcLine;
  if (typeof wrapped.expressID === 'number') return wrapped.expressID;
  return wrapped.type === REF && typeof wrapped.value === 'number' ? wrapped.value : null;
}

/** Express ids of a list-of-references attribute (a single reference counts as a list of one). */
export function refIds(attribute: unknown): number[] {
  if (Array.isArray(attribute)) return attribute.map(refId).filter((id): id is number => id !== null);
  const id = refId(attribute);
  return id === null ? [] : [id];
}

/** Values of a list attribute (e.g. IfcPropertyListValue.ListValues) as property values. */
export function listValues(attribute: unknown): IfcPropertyValue[] {
  if (!Array.isArray(attribute)) return attribute === null || attribute === undefined ? [] : [plainValue(attribute)];
  return attribute.map(plainValue);
}

/** The numbers of a list attribute such as IfcCompoundPlaneAngleMeasure or direction ratios. */
export function numberList(attribute: unknown): number[] | null {
  const raw = attribute !== null && typeof attribute === 'object' && !Array.isArray(attribute) ? (attribute as IfcLine).value : attribute;
  if (!Array.isArray(raw)) return null;
  const numbers = raw.map((item) => (typeof item === 'number' ? item : numberValue(item)));
  return numbers.every((n): n is number => n !== null) ? numbers : null;
}

/** Measure types whose values are in the project's length, area or volume unit. */
const MEASURE_POWER: Record<string, 1 | 2 | 3> = {
  IFCLENGTHMEASURE: 1,
  IFCPOSITIVELENGTHMEASURE: 1,
  IFCNONNEGATIVELENGTHMEASURE: 1,
  IFCAREAMEASURE: 2,
  IFCVOLUMEMEASURE: 3,
};

/**
 * The plain value of a wrapped attribute in SI units: length, area and volume measures are
 * scaled from the project units (models drawn in millimetres are common), others as written.
 */
export function siValue(attribute: unknown, units: ProjectUnits): string | number | boolean | null {
  const value = plainValue(attribute);
  if (typeof value !== 'number' || attribute === null || typeof attribute !== 'object') return value;
  const power = MEASURE_POWER[String((attribute as IfcLine).name ?? '')];
  if (power === 1) return value * units.lengthScale;
  if (power === 2) return value * units.areaScale;
  if (power === 3) return value * units.volumeScale;
  return value;
}

/** Values of a list attribute in SI units (see {@link siValue}). */
export function siListValues(attribute: unknown, units: ProjectUnits): IfcPropertyValue[] {
  if (!Array.isArray(attribute)) return attribute === null || attribute === undefined ? [] : [siValue(attribute, units)];
  return attribute.map((item) => siValue(item, units));
}
