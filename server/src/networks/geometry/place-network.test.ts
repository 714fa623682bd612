import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Network } from '@cimtwin/schemas';
import { createLink, createNode } from '../network-elements.ts';
import { placeNetwork, PLACEMENT_DEFAULTS } from './place-network.ts';

function network(nodes: Network['nodes'], links: Network['links']): Network {
  return { name: 't', sourceFormat: 'gis', units: { system: 'SI', flow: 'LPS', length: 'm', diameter: 'mm', roughness: null, coordinates: 'm' }, crs: 'EPSG:4549', nodes, links, warnings: [] };
}

describe('placeNetwork', () => {
  test('a water main surveyed by depth to the pipe top hangs its axis half a diameter lower', () => {
    const placed = placeNetwork(network(
      [createNode('a', 'fitting', { x: 0, y: 0, groundElevation: 4 }), createNode('b', 'fitting', { x: 30, y: 40, groundElevation: 5 })],
      [createLink('p', 'pipe', 'a', 'b', { pipeType: 'JS', diameter: 0.3, startDepth: 1.0, endDepth: 1.2, vertices: [[30, 0]] })],
    ));
    const link = placed.links[0];
    assert.equal(link.heightSource, 'depth');
    assert.deepEqual(link.section, { shape: 'round', diameter: 0.3 });
    assert.deepEqual(link.axis[0], [0, 0, 4 - 1.0 - 0.15]);
    assert.deepEqual(link.axis[2], [30, 40, 5 - 1.2 - 0.15]);
    // the vertex lies 30 m along 70 m: heights interpolate by chainage
    assert.ok(Math.abs(link.axis[1][2] - (2.85 + (30 / 70) * (3.65 - 2.85))) < 1e-9);
    assert.ok(Math.abs(link.ground[1] - (4 + 30 / 70)) < 1e-9);
  });

  test('a drain surveyed by depth to the inside bottom raises its axis half a diameter; inverts beat depths', () => {
    const placed = placeNetwork(network(
      [createNode('m1', 'manhole', { x: 0, y: 0, groundElevation: 4, depth: 2.5 }), createNode('m2', 'manhole', { x: 50, y: 0, groundElevation: 4, invertElevation: 1.4 })],
      [createLink('d', 'conduit', 'm1', 'm2', { pipeType: 'PS', diameter: 0.6, startDepth: 2.0, endInvertElevation: 1.5, endDepth: 9 })],
    ));
    const link = placed.links[0];
    assert.ok(Math.abs(link.axis[0][2] - (4 - 2.0 + 0.3)) < 1e-9);
    assert.ok(Math.abs(link.axis[1][2] - (1.5 + 0.3)) < 1e-9);
    const [m1, m2] = placed.nodes;
    assert.equal(m1.bottom, 1.5);
    assert.equal(m1.heightSource, 'depth');
    assert.equal(m2.bottom, 1.4);
  });

  test('box ducts place by their height; missing heights and sizes fall back to the pipe-type defaults, marked assumed', () => {
    const placed = placeNetwork(network(
      [createNode('a', 'junction', { x: 0, y: 0, elevation: 12 }), createNode('b', 'junction', { x: 10, y: 0, elevation: 12 }), createNode('c', 'junction', { x: 20, y: 0 }), createNode('lost', 'junction')],
      [
        createLink('duct', 'pipe', 'a', 'b', { pipeType: 'DL', width: 0.8, height: 0.4, startDepth: 0.7, endDepth: 0.7 }),
        createLink('main', 'pipe', 'b', 'c', { pipeType: 'JS' }),
        createLink('gone', 'pipe', 'c', 'lost'),
      ],
    ));
    assert.deepEqual(placed.unplaced, { nodes: 1, links: 1 });
    const [duct, main] = placed.links;
    assert.deepEqual(duct.section, { shape: 'box', width: 0.8, height: 0.4 });
    assert.ok(Math.abs(duct.axis[0][2] - (12 - 0.7 - 0.2)) < 1e-9);
    assert.equal(main.heightSource, 'assumed');
    assert.equal(main.sectionAssumed, true);
    assert.ok(Math.abs(main.axis[0][2] - (12 - PLACEMENT_DEFAULTS.cover.JS - PLACEMENT_DEFAULTS.diameter.JS / 2)) < 1e-9);
    // c has no elevation at all: the default ground
    assert.ok(Math.abs(main.axis[1][2] - (0 - 1.0 - 0.1)) < 1e-9);
    const c = placed.nodes.find((node) => node.id === 'c')!;
    assert.equal(c.heightSource, 'node');
    assert.ok(Math.abs(c.bottom - (-1.2)) < 1e-9);
  });
});
