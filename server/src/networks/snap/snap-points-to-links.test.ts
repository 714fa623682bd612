import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isDataError, Network, type NetworkLink } from '@cimtwin/schemas';
import { NetworkGraph } from '../graph/network-graph.ts';
import { createLink, createNode } from '../network-elements.ts';
import { snapPointsToLinks } from './snap-points-to-links.ts';

//  A (0,0) ──── (50,0)            L: model length 200 m, drawn 150 m, inverts 10 → 8.5
//                 │
//               (50,50) ──── B (100,50)
//  C (0,-10) ══V══ D (10,-10)       V: an existing valve link
function network(coordinates: 'm' | 'ft' | 'deg' | null = 'm'): Network {
  return {
    name: 'snap',
    sourceFormat: 'gis',
    units: { system: 'SI', flow: 'LPS', length: 'm', diameter: 'mm', roughness: null, coordinates },
    crs: null,
    nodes: [
      createNode('A', 'junction', { x: 0, y: 0, elevation: 20 }),
      createNode('B', 'junction', { x: 100, y: 50, elevation: 23 }),
      createNode('C', 'reservoir', { x: 0, y: -10 }),
      createNode('D', 'junction', { x: 10, y: -10 }),
    ],
    links: [
      createLink('L', 'pipe', 'A', 'B', { length: 200, diameter: 0.3, startInvertElevation: 10, endInvertElevation: 8.5, vertices: [[50, 0], [50, 50]], attributes: { year: 1990 } }),
      createLink('V', 'valve', 'C', 'D', { valveType: 'TCV' }),
    ],
    warnings: [],
  };
}

const near = (actual: number | null, expected: number) => assert.ok(actual !== null && Math.abs(actual - expected) < 1e-9, `${actual} ≈ ${expected}`);

describe('snapPointsToLinks', () => {
  test('splits a pipe at two points, in order along it, with valve nodes between', () => {
    const input = network();
    const points = [
      { id: 'P2', x: 51, y: 30 },
      { id: 'P1', x: 25, y: 1, attributes: { survey: 'GV-7' } },
    ];
    const result = snapPointsToLinks(input, points, 2);
    assert.deepEqual(result.unsnapped, []);
    assert.deepEqual(result.matchedExisting, []);
    assert.deepEqual(result.snapped.map((s) => [s.pointId, s.linkId, s.pieces]), [
      ['P1', 'L', ['L:1', 'L:2']],
      ['P2', 'L', ['L:2', 'L:3']],
    ]);
    const links = new Map(result.network.links.map((link) => [link.id, link]));
    assert.deepEqual([...links.keys()], ['L:1', 'L:2', 'L:3', 'V']);
    const [l1, l2, l3] = ['L:1', 'L:2', 'L:3'].map((id) => links.get(id)!) as NetworkLink[];
    assert.deepEqual([l1.from, l1.to, l2.from, l2.to, l3.from, l3.to], ['A', 'P1', 'P1', 'P2', 'P2', 'B']);
    assert.deepEqual([l1.vertices, l2.vertices, l3.vertices], [[], [[50, 0]], [[50, 50]]]);
    near(l1.length, (200 * 25) / 150);
    near(l2.length, (200 * 55) / 150);
    near(l3.length, (200 * 70) / 150);
    near(l1.endInvertElevation, 10 - 1.5 * (25 / 150));
    near(l3.startInvertElevation, 10 - 1.5 * (80 / 150));
    assert.equal(l3.endInvertElevation, 8.5);
    assert.deepEqual(l2.attributes, { year: 1990, splitFrom: 'L' });
    const p1 = result.network.nodes.find((node) => node.id === 'P1')!;
    assert.deepEqual([p1.kind, p1.x, p1.y, p1.status], ['valve', 25, 0, 'open']);
    assert.deepEqual(p1.attributes, { survey: 'GV-7', snappedTo: 'L', snapDistanceMetres: 1, surveyedX: 25, surveyedY: 1 });
    near(p1.elevation, 20 + 3 * (25 / 150));
    assert.equal(input.links.length, 2, 'the input network is not changed');
    assert.doesNotThrow(() => Network.parse(result.network));
  });

  test('the split network isolates at the new point valves', () => {
    const result = snapPointsToLinks(network(), [{ id: 'P1', x: 25, y: 0 }, { id: 'P2', x: 50, y: 30 }], 1);
    const isolation = new NetworkGraph(result.network).isolate('L:2');
    assert.deepEqual(isolation.valvesToClose, [{ kind: 'node', id: 'P1' }, { kind: 'node', id: 'P2' }]);
    assert.deepEqual(isolation.region.links, ['L:2']);
  });

  test('valves as links: a zero-length valve link between two new nodes', () => {
    const result = snapPointsToLinks(network(), [{ id: 'P1', x: 25, y: 0 }], 1, { valveModel: 'link' });
    assert.deepEqual(result.network.links.map((link) => [link.id, link.from, link.to]), [
      ['L:1', 'A', 'P1:a'],
      ['P1', 'P1:a', 'P1:b'],
      ['L:2', 'P1:b', 'B'],
      ['V', 'C', 'D'],
    ]);
    const valve = result.network.links[1];
    assert.deepEqual([valve.kind, valve.length, valve.diameter, valve.valveType], ['valve', 0, 0.3, 'isolation']);
    assert.deepEqual(new NetworkGraph(result.network).isolate('L:1').valvesToClose, [{ kind: 'link', id: 'P1' }]);
  });

  test('a point on an existing valve is matched, not added; a far point is reported', () => {
    const result = snapPointsToLinks(network(), [{ id: 'G1', x: 5, y: -10.5 }, { id: 'G2', x: 500, y: 500 }], 2);
    assert.deepEqual(result.matchedExisting, [{ pointId: 'G1', valve: { kind: 'link', id: 'V' }, distanceMetres: 0.5 }]);
    assert.deepEqual(result.unsnapped, ['G2']);
    assert.deepEqual(result.network.links.map((link) => link.id), ['L', 'V']);
    assert.match(result.network.warnings.at(-1)!, /0 point\(s\) attached to pipes, 1 matched valves already in the network, 1 farther than 2 m/);
  });

  test('tolerance is in metres whatever the coordinate unit', () => {
    const feet = network('ft');
    assert.deepEqual(snapPointsToLinks(feet, [{ id: 'P', x: 25, y: 1 }], 0.2).unsnapped, ['P']);
    const snapped = snapPointsToLinks(feet, [{ id: 'P', x: 25, y: 1 }], 0.5);
    near(snapped.snapped[0].distanceMetres, 0.3048);
    assert.match(snapPointsToLinks(network(null), [], 1).network.warnings[0], /metres assumed/);
  });

  test('degrees, repeated point ids and id clashes are DataErrors', () => {
    const isError = (pattern: RegExp) => (error: unknown) => isDataError(error) && pattern.test((error as Error).message);
    assert.throws(() => snapPointsToLinks(network('deg'), [], 1), isError(/coordinates are in degrees/));
    assert.throws(() => snapPointsToLinks(network(), [{ id: 'P', x: 1, y: 0 }, { id: 'P', x: 2, y: 0 }], 1), isError(/point id "P" appears twice/));
    assert.throws(() => snapPointsToLinks(network(), [{ id: 'A', x: 25, y: 0 }], 1), isError(/needs node id "A", which the network already uses/));
  });
});
