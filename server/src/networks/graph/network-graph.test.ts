import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isDataError } from '@cimtwin/schemas';
import { createLink, createNode } from '../network-elements.ts';
import { parseSwmmInp } from '../parse/parse-swmm-inp.ts';
import { handDrawnNetwork } from '../testing/hand-drawn-network.ts';
import { readNetworkData, skipWithoutNetworkData } from '../testing/network-data.ts';
import { NetworkGraph } from './network-graph.ts';

const sorted = (ids: string[]) => [...ids].sort();

describe('graph structure and connectivity on the hand-drawn network', () => {
  const network = handDrawnNetwork();
  const graph = new NetworkGraph(network);

  test('CSR adjacency lists every link at both of its ends', () => {
    assert.equal(graph.nodeCount, network.nodes.length);
    assert.equal(graph.linkCount, network.links.length);
    const j4 = graph.nodeIndex.get('J4')!;
    const incident = [...graph.incidentLinks.subarray(graph.incidenceOffsets[j4], graph.incidenceOffsets[j4 + 1])].map((l) => graph.linkIds[l]);
    assert.deepEqual(sorted(incident), ['p13', 'p3', 'p4', 'p6']);
    const p6 = graph.linkIndex.get('p6')!;
    assert.deepEqual([graph.nodeIds[graph.linkFrom[p6]], graph.nodeIds[graph.linkTo[p6]]], ['J4', 'J8']);
  });

  test('the closed pipe cuts J11 off into a component of its own', () => {
    const { count, nodeComponent, linkComponent } = graph.connectedComponents();
    assert.equal(count, 2);
    const component = (id: string) => nodeComponent[graph.nodeIndex.get(id)!];
    assert.notEqual(component('J11'), component('J3'));
    assert.equal(network.nodes.filter((node) => nodeComponent[graph.nodeIndex.get(node.id)!] === component('R')).length, network.nodes.length - 1);
    assert.equal(linkComponent[graph.linkIndex.get('p12')!], -1);
    assert.equal(linkComponent[graph.linkIndex.get('p14')!], component('R'));
  });

  test('a normally closed point valve splits the network and belongs to no component', () => {
    const closed = new NetworkGraph(handDrawnNetwork({ nodes: { VN3: { status: 'closed' } } }));
    const { count, nodeComponent } = closed.connectedComponents();
    assert.equal(count, 3);
    assert.equal(nodeComponent[closed.nodeIndex.get('VN3')!], -1);
    assert.notEqual(nodeComponent[closed.nodeIndex.get('J12')!], nodeComponent[closed.nodeIndex.get('J4')!]);
  });

  test('connectedTo from a node and from a closed link', () => {
    assert.deepEqual(graph.connectedTo('J11'), { nodes: ['J11'], links: [] });
    const fromClosed = graph.connectedTo({ link: 'p12' });
    assert.equal(fromClosed.nodes.length, network.nodes.length);
    assert.equal(fromClosed.links.length, network.links.length);
    const fromJ1 = graph.connectedTo('J1');
    assert.deepEqual(sorted(fromJ1.nodes), sorted(network.nodes.map((node) => node.id).filter((id) => id !== 'J11')));
    assert.ok(!fromJ1.links.includes('p12'));
  });

  test('trace follows the supply distances from R and T, which meet at J4 and J7', () => {
    const downstream = graph.trace('J2', 'downstream');
    assert.deepEqual(sorted(downstream.nodes), ['H5', 'J12', 'J2', 'J3', 'J4', 'J6', 'J7', 'VN1', 'VN2', 'VN3']);
    assert.deepEqual(sorted(downstream.links), ['p1', 'p13', 'p14', 'p2', 'p3', 'p4', 'p5', 'p7', 'p8']);
    const upstream = graph.trace('J4', 'upstream');
    assert.deepEqual(sorted(upstream.nodes), ['J1', 'J10', 'J2', 'J3', 'J4', 'J8', 'J9', 'R', 'T', 'VN1']);
    assert.deepEqual(sorted(upstream.links), ['p0', 'p1', 'p10', 'p11', 'p2', 'p3', 'p6', 'vA', 'vB']);
    // From a link, downstream starts at its downstream end: p6 is fed from J8, so at J4.
    assert.deepEqual(graph.trace({ link: 'p6' }, 'downstream'), { nodes: ['J4', 'H5', 'VN3', 'J12'], links: ['p6', 'p4', 'p13', 'p14'] });
    const orientation = graph.flowOrientation();
    assert.equal(orientation[graph.linkIndex.get('p6')!], -1);
    assert.equal(orientation[graph.linkIndex.get('p3')!], 1);
  });

  test('a check valve is followed one way only', () => {
    //  R ──a── J1 ◄──cv── J2   (check valve from J2 to J1)
    const small = new NetworkGraph({
      ...handDrawnNetwork(),
      nodes: [createNode('R', 'reservoir', { x: 0, y: 0 }), createNode('J1', 'junction', { x: 1, y: 0 }), createNode('J2', 'junction', { x: 2, y: 0 })],
      links: [createLink('a', 'pipe', 'R', 'J1', { length: 10 }), createLink('cv', 'pipe', 'J2', 'J1', { length: 10, flowDirection: 'from-to' })],
    });
    assert.deepEqual(small.trace('J1', 'downstream'), { nodes: ['J1'], links: [] });
    assert.deepEqual(small.trace('J2', 'downstream'), { nodes: ['J2', 'J1'], links: ['cv'] });
    assert.deepEqual(small.trace('J2', 'upstream'), { nodes: ['J2'], links: [] });
  });

  test('ambiguous and unknown references are DataErrors', () => {
    const twin = new NetworkGraph({ ...network, nodes: [...network.nodes, createNode('p1', 'junction')] });
    assert.throws(() => twin.trace('p1', 'downstream'), (error) => isDataError(error) && /both a node and a link id; give \{ node: "p1" \} or \{ link: "p1" \}/.test((error as Error).message));
    assert.deepEqual(twin.connectedTo({ node: 'p1' }), { nodes: ['p1'], links: [] });
    assert.throws(() => graph.connectedTo('zz'), (error) => isDataError(error) && /"zz" is neither a node nor a link/.test((error as Error).message));
    assert.throws(() => new NetworkGraph({ ...network, links: [...network.links, createLink('bad', 'pipe', 'J1', 'Q9')] }), /link "bad" refers to node "Q9"/);
  });
});

describe('trace on the SWMM drainage model', { skip: skipWithoutNetworkData }, () => {
  test('downstream from every node is the walk along its outgoing conduits to the outfall', () => {
    const network = parseSwmmInp(readNetworkData('swmm-model-state-plane.inp'));
    const graph = new NetworkGraph(network);
    const outgoing = new Map<string, string[]>();
    for (const link of network.links) outgoing.set(link.from, [...(outgoing.get(link.from) ?? []), link.id]);
    const linkTo = new Map(network.links.map((link) => [link.id, link.to]));
    // This model is a tree: every node but the outfall has exactly one outgoing conduit.
    for (const node of network.nodes) assert.equal(outgoing.get(node.id)?.length ?? 0, node.kind === 'outfall' ? 0 : 1, node.id);
    for (const node of network.nodes) {
      const walk = { nodes: [node.id], links: [] as string[] };
      for (let at = node.id; outgoing.has(at); ) {
        const link = outgoing.get(at)![0];
        walk.links.push(link);
        at = linkTo.get(link)!;
        walk.nodes.push(at);
      }
      assert.deepEqual(graph.trace(node.id, 'downstream'), walk, `downstream of ${node.id}`);
    }
    const outfall = network.nodes.find((node) => node.kind === 'outfall')!;
    const upstream = graph.trace(outfall.id, 'upstream');
    assert.equal(upstream.nodes.length, network.nodes.length);
    assert.equal(upstream.links.length, network.links.length);
  });
});
