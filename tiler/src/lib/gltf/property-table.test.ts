import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DataError } from '../../data-error.ts';
import { buildElementSchema } from './element-metadata.ts';
import { encodePropertyColumn, encodePropertyTable } from './property-table.ts';

describe('encodePropertyTable', () => {
  it('encodes every column type of a caller-defined class, missing values as noData', () => {
    const { schema, className } = buildElementSchema({
      name: 'element',
      properties: {
        label: { type: 'STRING' },
        area: { type: 'FLOAT32' },
        span: { type: 'FLOAT64' },
        count: { type: 'UINT32' },
        offset: { type: 'INT32' },
        external: { type: 'BOOLEAN' },
      },
    });
    assert.deepEqual(Object.keys(schema.classes![className].properties!), ['id', 'label', 'area', 'span', 'count', 'offset', 'external']);
    const table = encodePropertyTable(schema, className, [
      { id: 7, label: 'Wand', area: 1.5, span: 0.1, count: 3, offset: -4, external: true },
      { id: 8 },
      { id: 9, label: 12, external: true },
    ]);
    assert.equal(table.count, 3);
    assert.equal(table.tableName, 'element');
    assert.deepEqual(Array.from(new Uint32Array(table.columns.id.values.slice().buffer)), [7, 8, 9]);
    assert.equal(new TextDecoder().decode(table.columns.label.values), 'Wand12');
    assert.deepEqual(Array.from(new Uint32Array(table.columns.label.stringOffsets!.slice().buffer)), [0, 4, 4, 6]);
    assert.deepEqual(Array.from(new Float32Array(table.columns.area.values.slice().buffer)), [1.5, -3.4028234663852886e38, -3.4028234663852886e38]);
    assert.deepEqual(Array.from(new Float64Array(table.columns.span.values.slice().buffer)), [0.1, -Number.MAX_VALUE, -Number.MAX_VALUE]);
    assert.deepEqual(Array.from(new Uint32Array(table.columns.count.values.slice().buffer)), [3, 4294967295, 4294967295]);
    assert.deepEqual(Array.from(new Int32Array(table.columns.offset.values.slice().buffer)), [-4, -2147483648, -2147483648]);
    assert.deepEqual(Array.from(table.columns.external.values), [0b101]);
  });

  it('rejects wrong types, out-of-range integers, missing required values and unsupported types', () => {
    const { schema, className } = buildElementSchema({ name: 'c', properties: { n: { type: 'UINT32' } } });
    assert.throws(() => encodePropertyTable(schema, className, [{ id: 1, n: 'three' }]), DataError);
    assert.throws(() => encodePropertyTable(schema, className, [{ id: 1, n: -1 }]), DataError);
    assert.throws(() => encodePropertyTable(schema, className, [{ id: 1, n: 1.5 }]), DataError);
    assert.throws(() => encodePropertyTable(schema, className, [{ n: 1 }]), /required property "id"/);
    assert.throws(() => encodePropertyTable(schema, 'other', []), DataError);
    assert.throws(() => encodePropertyColumn('v', { type: 'VEC3', componentType: 'FLOAT32' }, [1]), /supported are/);
    assert.throws(() => encodePropertyColumn('v', { type: 'SCALAR', componentType: 'UINT64' }, [1]), /64-bit/);
    assert.throws(() => encodePropertyColumn('v', { type: 'BOOLEAN' }, ['yes']), DataError);
  });
});
