/**
 * The metadata schema of building-model tiles, built from the class the caller describes (e.g.
 * globalId, ifcClass, name, storey) plus the database row `id` every tiled element carries.
 * Column types are an allow-list of the 3D Metadata types a viewer can show without enums or
 * arrays.
 */
import { DataError } from '../../data-error.ts';
import type { MetadataClassProperty, MetadataSchema } from './structural-metadata.ts';

/** Column types a building-model metadata class may use. */
export const ELEMENT_COLUMN_TYPES = ['STRING', 'FLOAT32', 'FLOAT64', 'UINT32', 'INT32', 'BOOLEAN'] as const;

/** One of {@link ELEMENT_COLUMN_TYPES}. */
export type ElementColumnType = (typeof ELEMENT_COLUMN_TYPES)[number];

/** The metadata class of tiled elements: its name and its columns besides `id`. */
export interface ElementMetadataClass {
  /** Class id in the schema, an identifier such as `ifc_element`. */
  name: string;
  description?: string;
  properties: Record<string, { type: ElementColumnType; description?: string }>;
}

/**
 * Values written when an element has no value for a column (the class property's `noData`).
 * BOOLEAN has no noData in 3D Metadata; a missing flag is written as false.
 */
export const ELEMENT_NO_DATA: Readonly<Record<Exclude<ElementColumnType, 'BOOLEAN'>, string | number>> = Object.freeze({
  STRING: '',
  FLOAT32: -3.4028234663852886e38,
  FLOAT64: -Number.MAX_VALUE,
  UINT32: 4294967295,
  INT32: -2147483648,
});

const IDENTIFIER = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** The schema holding `metadataClass` (with `id` first) and the class id; bad classes are a DataError. */
export function buildElementSchema(metadataClass: ElementMetadataClass): { schema: MetadataSchema; className: string } {
  const className = metadataClass?.name;
  if (typeof className !== 'string' || !IDENTIFIER.test(className)) {
    throw new DataError(`tile-meshes: metadata class name "${className}" must be an identifier (letters, digits, _)`);
  }
  const properties: Record<string, MetadataClassProperty> = {
    id: { type: 'SCALAR', componentType: 'UINT32', required: true, description: 'Database row id.' },
  };
  for (const [id, column] of Object.entries(metadataClass.properties ?? {})) {
    if (!IDENTIFIER.test(id)) throw new DataError(`tile-meshes: metadata property "${id}" must be an identifier (letters, digits, _)`);
    if (id === 'id') throw new DataError('tile-meshes: metadata property "id" is reserved for the database row id; rename it');
    if (!ELEMENT_COLUMN_TYPES.includes(column?.type)) {
      throw new DataError(
        `tile-meshes: metadata property "${id}" has type ${column?.type}; supported are ${ELEMENT_COLUMN_TYPES.join(', ')}`,
      );
    }
    const property: MetadataClassProperty =
      column.type === 'STRING' || column.type === 'BOOLEAN'
        ? { type: column.type }
        : { type: 'SCALAR', componentType: column.type };
    if (column.type !== 'BOOLEAN') property.noData = ELEMENT_NO_DATA[column.type];
    if (column.description) property.description = column.description;
    properties[id] = property;
  }
  const definition = { name: className, properties } as { name: string; description?: string; properties: typeof properties };
  if (metadataClass.description) definition.description = metadataClass.description;
  return { schema: { id: 'cimtwin', name: 'cimtwin building elements', version: '1.0.0', classes: { [className]: definition } }, className };
}
