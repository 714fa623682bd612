import RBush from 'rbush';
import { NETWORK_QA_CHECKS, type Network, type NetworkQaCode, type NetworkQaIssue, type NetworkQaLocation, type NetworkQaParameters } from '@cimtwin/schemas';
import { polylineMetres, type CoordinateUnits } from '../parse/cjj61-coordinate-units.ts';
import type { Point } from '../snap/polyline.ts';

// What every check needs, built once per report: node index, link ends as node indices (-1 for
// a node that does not exist), node degrees, incidence rows, drawn polylines and link bounding
// boxes (typed arrays) on demand, an R-tree of the boxes on demand, and the collector that caps
// issues per code while counting them all. Checks of 200,000 links allocate per issue, not per
// element, which is most of what keeps the report to a few hundred milliseconds.

const CHECKS = new Map(NETWORK_QA_CHECKS.map((check) => [check.code, check]));

/** A link's bounding box in the R-tree. */
export interface LinkBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  link: number;
}

/** Link bounding boxes as parallel typed arrays; `has[l]` is 0 for a link without coordinates. */
export interface LinkBoxes {
  has: Uint8Array;
  minX: Float64Array;
  minY: Float64Array;
  maxX: Float64Array;
  maxY: Float64Array;
}

/** The fields of an issue a check gives; code, severity and point numbers are filled in. */
export type IssueFields = Partial<Omit<NetworkQaIssue, 'code' | 'severity' | 'pointNumbers' | 'message'>> & { message: string };

/** Shared, read-only view of the network under check, plus the issue collector. */
export class QaContext {
  readonly nodeIndex = new Map<string, number>();
  readonly linkFrom: Int32Array;
  readonly linkTo: Int32Array;
  readonly degree: Int32Array;
  readonly issues: NetworkQaIssue[] = [];
  readonly counts = new Map<NetworkQaCode, number>();
  omitted = 0;
  private tree?: RBush<LinkBox>;
  private boxes?: LinkBoxes;
  private rows?: { offsets: Int32Array; incident: Int32Array };

  constructor(
    readonly network: Network,
    readonly parameters: NetworkQaParameters,
    readonly metresPerUnit: number,
    readonly coordinateUnits: CoordinateUnits | null,
    private readonly maxIssuesPerCode: number,
  ) {
    const { nodes, links } = network;
    for (let i = 0; i < nodes.length; i++) if (!this.nodeIndex.has(nodes[i].id)) this.nodeIndex.set(nodes[i].id, i);
    this.linkFrom = new Int32Array(links.length);
    this.linkTo = new Int32Array(links.length);
    this.degree = new Int32Array(nodes.length);
    for (let l = 0; l < links.length; l++) {
      const from = this.nodeIndex.get(links[l].from) ?? -1;
      const to = this.nodeIndex.get(links[l].to) ?? -1;
      this.linkFrom[l] = from;
      this.linkTo[l] = to;
      if (from >= 0) this.degree[from]++;
      if (to >= 0) this.degree[to]++;
    }
  }

  /** Records an issue; beyond the per-code cap it is only counted, and `build` is not called. */
  add(code: NetworkQaCode, build: () => IssueFields): void {
    const seen = this.counts.get(code) ?? 0;
    this.counts.set(code, seen + 1);
    if (seen >= this.maxIssuesPerCode) {
      this.omitted++;
      return;
    }
    const fields = build();
    const check = CHECKS.get(code)!;
    const nodeIds = fields.nodeIds ?? [];
    const pointNumbers = nodeIds.map((id) => this.network.nodes[this.nodeIndex.get(id) ?? -1]?.pointNumber).filter((number): number is string => typeof number === 'string');
    this.issues.push({
      code,
      severity: check.severity,
      message: `${check.nameZh} ${check.nameEn}: ${fields.message}`,
      nodeIds,
      linkIds: fields.linkIds ?? [],
      pointNumbers,
      location: fields.location ?? null,
      value: fields.value ?? null,
      limit: fields.limit ?? null,
      unit: fields.unit ?? null,
    });
  }

  /** `valve J1 (point JS1)`: a node for messages. */
  nodeName(index: number): string {
    const node = this.network.nodes[index];
    return node.pointNumber && node.pointNumber !== node.id ? `${node.kind} ${node.id} (point ${node.pointNumber})` : `${node.kind} ${node.id}`;
  }

  /** Where a node is, or null without coordinates. */
  nodeLocation(index: number): NetworkQaLocation | null {
    const node = this.network.nodes[index];
    return node && node.x !== null && node.y !== null ? { x: node.x, y: node.y } : null;
  }

  /** The drawn line of a link: its end nodes and vertices; null when an end has no coordinates. */
  polyline(link: number): Point[] | null {
    const a = this.network.nodes[this.linkFrom[link]];
    const b = this.network.nodes[this.linkTo[link]];
    if (!a || !b || a.x === null || a.y === null || b.x === null || b.y === null) return null;
    const vertices = this.network.links[link].vertices;
    return vertices.length === 0 ? [[a.x, a.y], [b.x, b.y]] : [[a.x, a.y], ...vertices, [b.x, b.y]];
  }

  /** The middle of a link's drawing (the midpoint of its middle segment), else an end's location. */
  linkLocation(link: number): NetworkQaLocation | null {
    const line = this.polyline(link);
    if (!line) return this.nodeLocation(this.linkFrom[link]) ?? this.nodeLocation(this.linkTo[link]);
    const k = Math.floor((line.length - 1) / 2);
    return { x: (line[k][0] + line[k + 1][0]) / 2, y: (line[k][1] + line[k + 1][1]) / 2 };
  }

  /** Drawn length in metres, or null without coordinates; allocation-free for projected units. */
  drawnLength(link: number): number | null {
    const a = this.network.nodes[this.linkFrom[link]];
    const b = this.network.nodes[this.linkTo[link]];
    if (!a || !b || a.x === null || a.y === null || b.x === null || b.y === null) return null;
    if (this.coordinateUnits === 'deg') return polylineMetres(this.polyline(link)!, 'deg');
    let length = 0;
    let px = a.x;
    let py = a.y;
    for (const vertex of this.network.links[link].vertices) {
      length += Math.hypot(vertex[0] - px, vertex[1] - py);
      px = vertex[0];
      py = vertex[1];
    }
    return (length + Math.hypot(b.x - px, b.y - py)) * this.metresPerUnit;
  }

  /** Links of each node in compressed rows: the links of node n are incident[offsets[n] .. offsets[n + 1]]. */
  incidence(): { offsets: Int32Array; incident: Int32Array } {
    if (this.rows) return this.rows;
    const nodeCount = this.network.nodes.length;
    const offsets = new Int32Array(nodeCount + 1);
    for (let n = 0; n < nodeCount; n++) offsets[n + 1] = offsets[n] + this.degree[n];
    const fill = offsets.slice(0, nodeCount);
    const incident = new Int32Array(offsets[nodeCount]);
    for (let l = 0; l < this.linkFrom.length; l++) {
      if (this.linkFrom[l] >= 0) incident[fill[this.linkFrom[l]]++] = l;
      if (this.linkTo[l] >= 0) incident[fill[this.linkTo[l]]++] = l;
    }
    this.rows = { offsets, incident };
    return this.rows;
  }

  /** Bounding boxes of the links' drawings, computed once. */
  linkBoxes(): LinkBoxes {
    if (this.boxes) return this.boxes;
    const { nodes, links } = this.network;
    const count = links.length;
    const boxes: LinkBoxes = { has: new Uint8Array(count), minX: new Float64Array(count), minY: new Float64Array(count), maxX: new Float64Array(count), maxY: new Float64Array(count) };
    for (let l = 0; l < count; l++) {
      const a = nodes[this.linkFrom[l]];
      const b = nodes[this.linkTo[l]];
      if (!a || !b || a.x === null || a.y === null || b.x === null || b.y === null) continue;
      let minX = Math.min(a.x, b.x);
      let maxX = Math.max(a.x, b.x);
      let minY = Math.min(a.y, b.y);
      let maxY = Math.max(a.y, b.y);
      for (const vertex of links[l].vertices) {
        if (vertex[0] < minX) minX = vertex[0];
        if (vertex[0] > maxX) maxX = vertex[0];
        if (vertex[1] < minY) minY = vertex[1];
        if (vertex[1] > maxY) maxY = vertex[1];
      }
      boxes.has[l] = 1;
      boxes.minX[l] = minX;
      boxes.minY[l] = minY;
      boxes.maxX[l] = maxX;
      boxes.maxY[l] = maxY;
    }
    this.boxes = boxes;
    return boxes;
  }

  /** An R-tree of the link boxes, bulk-loaded once. */
  linkTree(): RBush<LinkBox> {
    if (this.tree) return this.tree;
    const { has, minX, minY, maxX, maxY } = this.linkBoxes();
    const items: LinkBox[] = [];
    for (let l = 0; l < has.length; l++) if (has[l]) items.push({ minX: minX[l], minY: minY[l], maxX: maxX[l], maxY: maxY[l], link: l });
    this.tree = new RBush<LinkBox>().load(items);
    return this.tree;
  }
}

/** Formats metres for messages: 0.125 m. */
export function metres(value: number): string {
  return `${Number(value.toFixed(3))} m`;
}
