/**
 * Encodes rows of any metadata class into the binary columns of an EXT_structural_metadata
 * property table (3D Metadata Specification, binary table format), and attaches the table with
 * its schema to a glTF document. The class definition drives the encoding: its properties, in
 * their declared order, become the columns.
 *
 * Supported: SCALAR (8- to 32-bit integers, FLOAT32, FLOAT64), STRING (UTF-8, UINT32 offsets)
 * and BOOLEAN (bitstream). Vectors, arrays, enums and 64-bit integers are rejected by name;
 * nothing the tiler writes needs them.
 */
import type { Document } from '@gltf-transform/core';
import { DataError } from '../../data-error.ts';
import { ExtStructuralMetadata } from './ext-structural-metadata.ts';
import {
  EXT_STRUCTURAL_METADATA,
  type MetadataClassProperty,
  type MetadataComponentType,
  type MetadataSchema,
} from './structural-metadata.ts';

/** A value of one cell; null and undefined are "no data". */
export type PropertyCellValue = string | number | boolean | null | undefined;

/** One row: values by class property id. */
export type PropertyRow = Readonly<Record<string, PropertyCellValue>>;

/** Binary column of a property table: little-endian values, plus UINT32 offsets for strings. */
export interface EncodedColumn {
  values: Uint8Array;
  stringOffsets?: Uint8Array;
}

/** A property table ready to be written: schema, class id and encoded columns. */
export interface PropertyTableContent {
  schema: MetadataSchema;
  /** Id of the schema class the rows conform to. */
  className: string;
  /** Name of the table in the glTF. */
  tableName: string;
  count: number;
  /** Columns in the class's property order. */
  columns: Record<string, EncodedColumn>;
}

type NumericArray = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float32Array | Float64Array;
type NumericArrayType = { new (length: number): NumericArray };

const NUMERIC_ARRAYS: Partial<Record<MetadataComponentType, NumericArrayType>> = {
  INT8: Int8Array,
  UINT8: Uint8Array,
  INT16: Int16Array,
  UINT16: Uint16Array,
  INT32: Int32Array,
  UINT32: Uint32Array,
  FLOAT32: Float32Array,
  FLOAT64: Float64Array,
};

const INTEGER_RANGES: Partial<Record<MetadataComponentType, [number, number]>> = {
  INT8: [-128, 127],
  UINT8: [0, 255],
  INT16: [-32768, 32767],
  UINT16: [0, 65535],
  INT32: [-2147483648, 2147483647],
  UINT32: [0, 4294967295],
};

/**
 * Encodes `rows` of class `className` of `schema` into a {@link PropertyTableContent}. Missing
 * values take the property's `noData` (or '', 0, false when it has none); a missing value of a
 * `required` property, a value of the wrong type or out of range is a DataError.
 */
export function encodePropertyTable(
  schema: MetadataSchema,
  className: string,
  rows: readonly PropertyRow[],
  tableName = className,
): PropertyTableContent {
  const metadataClass = schema.classes?.[className];
  if (!metadataClass) throw new DataError(`property-table: schema "${schema.id}" has no class "${className}"`);
  const columns: Record<string, EncodedColumn> = {};
  for (const [id, property] of Object.entries(metadataClass.properties ?? {})) {
    columns[id] = encodePropertyColumn(
      id,
      property,
      rows.map((row) => row[id]),
    );
  }
  return { schema, className, tableName, count: rows.length, columns };
}

/** Encodes one column of values of a class property. */
export function encodePropertyColumn(id: string, property: MetadataClassProperty, values: readonly PropertyCellValue[]): EncodedColumn {
  if (property.array || property.count !== undefined) {
    throw new DataError(`property-table: property "${id}" is an array; only single values are supported`);
  }
  const missing = (row: number): void => {
    if (property.required) throw new DataError(`property-table: row ${row} has no value for the required property "${id}"`);
  };
  switch (property.type) {
    case 'STRING': {
      const fallback = typeof property.noData === 'string' ? property.noData : '';
      return encodeStrings(
        values.map((value, row) => {
          if (value === null || value === undefined) {
            missing(row);
            return fallback;
          }
          return String(value);
        }),
      );
    }
    case 'BOOLEAN': {
      const bits = new Uint8Array(Math.ceil(values.length / 8));
      values.forEach((value, row) => {
        if (value === null || value === undefined) return missing(row);
        if (typeof value !== 'boolean') throw typeError(id, 'BOOLEAN', row, value);
        if (value) bits[row >> 3] |= 1 << (row & 7);
      });
      return { values: bits };
    }
    case 'SCALAR':
      return { values: encodeScalars(id, property, values, missing) };
    default:
      throw new DataError(`property-table: property "${id}" has type ${property.type}; supported are SCALAR, STRING, BOOLEAN`);
  }
}

function encodeScalars(
  id: string,
  property: MetadataClassProperty,
  values: readonly PropertyCellValue[],
  missing: (row: number) => void,
): Uint8Array {
  const componentType = property.componentType;
  const ArrayType = componentType ? NUMERIC_ARRAYS[componentType] : undefined;
  if (!componentType || !ArrayType) {
    throw new DataError(`property-table: property "${id}" has component type ${componentType}; 64-bit integers are not supported`);
  }
  const range = INTEGER_RANGES[componentType];
  const fallback = typeof property.noData === 'number' ? property.noData : 0;
  const array = new ArrayType(values.length);
  values.forEach((value, row) => {
    let number = value;
    if (value === null || value === undefined || (!range && typeof value === 'number' && !Number.isFinite(value))) {
      missing(row);
      number = fallback;
    }
    if (typeof number !== 'number') throw typeError(id, componentType, row, value);
    if (range && !(Number.isInteger(number) && number >= range[0] && number <= range[1])) {
      throw new DataError(`property-table: row ${row} of "${id}" is ${number}, not an integer in ${range[0]}..${range[1]} (${componentType})`);
    }
    array[row] = number;
  });
  return new Uint8Array(array.buffer);
}

function typeError(id: string, type: string, row: number, value: unknown): DataError {
  return new DataError(`property-table: row ${row} of "${id}" (${type}) is ${JSON.stringify(value)}, of the wrong type`);
}

const textEncoder = new TextEncoder();

/** Packs strings as UTF-8 with UINT32 offsets, per the 3D Metadata binary table format. */
export function encodeStrings(strings: readonly string[]): { values: Uint8Array; offsets: Uint8Array } & EncodedColumn {
  const encoded = strings.map((value) => textEncoder.encode(value));
  const offsets = new Uint32Array(strings.length + 1);
  let length = 0;
  for (let i = 0; i < encoded.length; i++) {
    offsets[i] = length;
    length += encoded[i].byteLength;
  }
  offsets[encoded.length] = length;
  const values = new Uint8Array(length);
  for (let i = 0; i < encoded.length; i++) values.set(encoded[i], offsets[i]);
  const offsetBytes = new Uint8Array(offsets.buffer);
  return { values, offsets: offsetBytes, stringOffsets: offsetBytes };
}

/**
 * Attaches `table` and its schema to `document` as the asset's EXT_structural_metadata; the
 * table gets index 0, the index EXT_mesh_features feature ids refer to.
 */
export function attachPropertyTable(document: Document, table: PropertyTableContent): void {
  const extension = document.createExtension(ExtStructuralMetadata);
  const propertyTable = extension
    .createPropertyTable()
    .setName(table.tableName)
    .setClass(table.className)
    .setCount(table.count);
  for (const [id, column] of Object.entries(table.columns)) {
    const property = extension.createPropertyTableProperty().setValues(column.values).setStringOffsets(column.stringOffsets ?? null, 'UINT32');
    propertyTable.setProperty(id, property);
  }
  const metadata = extension.createStructuralMetadata().setSchema(table.schema).addPropertyTable(propertyTable);
  document.getRoot().setExtension(EXT_STRUCTURAL_METADATA, metadata);
}
