/**
 * The metadata every tiled feature carries, as an EXT_structural_metadata schema with one class,
 * `feature`, and the binary columns of its property table. Row i of the table describes the
 * feature whose vertices carry `_FEATURE_ID_0 = i`; its `id` is the database row id.
 */
import { DataError } from '../../data-error.ts';
import type { MetadataSchema } from './structural-metadata.ts';

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
export interface FeatureRecord {
  id: number;
  name?: string | null;
  kind?: string | null;
  height?: number | null;
}

/** Binary columns of a string property: UTF-8 bytes and count + 1 UINT32 byte offsets. */
export interface StringColumn {
  values: Uint8Array;
  offsets: Uint8Array;
}

/** All columns of the feature property table, little-endian. */
export interface FeatureColumns {
  count: number;
  id: Uint8Array;
  name: StringColumn;
  kind: StringColumn;
  height: Uint8Array;
}

/** Encodes feature records into property table columns. */
export function encodeFeatureColumns(records: readonly FeatureRecord[]): FeatureColumns {
  const count = records.length;
  const ids = new Uint32Array(count);
  const heights = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    const { id, height } = records[i];
    if (!Number.isInteger(id) || id < 0 || id > 0xffffffff) {
      throw new DataError(`feature-metadata: feature id ${id} is not an integer in 0..4294967295 (UINT32)`);
    }
    ids[i] = id;
    heights[i] = height !== null && height !== undefined && Number.isFinite(height) ? height : HEIGHT_NO_DATA;
  }
  return {
    count,
    id: new Uint8Array(ids.buffer),
    name: encodeStrings(records.map((record) => record.name ?? '')),
    kind: encodeStrings(records.map((record) => record.kind ?? '')),
    height: new Uint8Array(heights.buffer),
  };
}

const textEncoder = new TextEncoder();

/** Packs strings as UTF-8 with UINT32 offsets, per the 3D Metadata binary table format. */
export function encodeStrings(strings: readonly string[]): StringColumn {
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
  return { values, offsets: new Uint8Array(offsets.buffer) };
}
