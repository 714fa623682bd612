import { DataError, type Network, type NetworkNode } from '@cimtwin/schemas';
import { findConnectedComponents, type ConnectedComponents } from './connected-components.ts';
import { reachFrom, type Reach } from './connected-to.ts';
import { resolveElement, type ElementRef } from './element-ref.ts';
import { computeFlowOrientation } from './flow-orientation.ts';
import { LINK_CLOSED, LINK_DIRECTED, LINK_PUMP, LINK_VALVE, NODE_CLOSED, NODE_SERVICE, NODE_SINK, NODE_SOURCE, NODE_VALVE } from './graph-flags.ts';
import { GraphScratch } from './graph-scratch.ts';
import { isolateBreak, type IsolateOptions, type IsolationResult } from './isolate.ts';
import { computeBaselineSupply, type SupplyState } from './supply.ts';
import { traceFlow, type TraceDirection } from './trace.ts';

// A network as typed arrays, built once: link → from/to node index, and node → incident links in
// compressed sparse row form (the links of node i are incidentLinks[incidenceOffsets[i] ..
// incidenceOffsets[i+1]]). Per-element facts the traversals need are bit flags. The analyses
// live in their own files and take the graph; the methods here are the public entry points.

/** Options of {@link NetworkGraph}. */
export interface NetworkGraphOptions {
  /** Which nodes are service points (consumers) in isolation reports; default {@link isDefaultServicePoint}. */
  isServicePoint?: (node: NetworkNode) => boolean;
}

/** Hydrants, meters and nodes with a positive demand. */
export function isDefaultServicePoint(node: NetworkNode): boolean {
  return node.kind === 'hydrant' || node.kind === 'meter' || (node.demand ?? 0) > 0;
}

/** The compact graph of one network, with connectivity, tracing and isolation analyses. */
export class NetworkGraph {
  readonly nodeIds: readonly string[];
  readonly linkIds: readonly string[];
  readonly nodeIndex: ReadonlyMap<string, number>;
  readonly linkIndex: ReadonlyMap<string, number>;
  readonly linkFrom: Int32Array;
  readonly linkTo: Int32Array;
  /** Link length in metres (model length, else drawn length, else 1), the weight of flow orientation. */
  readonly linkLength: Float64Array;
  readonly incidenceOffsets: Int32Array;
  readonly incidentLinks: Int32Array;
  readonly linkFlags: Uint8Array;
  readonly nodeFlags: Uint8Array;
  /** Node indices of sources (reservoirs, tanks). */
  readonly sources: Int32Array;
  /** Node indices of sinks (outfalls). */
  readonly sinks: Int32Array;
  /** Working memory; the analyses are not re-entrant. */
  readonly scratch: GraphScratch;
  private orientation?: Int8Array;
  private baseline?: SupplyState;

  constructor(network: Network, options: NetworkGraphOptions = {}) {
    const isServicePoint = options.isServicePoint ?? isDefaultServicePoint;
    const nodeCount = network.nodes.length;
    const linkCount = network.links.length;
    const nodeIndex = new Map<string, number>();
    this.nodeFlags = new Uint8Array(nodeCount);
    const sources: number[] = [];
    const sinks: number[] = [];
    network.nodes.forEach((node, i) => {
      if (nodeIndex.has(node.id)) throw new DataError(`network-graph: node id "${node.id}" appears twice in ${network.name}`);
      nodeIndex.set(node.id, i);
      let flags = 0;
      if (node.kind === 'valve') flags |= NODE_VALVE;
      if (node.status === 'closed') flags |= NODE_CLOSED;
      if (node.kind === 'reservoir' || node.kind === 'tank') (flags |= NODE_SOURCE), sources.push(i);
      if (node.kind === 'outfall') (flags |= NODE_SINK), sinks.push(i);
      if (isServicePoint(node)) flags |= NODE_SERVICE;
      this.nodeFlags[i] = flags;
    });

    const linkIndex = new Map<string, number>();
    this.linkFrom = new Int32Array(linkCount);
    this.linkTo = new Int32Array(linkCount);
    this.linkLength = new Float64Array(linkCount);
    this.linkFlags = new Uint8Array(linkCount);
    const degree = new Int32Array(nodeCount + 1);
    network.links.forEach((link, l) => {
      if (linkIndex.has(link.id)) throw new DataError(`network-graph: link id "${link.id}" appears twice in ${network.name}`);
      linkIndex.set(link.id, l);
      const from = nodeIndex.get(link.from);
      const to = nodeIndex.get(link.to);
      if (from === undefined || to === undefined) {
        throw new DataError(`network-graph: link "${link.id}" refers to node "${from === undefined ? link.from : link.to}", which is not in ${network.name}`);
      }
      this.linkFrom[l] = from;
      this.linkTo[l] = to;
      degree[from]++;
      degree[to]++;
      const a = network.nodes[from];
      const b = network.nodes[to];
      const drawn = a.x !== null && a.y !== null && b.x !== null && b.y !== null ? Math.hypot(b.x - a.x, b.y - a.y) : null;
      this.linkLength[l] = link.length ?? drawn ?? 1;
      let flags = 0;
      if (link.status === 'closed') flags |= LINK_CLOSED;
      if (link.flowDirection === 'from-to') flags |= LINK_DIRECTED;
      if (link.kind === 'valve') flags |= LINK_VALVE;
      if (link.kind === 'pump') flags |= LINK_PUMP;
      this.linkFlags[l] = flags;
    });

    this.incidenceOffsets = new Int32Array(nodeCount + 1);
    for (let i = 0; i < nodeCount; i++) this.incidenceOffsets[i + 1] = this.incidenceOffsets[i] + degree[i];
    this.incidentLinks = new Int32Array(2 * linkCount);
    const fill = this.incidenceOffsets.slice(0, nodeCount);
    for (let l = 0; l < linkCount; l++) {
      this.incidentLinks[fill[this.linkFrom[l]]++] = l;
      this.incidentLinks[fill[this.linkTo[l]]++] = l;
    }

    this.nodeIds = network.nodes.map((node) => node.id);
    this.linkIds = network.links.map((link) => link.id);
    this.nodeIndex = nodeIndex;
    this.linkIndex = linkIndex;
    this.sources = Int32Array.from(sources);
    this.sinks = Int32Array.from(sinks);
    this.scratch = new GraphScratch(nodeCount, linkCount);
  }

  get nodeCount(): number {
    return this.nodeIds.length;
  }

  get linkCount(): number {
    return this.linkIds.length;
  }

  /** The node at the other end of link `link` from node `node`. */
  otherEnd(link: number, node: number): number {
    return this.linkFrom[link] === node ? this.linkTo[link] : this.linkFrom[link];
  }

  /** Connected components, closed links and closed valve nodes counting as disconnected. */
  connectedComponents(): ConnectedComponents {
    return findConnectedComponents(this);
  }

  /** Everything reachable from a node or link through open links and nodes. */
  connectedTo(start: ElementRef): Reach {
    return reachFrom(this, resolveElement(this, start, 'connected-to'));
  }

  /** Everything upstream or downstream of a node or link; see trace.ts for what decides direction. */
  trace(start: ElementRef, direction: TraceDirection): Reach {
    return traceFlow(this, resolveElement(this, start, 'trace'), direction);
  }

  /** 关阀分析: the valves to close to isolate a broken link, and who loses supply. */
  isolate(brokenLinkId: string, options: IsolateOptions = {}): IsolationResult {
    return isolateBreak(this, brokenLinkId, options);
  }

  /** Per link: +1 flow runs from → to, -1 to → from, 0 undetermined; computed once. */
  flowOrientation(): Int8Array {
    this.orientation ??= computeFlowOrientation(this);
    return this.orientation;
  }

  /** Which nodes and links the sources reach before anything is closed; computed once. */
  baselineSupply(): SupplyState {
    this.baseline ??= computeBaselineSupply(this);
    return this.baseline;
  }
}
