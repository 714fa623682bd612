import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkFeature, coordinateRange } from './check-feature.ts';

const square = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] };

test('a well-formed polygon feature passes with its source id', () => {
  const check = checkFeature({ type: 'Feature', properties: { id: 42, name: 'A' }, geometry: square }, 3, 'buildings');
  assert.ok(check.ok);
  assert.equal(check.feature.sourceId, '42');
  assert.equal(check.feature.index, 3);
});

test('a point in a buildings layer is rejected, not malformed', () => {
  const check = checkFeature({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [1, 2] } }, 0, 'buildings');
  assert.equal(check.ok, false);
  assert.equal(!check.ok && check.malformed, false);
  assert.match(!check.ok ? check.reason : '', /Point in a buildings layer/);
});

test('structural garbage is malformed, with the reason', () => {
  const cases: Array<[unknown, RegExp]> = [
    [{ type: 'Banana' }, /not a GeoJSON Feature/],
    [{ type: 'Feature', properties: [], geometry: square }, /properties/],
    [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 'x'], [0, 0]]] } }, /not a finite number/],
    [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] } }, /not closed/],
    [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 0]]] } }, /at least 4/],
    [{ type: 'Feature', properties: {}, geometry: { type: 'Hexagon', coordinates: [] } }, /unknown geometry type/],
  ];
  for (const [raw, reason] of cases) {
    const check = checkFeature(raw, 0, 'generic');
    assert.equal(check.ok, false, JSON.stringify(raw));
    assert.ok(!check.ok && check.malformed);
    assert.match(!check.ok ? check.reason : '', reason);
  }
});

test('a feature without geometry is rejected', () => {
  const check = checkFeature({ type: 'Feature', properties: {}, geometry: null }, 0, 'generic');
  assert.ok(!check.ok && !check.malformed && check.reason === 'no geometry');
});

test('coordinateRange spans every position', () => {
  const a = checkFeature({ type: 'Feature', properties: {}, geometry: square }, 0, 'generic');
  const b = checkFeature({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[-5, 2], [3, 9]] } }, 1, 'generic');
  assert.ok(a.ok && b.ok);
  assert.deepEqual(coordinateRange([a.feature, b.feature]), [-5, 0, 3, 9]);
});
