/**
 * Lookups over the IDS dataType table: whether a dataType is valid for a schema and which XSD
 * base type its values take.
 */
import type { IdsIfcVersion, XsBaseType } from '../../ids-model.ts';
import { IDS_DATA_TYPE_GROUPS } from './ids-data-type-table.ts';

const SCHEMA_BIT: Record<IdsIfcVersion, number> = { IFC2X3: 1, IFC4: 2, IFC4X3_ADD2: 4 };

const TABLE = new Map<string, { base: XsBaseType | null; mask: number }>();
for (const [base, mask, names] of IDS_DATA_TYPE_GROUPS) {
  for (const name of names) TABLE.set(name, { base: base === 'none' ? null : (base as XsBaseType), mask });
}

/** True when `dataType` (uppercase) is a valid IDS dataType in the schema. */
export function isDataTypeOf(dataType: string, version: IdsIfcVersion): boolean {
  const entry = TABLE.get(dataType);
  return entry !== undefined && (entry.mask & SCHEMA_BIT[version]) !== 0;
}

/** True when the dataType is known to IDS at all. */
export function isKnownDataType(dataType: string): boolean {
  return TABLE.has(dataType);
}

/** The XSD base type values of this dataType use; null when unknown or without one (IFCBINARY). */
export function dataTypeBase(dataType: string): XsBaseType | null {
  return TABLE.get(dataType)?.base ?? null;
}
