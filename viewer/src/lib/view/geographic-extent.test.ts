import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Collection } from '../api/api-types.ts';
import {
  extentOfBoundingBox,
  initialExtentOf,
  SAMPLE_DISTRICT_EXTENT,
  unionOfExtents,
} from './geographic-extent.ts';

const collection = (id: string, bbox: number[] | undefined, tilesetUrl?: string) =>
  ({
    id,
    title: id,
    ...(bbox ? { extent: { spatial: { bbox: [bbox] } } } : {}),
    ...(tilesetUrl ? { tilesetUrl } : {}),
  }) as Collection & { tilesetUrl?: string };

test('extentOfBoundingBox reads 2D and 3D boxes and rejects broken ones', () => {
  assert.deepEqual(extentOfBoundingBox([121.48, 31.226, 121.521, 31.251]), {
    west: 121.48, south: 31.226, east: 121.521, north: 31.251,
  });
  assert.deepEqual(extentOfBoundingBox([121.48, 31.226, -5, 121.521, 31.251, 632]), {
    west: 121.48, south: 31.226, east: 121.521, north: 31.251,
  });
  assert.equal(extentOfBoundingBox([121.5, 31.3, 121.4, 31.2]), undefined);
  assert.equal(extentOfBoundingBox([0, 0, 200, 10]), undefined);
  assert.equal(extentOfBoundingBox(undefined), undefined);
});

test('unionOfExtents covers every extent', () => {
  const union = unionOfExtents([
    { west: 1, south: 2, east: 3, north: 4 },
    { west: 0, south: 3, east: 2, north: 5 },
  ]);
  assert.deepEqual(union, { west: 0, south: 2, east: 3, north: 5 });
  assert.equal(unionOfExtents([]), undefined);
});

test('initialExtentOf prefers layers with tiles and falls back to the sample district', () => {
  const tiled = collection('buildings', [121.49, 31.23, 121.5, 31.24], '/t.json');
  const flat = collection('boundaries', [120, 30, 122, 32]);
  assert.deepEqual(initialExtentOf([flat, tiled]), { west: 121.49, south: 31.23, east: 121.5, north: 31.24 });
  assert.deepEqual(initialExtentOf([flat]), { west: 120, south: 30, east: 122, north: 32 });
  assert.deepEqual(initialExtentOf([collection('empty', undefined)]), { ...SAMPLE_DISTRICT_EXTENT });
});
