import { DataError } from '@cimtwin/schemas';
import type { Reach } from './connected-to.ts';
import { LINK_CLOSED, LINK_PUMP, LINK_VALVE, NODE_CLOSED, NODE_SERVICE, NODE_VALVE } from './graph-flags.ts';
import type { NetworkGraph } from './network-graph.ts';
import { spreadSupply } from './supply.ts';

// 关阀分析. From the broken link, spread breadth-first through pipes and nodes; a valve stops the
// spread and goes on the list to close. Valves are links (EPANET valves, snapped valves modelled
// as links) or nodes of kind 'valve' (a point valve between two pipes); both are cut points. A
// valve reached from inside whose other side also ended up inside needs no closing and joins the
// region. Pumps stop the spread too and are reported to be stopped, not valved. A failed valve
// does not close: the spread passes it and reaches the next ring of valves. Then a second
// breadth-first spread from the sources, with the region and the closed valves removed, finds
// who else lost supply. Everything runs on the graph's typed arrays with stamped marks; the only
// allocations are the result lists.
// Rejected: asking, for each node just outside the closed valves, whether it still reaches a
// source. In a looped network each such search walks most of the network anyway, so one spread
// from all sources is cheaper and its cost does not grow with the number of valves.

/** Options of {@link isolateBreak}. */
export interface IsolateOptions {
  /** Ids of valves (nodes or links) that fail to close; the spread goes through them. */
  failedValves?: readonly string[];
}

/** A valve by id, and whether it is a node or a link. */
export interface ValveRef {
  kind: 'node' | 'link';
  id: string;
}

/** What isolating a break takes and what it cuts off; all by id. */
export interface IsolationResult {
  brokenLink: string;
  /** Valves to close, given the failed valves. */
  valvesToClose: ValveRef[];
  /** Valves that would close if none failed. Equal to valvesToClose without failedValves. */
  firstRing: ValveRef[];
  /** Valves to close that are not in the first ring: the ones that replace the failed valves. */
  replacementValves: ValveRef[];
  /** Failed valves the spread passed through (failed valves elsewhere are not listed). */
  failedValvesPassed: ValveRef[];
  /** Pumps on the boundary of the region, to be stopped. */
  pumpsToStop: string[];
  /** The isolated section: every link and node inside the closed valves, the broken link included. */
  region: Reach;
  /** Service points inside the region. */
  servicePointsInRegion: string[];
  /** Service points outside the region that had supply and lose every path to a source. */
  servicePointsCutOff: string[];
  /** All nodes outside the region that had supply and lose it (service points or not). */
  nodesCutOff: string[];
  /** Links outside the region that had supply and lose it, closed valves and stopped pumps excepted. */
  linksCutOff: string[];
}

interface Spread {
  stamp: number;
  region: { nodes: number[]; links: number[] };
  ringNodes: number[];
  ringLinks: number[];
  pumps: number[];
  failedNodes: number[];
  failedLinks: number[];
}

/** Isolates `brokenLinkId` in `graph`; see the file note for the method. */
export function isolateBreak(graph: NetworkGraph, brokenLinkId: string, options: IsolateOptions): IsolationResult {
  const broken = graph.linkIndex.get(brokenLinkId);
  if (broken === undefined) throw new DataError(`isolate: link "${brokenLinkId}" is not in the network`, { status: 404 });
  const baseline = graph.baselineSupply();
  const failedStamp = markFailedValves(graph, options.failedValves ?? []);

  const first = failedStamp === null ? null : spreadRegion(graph, broken, null);
  const firstRing = first ? valveRefs(graph, first) : null;
  const spread = spreadRegion(graph, broken, failedStamp);
  const ring = valveRefs(graph, spread);
  const inFirst = new Set((firstRing ?? ring).map((v) => `${v.kind}:${v.id}`));

  const supplyStamp = spreadSupply(graph, spread.stamp);
  const { regionNodes, regionLinks, ringNodes, ringLinks, reachedNodes, reachedLinks } = graph.scratch;
  const nodesCutOff: string[] = [];
  const servicePointsCutOff: string[] = [];
  for (let node = 0; node < graph.nodeCount; node++) {
    if (!baseline.nodes[node] || reachedNodes[node] === supplyStamp) continue;
    if (regionNodes[node] === spread.stamp || ringNodes[node] === spread.stamp) continue;
    nodesCutOff.push(graph.nodeIds[node]);
    if (graph.nodeFlags[node] & NODE_SERVICE) servicePointsCutOff.push(graph.nodeIds[node]);
  }
  const linksCutOff: string[] = [];
  for (let link = 0; link < graph.linkCount; link++) {
    if (!baseline.links[link] || reachedLinks[link] === supplyStamp) continue;
    if (regionLinks[link] === spread.stamp || ringLinks[link] === spread.stamp) continue;
    linksCutOff.push(graph.linkIds[link]);
  }

  return {
    brokenLink: brokenLinkId,
    valvesToClose: ring,
    firstRing: firstRing ?? ring,
    replacementValves: ring.filter((v) => !inFirst.has(`${v.kind}:${v.id}`)),
    failedValvesPassed: [
      ...spread.failedNodes.map((i): ValveRef => ({ kind: 'node', id: graph.nodeIds[i] })),
      ...spread.failedLinks.map((i): ValveRef => ({ kind: 'link', id: graph.linkIds[i] })),
    ],
    pumpsToStop: spread.pumps.map((i) => graph.linkIds[i]),
    region: { nodes: spread.region.nodes.map((i) => graph.nodeIds[i]), links: spread.region.links.map((i) => graph.linkIds[i]) },
    servicePointsInRegion: spread.region.nodes.filter((i) => graph.nodeFlags[i] & NODE_SERVICE).map((i) => graph.nodeIds[i]),
    servicePointsCutOff,
    nodesCutOff,
    linksCutOff,
  };
}

/** Stamps the failed valves in the failed marks; null when there are none. */
function markFailedValves(graph: NetworkGraph, ids: readonly string[]): number | null {
  if (ids.length === 0) return null;
  const { failedNodes, failedLinks } = graph.scratch;
  const stamp = graph.scratch.nextStamp();
  for (const id of ids) {
    const node = graph.nodeIndex.get(id);
    const link = graph.linkIndex.get(id);
    const isNodeValve = node !== undefined && graph.nodeFlags[node] & NODE_VALVE;
    const isLinkValve = link !== undefined && graph.linkFlags[link] & LINK_VALVE;
    if (!isNodeValve && !isLinkValve) throw new DataError(`isolate: failed valve "${id}" is not a valve node or valve link of the network`);
    if (isNodeValve) failedNodes[node] = stamp;
    if (isLinkValve) failedLinks[link] = stamp;
  }
  return stamp;
}

/** The region spread from `broken`, stopping at valves (unless failed) and pumps; see the file note. */
function spreadRegion(graph: NetworkGraph, broken: number, failedStamp: number | null): Spread {
  const { nodeFlags, linkFlags, incidenceOffsets, incidentLinks, scratch } = graph;
  const { queue, regionNodes, regionLinks, ringNodes, ringLinks, failedNodes, failedLinks } = scratch;
  const stamp = scratch.nextStamp();
  const spread: Spread = { stamp, region: { nodes: [], links: [] }, ringNodes: [], ringLinks: [], pumps: [], failedNodes: [], failedLinks: [] };
  let tail = 0;
  const visit = (node: number) => {
    if (regionNodes[node] === stamp || ringNodes[node] === stamp) return;
    const flags = nodeFlags[node];
    if (flags & NODE_CLOSED) return;
    if (flags & NODE_VALVE) {
      if (failedNodes[node] !== failedStamp) {
        ringNodes[node] = stamp;
        spread.ringNodes.push(node);
        return;
      }
      spread.failedNodes.push(node);
    }
    regionNodes[node] = stamp;
    spread.region.nodes.push(node);
    queue[tail++] = node;
  };

  regionLinks[broken] = stamp;
  spread.region.links.push(broken);
  visit(graph.linkFrom[broken]);
  visit(graph.linkTo[broken]);
  let head = 0;
  while (head < tail) {
    const node = queue[head++];
    for (let k = incidenceOffsets[node]; k < incidenceOffsets[node + 1]; k++) {
      const link = incidentLinks[k];
      if (regionLinks[link] === stamp || ringLinks[link] === stamp) continue;
      const flags = linkFlags[link];
      if (flags & LINK_CLOSED) continue;
      if (flags & LINK_PUMP || (flags & LINK_VALVE && failedLinks[link] !== failedStamp)) {
        ringLinks[link] = stamp;
        (flags & LINK_PUMP ? spread.pumps : spread.ringLinks).push(link);
        continue;
      }
      if (flags & LINK_VALVE) spread.failedLinks.push(link);
      regionLinks[link] = stamp;
      spread.region.links.push(link);
      visit(graph.otherEnd(link, node));
    }
  }
  settleInteriorValves(graph, spread);
  return spread;
}

/** Valves and pumps with the region on every side close nothing off: move them into the region. */
function settleInteriorValves(graph: NetworkGraph, spread: Spread): void {
  const { regionNodes, regionLinks } = graph.scratch;
  const { stamp } = spread;
  const bothEndsInside = (link: number) => regionNodes[graph.linkFrom[link]] === stamp && regionNodes[graph.linkTo[link]] === stamp;
  const keepOutside = (links: number[]) =>
    links.filter((link) => {
      if (!bothEndsInside(link)) return true;
      regionLinks[link] = stamp;
      spread.region.links.push(link);
      return false;
    });
  spread.ringLinks = keepOutside(spread.ringLinks);
  spread.pumps = keepOutside(spread.pumps);
  spread.ringNodes = spread.ringNodes.filter((node) => {
    for (let k = graph.incidenceOffsets[node]; k < graph.incidenceOffsets[node + 1]; k++) {
      const link = graph.incidentLinks[k];
      if (!(graph.linkFlags[link] & LINK_CLOSED) && regionLinks[link] !== stamp) return true;
    }
    regionNodes[node] = stamp;
    spread.region.nodes.push(node);
    return false;
  });
}

function valveRefs(graph: NetworkGraph, spread: Spread): ValveRef[] {
  return [
    ...spread.ringNodes.map((i): ValveRef => ({ kind: 'node', id: graph.nodeIds[i] })),
    ...spread.ringLinks.map((i): ValveRef => ({ kind: 'link', id: graph.linkIds[i] })),
  ];
}
