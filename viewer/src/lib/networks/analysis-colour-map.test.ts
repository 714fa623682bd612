import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NetworkFeatureCollection } from '../api/network-types.ts';
import { analysisColourMap, countRoles } from './analysis-colour-map.ts';
import { NODE_FEATURE_ID_OFFSET } from './network-feature-id.ts';

// Shaped as GET /api/networks/lujiazui-utilities/isolation?link=js-lines-5 answers.
const ISOLATION: NetworkFeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', id: 5, geometry: null, properties: { element: 'link', linkId: 'js-lines-5', roles: ['isolated'] } },
    { type: 'Feature', id: 1, geometry: null, properties: { element: 'link', linkId: 'js-lines-1', roles: ['cut-off'] } },
    { type: 'Feature', id: 4, geometry: null, properties: { element: 'node', nodeId: 'JS0004', roles: ['valve-to-close'] } },
    { type: 'Feature', id: 5, geometry: null, properties: { element: 'node', nodeId: 'JS0005', roles: ['isolated', 'service-point-isolated'] } },
    { type: 'Feature', id: 9, geometry: null, properties: { element: 'node', nodeId: 'JS0009', roles: [] } },
  ],
};

test('analysisColourMap colours every element by tile feature id and role', () => {
  const colours = analysisColourMap(ISOLATION);
  assert.deepEqual([...colours.entries()], [
    [5, '#ff9100'],
    [1, '#9e86b8'],
    [NODE_FEATURE_ID_OFFSET + 4, '#ff1744'],
    [NODE_FEATURE_ID_OFFSET + 5, '#ff9100'],
  ]);
});

test('analysisColourMap is empty for a result without geometry', () => {
  assert.equal(analysisColourMap(null).size, 0);
  assert.equal(analysisColourMap({ type: 'FeatureCollection', features: [] }).size, 0);
});

test('countRoles counts the elements of each role', () => {
  assert.deepEqual(countRoles(ISOLATION), { isolated: 2, 'cut-off': 1, 'valve-to-close': 1, 'service-point-isolated': 1 });
});
