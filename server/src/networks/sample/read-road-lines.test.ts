import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDataError } from '@cimtwin/schemas';
import { chainPieces, readRoadLines, type InputFeatureCollection } from './read-road-lines.ts';

const identity = (x: number, y: number): [number, number] => [x, y];
const road = (id: number, kind: string, detail: string, coordinates: number[][], extra: Record<string, unknown> = {}) => ({
  type: 'Feature' as const,
  properties: { id, kind, kind_detail: detail, ...extra },
  geometry: { type: 'LineString', coordinates },
});

test('tile-cut pieces of one OSM way are chained back into one line, in any order', () => {
  const chains = chainPieces([[[10, 0], [20, 0]], [[0, 0], [10, 0]], [[20, 0], [30, 5]]]);
  assert.deepEqual(chains, [[[0, 0], [10, 0], [20, 0], [30, 5]]]);
});

test('major and minor roads are read; service roads, paths, rail, tunnels and elevated trunk roads are not', () => {
  const roads: InputFeatureCollection = {
    type: 'FeatureCollection',
    features: [
      road(1, 'major_road', 'primary', [[0, 0], [100, 0]]),
      road(1, 'major_road', 'primary', [[100, 0], [200, 0]]),
      road(2, 'minor_road', 'residential', [[0, 0], [0, 100]], { name: '某路', oneway: 'yes' }),
      road(3, 'minor_road', 'service', [[0, 0], [0, -100]]),
      road(4, 'path', 'footway', [[0, 0], [-100, 0]]),
      road(5, 'major_road', 'primary', [[0, 10], [100, 10]], { is_tunnel: true }),
      road(6, 'major_road', 'trunk', [[0, 20], [100, 20]], { is_bridge: true }),
      road(7, 'major_road', 'secondary_link', [[0, 30], [10, 40]]),
      road(8, 'rail', 'subway', [[0, 50], [100, 50]]),
    ],
  };
  const lines = readRoadLines(roads, identity);
  assert.deepEqual(lines.map((l) => [l.osmId, l.roadClass, l.points.length]), [[1, 'primary', 3], [2, 'minor', 2], [7, 'link', 2]]);
  assert.equal(lines[1].oneway, true);
  assert.equal(lines[1].name, '某路');
});

test('a file that is not a FeatureCollection is a DataError that says what to give', () => {
  assert.throws(() => readRoadLines({ type: 'Feature' } as unknown as InputFeatureCollection, identity), (error: unknown) => isDataError(error) && /roads\.geojson/.test((error as Error).message));
});
