import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeFeatureId, sameFeature } from './feature-key.ts';

test('normalizeFeatureId turns numeric strings into numbers and keeps other ids', () => {
  assert.equal(normalizeFeatureId('42'), 42);
  assert.equal(normalizeFeatureId(42), 42);
  assert.equal(normalizeFeatureId('b-7'), 'b-7');
});

test('sameFeature compares layer and normalised id', () => {
  assert.ok(sameFeature({ layerId: 'buildings', id: '42' }, { layerId: 'buildings', id: 42 }));
  assert.ok(!sameFeature({ layerId: 'buildings', id: 42 }, { layerId: 'roads', id: 42 }));
  assert.ok(sameFeature(undefined, undefined));
  assert.ok(!sameFeature(undefined, { layerId: 'buildings', id: 1 }));
});
