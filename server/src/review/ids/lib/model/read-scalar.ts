/**
 * Turns a wrapped web-ifc value into an {@link IfcScalar} in IDS units, or null when it holds no
 * value. Empty strings and the logical UNKNOWN count as no value, as IDS requires.
 */
import type { IfcScalar } from '../values/ifc-scalar.ts';
import { MEASURE_UNIT_TYPES } from '../schema/measure-unit-types.ts';
import type { IfcLine } from './ifc-line.ts';
import type { ProjectUnits } from './project-units.ts';

const INTEGER = 10;
const INTEGER_TYPES = new Set(['IFCINTEGER', 'IFCPOSITIVEINTEGER', 'IFCTIMESTAMP', 'IFCDAYINMONTHNUMBER',
  'IFCDAYINWEEKNUMBER', 'IFCMONTHINYEARNUMBER', 'IFCDIMENSIONCOUNT', 'IFCCARDINALPOINTREFERENCE', 'IFCCOUNTMEASURE',
  'IFCINTEGERCOUNTRATEMEASURE']);

/** Options of {@link readScalar}. */
export interface ReadScalarOptions {
  /** Units to convert measures with; no conversion when absent. */
  units?: ProjectUnits;
  /** Explicit unit line (IfcPropertySingleValue.Unit and the like). */
  unitId?: number | null;
  /** Defined type to assume when the value carries none (e.g. a quantity's measure). */
  ifcType?: string | null;
}

/** The scalar of a wrapped value; null for null, '', UNKNOWN, references and aggregates. */
export function readScalar(attribute: unknown, options: ReadScalarOptions = {}): IfcScalar | null {
  if (attribute === null || attribute === undefined) return null;
  if (typeof attribute === 'string') return attribute === '' ? null : { kind: 'string', value: attribute, ifcType: options.ifcType ?? null };
  if (typeof attribute === 'number') return numeric(attribute, options.ifcType ?? null, false, options);
  if (typeof attribute === 'boolean') return { kind: 'boolean', value: attribute, ifcType: options.ifcType ?? null };
  if (typeof attribute !== 'object' || Array.isArray(attribute)) return null;
  const wrapped = attribute as IfcLine;
  if (wrapped.type === 5) return null;
  const ifcType = typeof wrapped.name === 'string' ? wrapped.name.toUpperCase() : options.ifcType ?? null;
  const raw = wrapped._representationValue !== undefined ? wrapped._representationValue : wrapped.value;
  if (raw === null || raw === undefined) return null;
  if (ifcType === 'IFCBOOLEAN' || ifcType === 'IFCLOGICAL') {
    const truth = raw === true || raw === 'T' || raw === '.T.' || raw === 'TRUE' ? true
      : raw === false || raw === 'F' || raw === '.F.' || raw === 'FALSE' ? false : null;
    return truth === null ? null : { kind: 'boolean', value: truth, ifcType };
  }
  if (typeof raw === 'number') return numeric(raw, ifcType, wrapped.type === INTEGER, options);
  if (typeof raw === 'boolean') return { kind: 'boolean', value: raw, ifcType };
  if (typeof raw !== 'string' || raw === '') return null;
  return { kind: 'string', value: raw, ifcType };
}

function numeric(value: number, ifcType: string | null, integerTape: boolean, options: ReadScalarOptions): IfcScalar {
  const integer = integerTape || (ifcType !== null && INTEGER_TYPES.has(ifcType));
  if (options.units && ifcType && MEASURE_UNIT_TYPES[ifcType]) {
    const { scale, offset } = options.units.forMeasure(ifcType, options.unitId ?? null);
    if (scale !== 1 || offset !== 0) return { kind: 'number', value: value * scale + offset, integer: false, ifcType };
  }
  return { kind: 'number', value, integer, ifcType };
}
