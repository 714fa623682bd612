/**
 * The metadata every tiled feature carries, as an EXT_structural_metadata schema with one class,
 * `feature`, and the binary columns of its property table. Row i of the table describes the
 * feature whose vertices carry `_FEATURE_ID_0 = i`; its `id` is the database row id.
 */
import { DataError } from '../../data-error.ts';
import { encodePropertyTable, type PropertyTableContent } from './property-table.ts';
import type { MetadataSchema } from './structural-metadata.ts';

export { encodeStrings } from './property-table.ts';

/** Schema class id of tiled features. */
export const FEATURE_CLASS = 'feature';

/** Height written when a feature has none (the class property's `noData`). */
export const HEIGHT_NO_DATA = -1;

/** The schema embedded in every glb the tiler writes. */
export const FEATURE_SCHEMA: MetadataSchema = {
  id: 'cimtwin',
  name: 'cimtwin features',
  version: '1.0.0',
  classes: {
    [FEATURE_CLASS]: {
      name: 'Feature',
      description: 'A feature of a cimtwin layer.',
      properties: {
        id: { type: 'SCALAR', componentType: 'UINT32', required: true, description: 'Database row id.' },
        name: { type: 'STRING', noData: '', description: 'Name, empty when unknown.' },
        kind: { type: 'STRING', noData: '', description: 'Kind within the layer, e.g. major_road.' },
        height: {
          type: 'SCALAR',
          componentType: 'FLOAT32',
          noData: HEIGHT_NO_DATA,
          description: 'Height above ground in metres.',
        },
      },
    },
  },
};

/** One row of the feature property table. */
export type FeatureRecord = {
  id: number;
  name?: string | null;
  kind?: string | null;
  height?: number | null;
};

/** The property table of a tile's features; row i describes the feature with `_FEATURE_ID_0 = i`. */
export function featurePropertyTable(records: readonly FeatureRecord[]): PropertyTableContent {
  for (const { id } of records) {
    if (!Number.isInteger(id) || id < 0 || id > 0xffffffff) {
      throw new DataError(`feature-metadata: feature id ${id} is not an integer in 0..4294967295 (UINT32)`);
    }
  }
  return encodePropertyTable(FEATURE_SCHEMA, FEATURE_CLASS, records, 'features');
}
