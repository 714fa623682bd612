import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isDataError, type Network } from '@cimtwin/schemas';
import { createLink, createNode } from '../network-elements.ts';
import { handDrawnNetwork } from '../testing/hand-drawn-network.ts';
import type { ValveRef } from './isolate.ts';
import { NetworkGraph } from './network-graph.ts';

// Answers worked out by hand on the drawing in testing/hand-drawn-network.ts.

const sorted = (ids: string[]) => [...ids].sort();
const valves = (refs: ValveRef[]) => refs.map((v) => `${v.kind}:${v.id}`).sort();

describe('isolate on the hand-drawn network', () => {
  const graph = new NetworkGraph(handDrawnNetwork());

  test('a break on a loop closes a link valve and two point valves; the loop keeps the rest supplied from the tank', () => {
    const result = graph.isolate('p1');
    assert.deepEqual(valves(result.valvesToClose), ['link:vA', 'node:VN1', 'node:VN2']);
    // The pipes up to a point valve (p2, p7) are inside the section the valve closes off.
    assert.deepEqual(sorted(result.region.links), ['p1', 'p2', 'p5', 'p7']);
    assert.deepEqual(sorted(result.region.nodes), ['J2', 'J3', 'J6']);
    assert.deepEqual(sorted(result.servicePointsInRegion), ['J2', 'J3', 'J6']);
    // The closed pipe p12 stops the spread; J11 behind it never had supply, so it is not "cut off".
    assert.deepEqual(result.nodesCutOff, []);
    assert.deepEqual(result.linksCutOff, []);
    assert.deepEqual(result.servicePointsCutOff, []);
    assert.deepEqual(result.pumpsToStop, []);
    assert.deepEqual(valves(result.firstRing), valves(result.valvesToClose));
    assert.deepEqual(result.replacementValves, []);
  });

  test('a break next to a dead end cuts off the branch behind a point valve', () => {
    const result = graph.isolate('p3');
    assert.deepEqual(valves(result.valvesToClose), ['link:vB', 'node:VN1', 'node:VN2', 'node:VN3']);
    assert.deepEqual(sorted(result.region.links), ['p13', 'p3', 'p4', 'p6', 'p8', 'p9']);
    assert.deepEqual(sorted(result.region.nodes), ['H5', 'J4', 'J7', 'J8']);
    assert.deepEqual(sorted(result.servicePointsInRegion), ['H5', 'J4', 'J7', 'J8']);
    assert.deepEqual(result.nodesCutOff, ['J12']);
    assert.deepEqual(result.servicePointsCutOff, ['J12']);
    assert.deepEqual(result.linksCutOff, ['p14']);
  });

  test('a failed point valve: the spread passes it, the second ring closes, and a valve left inside is not closed', () => {
    const result = graph.isolate('p3', { failedValves: ['VN2'] });
    assert.deepEqual(valves(result.firstRing), ['link:vB', 'node:VN1', 'node:VN2', 'node:VN3']);
    assert.deepEqual(valves(result.valvesToClose), ['link:vA', 'link:vB', 'node:VN3']);
    assert.deepEqual(valves(result.replacementValves), ['link:vA']);
    assert.deepEqual(valves(result.failedValvesPassed), ['node:VN2']);
    assert.deepEqual(sorted(result.region.links), ['p1', 'p13', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9']);
    // VN1 has the region on both sides now, so it joins the region instead of being closed.
    assert.deepEqual(sorted(result.region.nodes), ['H5', 'J2', 'J3', 'J4', 'J6', 'J7', 'J8', 'VN1', 'VN2']);
    assert.deepEqual(sorted(result.servicePointsInRegion), ['H5', 'J2', 'J3', 'J4', 'J6', 'J7', 'J8']);
    assert.deepEqual(result.nodesCutOff, ['J12']);
    assert.deepEqual(result.linksCutOff, ['p14']);
  });

  test('a failed link valve next to the reservoir puts the source in the region', () => {
    const result = graph.isolate('p1', { failedValves: ['vA'] });
    assert.deepEqual(valves(result.valvesToClose), ['node:VN1', 'node:VN2']);
    assert.deepEqual(valves(result.failedValvesPassed), ['link:vA']);
    assert.deepEqual(result.replacementValves, []);
    assert.deepEqual(sorted(result.region.nodes), ['J1', 'J2', 'J3', 'J6', 'R']);
    assert.deepEqual(sorted(result.region.links), ['p0', 'p1', 'p2', 'p5', 'p7', 'vA']);
    assert.deepEqual(result.nodesCutOff, []);
  });

  test('a break on the tank lead isolates behind vB and the tank only; the tank is inside', () => {
    const result = graph.isolate('p10');
    assert.deepEqual(valves(result.valvesToClose), ['link:vB']);
    assert.deepEqual(sorted(result.region.nodes), ['J10', 'J9', 'T']);
    assert.deepEqual(sorted(result.region.links), ['p10', 'p11']);
    assert.deepEqual(result.nodesCutOff, []);
  });

  test('a normally closed point valve is a boundary that needs no closing', () => {
    const closed = new NetworkGraph(handDrawnNetwork({ nodes: { VN2: { status: 'closed' } } }));
    const result = closed.isolate('p1');
    assert.deepEqual(valves(result.valvesToClose), ['link:vA', 'node:VN1']);
    assert.deepEqual(sorted(result.region.links), ['p1', 'p2', 'p5', 'p7']);
  });

  test('unknown links and non-valves named as failed are DataErrors', () => {
    assert.throws(() => graph.isolate('nope'), (error) => isDataError(error) && /isolate: link "nope" is not in the network/.test((error as Error).message));
    assert.throws(() => graph.isolate('p1', { failedValves: ['p5'] }), (error) => isDataError(error) && /failed valve "p5" is not a valve/.test((error as Error).message));
  });

  test('repeated isolations give the same answer (the scratch marks are reset by stamping)', () => {
    const first = graph.isolate('p3', { failedValves: ['VN2'] });
    graph.isolate('p1');
    graph.connectedComponents();
    assert.deepEqual(graph.isolate('p3', { failedValves: ['VN2'] }), first);
  });
});

describe('isolate with pumps and check valves', () => {
  //  R ──pu (pump)── A ──p1── B ──cv (check valve B→C)── C ──p2── D
  //                   └──v (valve)── E
  const network: Network = {
    name: 'pump line',
    sourceFormat: 'generated',
    units: { system: 'SI', flow: 'LPS', length: 'm', diameter: 'mm', roughness: null, coordinates: 'm' },
    crs: null,
    nodes: ['R', 'A', 'B', 'C', 'D', 'E'].map((id, i) => createNode(id, id === 'R' ? 'reservoir' : 'junction', { x: i, y: 0, demand: id === 'R' ? null : 0.001 })),
    links: [
      createLink('pu', 'pump', 'R', 'A', { flowDirection: 'from-to' }),
      createLink('p1', 'pipe', 'A', 'B', { length: 10 }),
      createLink('cv', 'pipe', 'B', 'C', { length: 10, flowDirection: 'from-to' }),
      createLink('p2', 'pipe', 'C', 'D', { length: 10 }),
      createLink('v', 'valve', 'A', 'E', { length: 1 }),
    ],
    warnings: [],
  };
  const graph = new NetworkGraph(network);

  test('a pump on the boundary is reported to stop, not as a valve; a check valve does not stop the spread', () => {
    const result = graph.isolate('p1');
    assert.deepEqual(result.pumpsToStop, ['pu']);
    assert.deepEqual(valves(result.valvesToClose), ['link:v']);
    assert.deepEqual(sorted(result.region.links), ['cv', 'p1', 'p2']);
    assert.deepEqual(sorted(result.region.nodes), ['A', 'B', 'C', 'D']);
    assert.deepEqual(result.nodesCutOff, ['E']);
  });

  test('supply follows check valves forwards only', () => {
    const reversed = new NetworkGraph({ ...network, links: network.links.map((link) => (link.id === 'cv' ? { ...link, from: 'C', to: 'B' } : link)) });
    const baseline = reversed.baselineSupply();
    assert.deepEqual(
      reversed.nodeIds.filter((_, i) => baseline.nodes[i] === 1),
      ['R', 'A', 'B', 'E'],
    );
  });
});
