import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FeatureRecord } from '../api/api-types.ts';
import { modelFootprint, parcelChoicesOf } from './parcel-choices.ts';

/** A square parcel around (lon, lat), `half` degrees to each side. */
function parcel(id: number | string, lon: number, lat: number, half: number, properties: Record<string, unknown> = {}, multi = false): FeatureRecord {
  const ring = [[lon - half, lat - half], [lon + half, lat - half], [lon + half, lat + half], [lon - half, lat + half], [lon - half, lat - half]];
  return { type: 'Feature', id, geometry: multi ? { type: 'MultiPolygon', coordinates: [[ring]] } : { type: 'Polygon', coordinates: [ring] }, properties };
}

const FOOTPRINT = { west: 121.5054, south: 31.2334, east: 121.5056, north: 31.2336 };

test('parcels holding the model centre come first, smallest first, then the others crossing the footprint', () => {
  const features = [
    parcel(5, 121.5058, 31.2335, 0.00015, { kind: 'park' }),
    parcel(7, 121.5055, 31.2335, 0.01, { name: '陆家嘴街区', kind: 'commercial' }),
    parcel(79, 121.5055, 31.2335, 0.001, { kind: 'residential', name: null }, true),
    parcel(3, 121.5052, 31.2335, 0.00025, { name: '  ' }),
  ];
  assert.deepEqual(parcelChoicesOf(features, FOOTPRINT), [
    { featureId: 79, name: null, kind: 'residential', holdsModel: true },
    { featureId: 7, name: '陆家嘴街区', kind: 'commercial', holdsModel: true },
    { featureId: 5, name: null, kind: 'park', holdsModel: false },
    { featureId: 3, name: null, kind: null, holdsModel: false },
  ]);
});

test('features that are not polygons or have no numeric id are left out; string ids are read', () => {
  const line: FeatureRecord = { type: 'Feature', id: 9, geometry: { type: 'LineString', coordinates: [[121.5, 31.2], [121.6, 31.3]] }, properties: null };
  const noId = parcel('abc', 121.5055, 31.2335, 0.001);
  assert.deepEqual(parcelChoicesOf([line, noId, parcel('12', 121.5055, 31.2335, 0.001)], FOOTPRINT).map((c) => c.featureId), [12]);
  assert.deepEqual(parcelChoicesOf([], FOOTPRINT), []);
});

test('the footprint is the model bbox, or its origin when it has none', () => {
  const georeference = { method: 'user', origin: { lon: 121.5, lat: 31.2, height: 0 }, rotationDeg: 0 };
  assert.deepEqual(modelFootprint({ bbox: [1, 2, 3, 4], georeference }), { west: 1, south: 2, east: 3, north: 4 });
  assert.deepEqual(modelFootprint({ bbox: null, georeference }), { west: 121.5, south: 31.2, east: 121.5, north: 31.2 });
});
