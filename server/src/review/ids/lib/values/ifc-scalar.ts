/**
 * A single value read from a model (attribute, property or quantity), already converted to the
 * IDS unit (SI) when it is a measure. `ifcType` is the uppercase IFC defined type when known
 * (e.g. `IFCLENGTHMEASURE`), which the property facet's dataType is compared with.
 */
export type IfcScalar =
  | { kind: 'string'; value: string; ifcType: string | null }
  | { kind: 'number'; value: number; integer: boolean; ifcType: string | null }
  | { kind: 'boolean'; value: boolean; ifcType: string | null };

/** The scalar as a plain JS value, for reports. */
export function scalarValue(scalar: IfcScalar): string | number | boolean {
  return scalar.value;
}

/** Human-readable form of a scalar, e.g. `"Foo"`, `42`, `true`. */
export function describeScalar(scalar: IfcScalar): string {
  return scalar.kind === 'string' ? JSON.stringify(scalar.value) : String(scalar.value);
}
