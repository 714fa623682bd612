import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isDataError, type Network } from '@cimtwin/schemas';
import { placeNetwork } from '../geometry/place-network.ts';
import { createLink, createNode } from '../network-elements.ts';
import { streetFixture } from '../testing/street-fixture.ts';
import { longitudinalProfile } from './longitudinal-profile.ts';

const network = streetFixture();
const placed = placeNetwork(network);

describe('longitudinalProfile along the sewer M1 → M2 → M3', () => {
  const profile = longitudinalProfile(placed, network, ['S1', 'S2']);

  test('links with chainage, inverts and slope in ‰', () => {
    assert.equal(profile.length, 60);
    assert.deepEqual(profile.links.map((link) => [link.linkId, link.startChainage, link.endChainage, link.startInvert, link.endInvert, link.slopePermille, link.size, link.reversed]), [
      ['S1', 0, 25, 8, 7.9, 4, 'DN400', false],
      ['S2', 25, 60, 7.85, 7.71, 4, 'DN500', false],
    ]);
  });

  test('stations at every axis point, the drop at M2 as two stations', () => {
    assert.deepEqual(profile.stations.map((s) => [s.chainage, s.nodeId, s.ground, s.invert, s.axis, s.top, s.cover, s.depth]), [
      [0, 'M1', 10, 8, 8.2, 8.4, 1.6, 2],
      [25, 'M2', 10.25, 7.9, 8.1, 8.3, 1.95, 2.35],
      [25, 'M2', 10.25, 7.85, 8.1, 8.35, 1.9, 2.4],
      [60, 'M3', 10.6, 7.71, 7.96, 8.21, 2.39, 2.89],
    ]);
  });

  test('the manholes on the way', () => {
    assert.deepEqual(profile.nodes.map((n) => [n.id, n.kind, n.chainage, n.ground, n.bottom, n.depth, n.attachment]), [
      ['M1', 'manhole', 0, 10, 8, 2, '检修井'],
      ['M2', 'manhole', 25, 10.25, 7.85, 2.4, '检修井'],
      ['M3', 'manhole', 60, 10.6, 7.71, 2.89, '检修井'],
    ]);
  });

  test('the water service crossing at chainage 40, 1.01 m above the sewer', () => {
    assert.equal(profile.crossings.length, 1);
    const [crossing] = profile.crossings;
    // WS1 axis 10.4 - 1.0 - 0.05 = 9.35; S2 axis at x = 40: 7.85 + 0.25 - 0.14 × 15 / 35 = 8.04
    assert.deepEqual(
      [crossing.linkId, crossing.pipeType, crossing.chainage, crossing.x, crossing.y, crossing.axis, crossing.pathLinkId, crossing.pathAxis, crossing.verticalClear, crossing.requiredVertical, crossing.ok],
      ['WS1', 'JS', 40, 40, 0, 9.35, 'S2', 8.04, 1.01, 0.4, true],
    );
    assert.equal(crossing.clause, 'GB 50289-2016 表4.1.14');
  });

  test('the ground line from the stations and nodes', () => {
    assert.deepEqual(profile.ground.map((p) => [p.at, p.elevation]), [[0, 10], [25, 10.25], [60, 10.6]]);
  });
});

test('from/to finds the shortest chain (not the 64.6 m bypass S3), and runs backwards when asked', () => {
  const forward = longitudinalProfile(placed, network, { from: 'M1', to: 'M3' });
  assert.deepEqual(forward.links.map((link) => link.linkId), ['S1', 'S2']);
  const backward = longitudinalProfile(placed, network, { from: 'M3', to: 'M1' });
  assert.deepEqual(backward.links.map((link) => [link.linkId, link.reversed, link.startInvert, link.endInvert, link.slopePermille]), [
    ['S2', true, 7.71, 7.85, -4],
    ['S1', true, 7.9, 8, -4],
  ]);
  assert.deepEqual(backward.nodes.map((node) => [node.id, node.chainage]), [['M3', 0], ['M2', 35], ['M1', 60]]);
  assert.equal(backward.crossings[0].chainage, 20);
});

test('pipes of another network crossing the path', () => {
  const heat: Network = {
    ...streetFixture(),
    name: 'heat survey',
    nodes: [createNode('h1', 'fitting', { x: 50, y: -10, groundElevation: 10.5 }), createNode('h2', 'fitting', { x: 50, y: 10, groundElevation: 10.5 })],
    links: [createLink('H1', 'pipe', 'h1', 'h2', { pipeType: 'RL', diameter: 0.4, startDepth: 2.0, endDepth: 2.0 })],
  };
  const profile = longitudinalProfile(placed, network, ['S1', 'S2'], { crossing: [{ placed: placeNetwork(heat), network: heat }] });
  assert.deepEqual(profile.crossings.map((c) => [c.network, c.linkId, c.chainage, c.axis, c.pathAxis, c.verticalClear, c.requiredVertical, c.ok]), [
    // H1 axis 10.5 - 2.0 - 0.2 = 8.3; S2 at x = 50: 7.85 + 0.25 - 0.14 × 25 / 35 = 8.0; 0.3 - 0.2 - 0.25 = -0.15
    ['heat survey', 'H1', 50, 8.3, 8, -0.15, 0.15, false],
  ]);
});

test('links that do not form a chain, unknown ids and unconnected nodes are DataErrors', () => {
  const fails = (path: Parameters<typeof longitudinalProfile>[2], pattern: RegExp) =>
    assert.throws(() => longitudinalProfile(placed, network, path), (error) => isDataError(error) && pattern.test((error as Error).message));
  fails(['S1', 'G1'], /profile: link "G1" does not connect to "S1" at node "M2"; give the links in order along the path/);
  fails(['S1', 'nope'], /profile: link "nope" is not in the placed network/);
  fails(['S1', 'S1'], /appears twice/);
  fails([], /the path has no links/);
  fails({ from: 'M1', to: 'w1a' }, /profile: no chain of placed links connects node "M1" to node "w1a"/);
  fails({ from: 'M1', to: 'M1' }, /give two different nodes/);
});
