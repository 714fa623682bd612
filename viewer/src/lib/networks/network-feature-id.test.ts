import assert from 'node:assert/strict';
import { test } from 'node:test';
import { featureIdOfProperty, NODE_FEATURE_ID_OFFSET, tileFeatureIdOf } from './network-feature-id.ts';

test('tileFeatureIdOf keeps segment ids and offsets bare point row ids', () => {
  assert.equal(tileFeatureIdOf({ id: 4, properties: { element: 'link' } }), 4);
  assert.equal(tileFeatureIdOf({ id: 4, properties: { element: 'node' } }), NODE_FEATURE_ID_OFFSET + 4);
  assert.equal(tileFeatureIdOf({ id: NODE_FEATURE_ID_OFFSET + 4, properties: { element: 'node' } }), NODE_FEATURE_ID_OFFSET + 4);
});

test('featureIdOfProperty reads numbers, bigints and digit strings', () => {
  assert.equal(featureIdOfProperty(7), 7);
  assert.equal(featureIdOfProperty(7n), 7);
  assert.equal(featureIdOfProperty('7'), 7);
  assert.equal(featureIdOfProperty('JS0001'), undefined);
  assert.equal(featureIdOfProperty(undefined), undefined);
});
