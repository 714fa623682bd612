import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Network } from '@cimtwin/schemas';
import { generateGridNetwork } from './generate-grid-network.ts';
import { NetworkGraph } from './network-graph.ts';

test('the generated grid has the asked number of segments, both valve models, sources, and stays connected', () => {
  const network = generateGridNetwork(2000);
  assert.ok(network.links.length >= 2000 && network.links.length <= 2001, `${network.links.length} links`);
  assert.doesNotThrow(() => Network.parse(network));
  assert.equal(new Set(network.nodes.map((node) => node.id)).size, network.nodes.length);
  assert.equal(new Set(network.links.map((link) => link.id)).size, network.links.length);
  assert.equal(network.nodes.filter((node) => node.kind === 'reservoir').length, 2);
  const valveLinks = network.links.filter((link) => link.kind === 'valve').length;
  const valveNodes = network.nodes.filter((node) => node.kind === 'valve').length;
  assert.ok(valveLinks > 50 && valveNodes > 50, `${valveLinks} valve links, ${valveNodes} valve nodes`);

  const graph = new NetworkGraph(network);
  const { nodeComponent } = graph.connectedComponents();
  const main = nodeComponent[graph.nodeIndex.get('R1')!];
  const inMain = network.nodes.filter((node) => nodeComponent[graph.nodeIndex.get(node.id)!] === main).length;
  assert.ok(inMain / network.nodes.length > 0.99, `${inMain} of ${network.nodes.length} nodes connected to R1`);

  // Loops: more links than a tree on the same nodes.
  assert.ok(network.links.length > network.nodes.length * 1.5);
  // An isolation in the middle of the grid closes a handful of valves and cuts a small region.
  const pipe = network.links.filter((link) => link.kind === 'pipe')[Math.floor(network.links.length / 2)].id;
  const result = graph.isolate(pipe);
  assert.ok(result.valvesToClose.length >= 2 && result.region.links.length < 100, `${result.valvesToClose.length} valves, ${result.region.links.length} links`);
});

test('the generator repeats itself for a seed', () => {
  assert.deepEqual(generateGridNetwork(500, { seed: 3 }), generateGridNetwork(500, { seed: 3 }));
  assert.notDeepEqual(generateGridNetwork(500, { seed: 3 }).links, generateGridNetwork(500, { seed: 4 }).links);
});
