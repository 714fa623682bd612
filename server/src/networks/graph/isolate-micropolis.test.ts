import assert from 'node:assert/strict';
import fs from 'node:fs';
import { before, describe, test } from 'node:test';
import { Network, type NetworkLink } from '@cimtwin/schemas';
import { parseEpanetInp } from '../parse/parse-epanet-inp.ts';
import { readShapefilePoints } from '../snap/read-shapefile-points.ts';
import { snapPointsToLinks, type SnapResult } from '../snap/snap-points-to-links.ts';
import { networkDataPath, readNetworkData, skipWithoutNetworkData } from '../testing/network-data.ts';
import type { IsolationResult } from './isolate.ts';
import { NetworkGraph } from './network-graph.ts';

// Micropolis models its isolation valves as TCV links; its GIS layer valves_v0.shp surveys them as
// points, mostly on those TCVs, a few on pipes. Snapped together, the network has both valve
// models. The checks below do not trust the graph code: they walk the Network objects directly.

const SNAP_TOLERANCE_METRES = 3;
const PINNED_MAIN = 'MA844';

/** Would water from a source reach the broken link with the isolation's valves closed and pumps stopped? */
function reachesSourceAvoiding(network: Network, result: IsolationResult): string | null {
  const closedNodes = new Set(result.valvesToClose.filter((v) => v.kind === 'node').map((v) => v.id));
  const closedLinks = new Set([...result.valvesToClose.filter((v) => v.kind === 'link').map((v) => v.id), ...result.pumpsToStop]);
  const nodes = new Map(network.nodes.map((node) => [node.id, node]));
  const incident = new Map<string, NetworkLink[]>();
  for (const link of network.links) for (const end of [link.from, link.to]) incident.set(end, [...(incident.get(end) ?? []), link]);
  const broken = network.links.find((link) => link.id === result.brokenLink)!;
  const seen = new Set<string>();
  const queue = [broken.from, broken.to].filter((id) => !closedNodes.has(id));
  for (const id of queue) seen.add(id);
  while (queue.length > 0) {
    const id = queue.shift()!;
    const node = nodes.get(id)!;
    if (node.kind === 'reservoir' || node.kind === 'tank') return id;
    if (node.status === 'closed') continue;
    for (const link of incident.get(id) ?? []) {
      if (link.status === 'closed' || closedLinks.has(link.id)) continue;
      const next = link.from === id ? link.to : link.from;
      if (seen.has(next) || closedNodes.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return null;
}

/** Every closed valve has the region on exactly one side. */
function assertValvesOnBoundary(network: Network, result: IsolationResult): void {
  const regionNodes = new Set(result.region.nodes);
  const regionLinks = new Set(result.region.links);
  for (const valve of result.valvesToClose) {
    if (valve.kind === 'link') {
      const link = network.links.find((candidate) => candidate.id === valve.id)!;
      assert.equal(Number(regionNodes.has(link.from)) + Number(regionNodes.has(link.to)), 1, `valve link ${valve.id} has one end in the region of ${result.brokenLink}`);
    } else {
      const around = network.links.filter((link) => (link.from === valve.id || link.to === valve.id) && link.status !== 'closed');
      assert.ok(around.some((link) => regionLinks.has(link.id)), `valve node ${valve.id} touches the region of ${result.brokenLink}`);
      assert.ok(around.some((link) => !regionLinks.has(link.id)), `valve node ${valve.id} has a side outside the region of ${result.brokenLink}`);
      assert.ok(!regionNodes.has(valve.id));
    }
  }
}

describe('isolation on Micropolis with its surveyed valves snapped', { skip: skipWithoutNetworkData }, () => {
  let snap: SnapResult;
  let network: Network;
  let graph: NetworkGraph;

  before(async () => {
    const points = await readShapefilePoints(fs.readFileSync(networkDataPath('micropolis/valves_v0.shp')), fs.readFileSync(networkDataPath('micropolis/valves_v0.dbf')), { idPrefix: 'GV' });
    snap = snapPointsToLinks(parseEpanetInp(readNetworkData('micropolis/MICROPOLIS_v1.inp')), points, SNAP_TOLERANCE_METRES);
    network = snap.network;
    graph = new NetworkGraph(network);
  });

  test('the surveyed valves land on the TCV links or split pipes', () => {
    assert.equal(snap.snapped.length + snap.matchedExisting.length + snap.unsnapped.length, 203);
    assert.ok(snap.matchedExisting.length > 150, `${snap.matchedExisting.length} matched TCV links`);
    assert.ok(snap.snapped.length > 0, 'some valves are only in the survey and split pipes');
    assert.ok(snap.matchedExisting.every((match) => match.valve.kind === 'link' && network.links.some((link) => link.id === match.valve.id && link.valveType === 'TCV')));
    for (const { pointId, pieces } of snap.snapped) {
      assert.equal(network.nodes.find((node) => node.id === pointId)?.kind, 'valve');
      assert.deepEqual(pieces.map((id) => network.links.filter((link) => link.id === id && (link.from === pointId || link.to === pointId)).length), [1, 1]);
    }
    assert.doesNotThrow(() => Network.parse(network));
  });

  test(`a break on main ${PINNED_MAIN} closes valves of both models, all on the boundary, and no source reaches it`, () => {
    const result = graph.isolate(PINNED_MAIN);
    assert.ok(result.valvesToClose.length > 0);
    assert.ok(result.valvesToClose.some((v) => v.kind === 'node'), 'a snapped point valve closes');
    assert.ok(result.valvesToClose.some((v) => v.kind === 'link'), 'a TCV link closes');
    assert.ok(result.region.links.includes(PINNED_MAIN));
    assertValvesOnBoundary(network, result);
    assert.deepEqual(result.pumpsToStop, []);
    assert.equal(reachesSourceAvoiding(network, result), null);
  });

  test('every main: region holds the break, closed valves sit on its boundary, sources stay outside unless inside the region', () => {
    const mains = network.links.filter((link) => link.kind === 'pipe' && String(link.attributes.comment ?? '').startsWith('main'));
    assert.ok(mains.length > 600, `${mains.length} mains`);
    let isolatedFromSources = 0;
    for (const main of mains) {
      const result = graph.isolate(main.id);
      assert.ok(result.region.links.includes(main.id));
      assertValvesOnBoundary(network, result);
      const sourceInside = result.region.nodes.some((id) => /^(Aquifer|SurfaceResrvr|Tank)$/.test(id));
      if (sourceInside) continue;
      assert.equal(reachesSourceAvoiding(network, result), null, `no source reaches ${main.id} past the closed valves`);
      isolatedFromSources++;
    }
    assert.ok(isolatedFromSources > 500, `${isolatedFromSources} mains isolated from every source`);
  });
});
