import type { NetworkNode } from '@cimtwin/schemas';
import { isDefaultServicePoint } from '../graph/network-graph.ts';
import { projectOnSegment } from '../snap/polyline.ts';
import { isDesignedLineEnd } from './is-designed-line-end.ts';
import { metres, type QaContext } from './qa-context.ts';

// A dangle is a segment end that meets nothing: degree 1, and not a node where lines end by
// design (source, outfall, hydrant, meter, plug, 预留口, service entry, edge of the survey; see
// is-designed-line-end.ts), nor a service point of a model (a junction with demand at the end of
// a service pipe is a customer). The top of a gravity drainage line (the upstream end of a directed
// conduit) is where the line starts, not a dangle. Each dangle reports the distance to the
// nearest other segment within danglingSearchMetres, since a few centimetres mean an undershoot
// (a digitising gap) rather than a dead end; the segments near a dangle come from a scan of the
// link boxes, or an R-tree when there are many dangles. A node on no segment is an isolated point.

/** dangling-end and isolated-node. */
export function checkDangles(qa: QaContext, isExempt: (node: NetworkNode) => boolean): void {
  const { nodes, links } = qa.network;
  const dangles: number[] = [];
  for (let n = 0; n < nodes.length; n++) {
    if (qa.degree[n] === 0) {
      qa.add('isolated-node', () => ({ message: `${qa.nodeName(n)} is on no segment`, nodeIds: [nodes[n].id], location: qa.nodeLocation(n) }));
    } else if (qa.degree[n] === 1 && !isDesignedLineEnd(nodes[n]) && !isDefaultServicePoint(nodes[n]) && !isExempt(nodes[n])) {
      dangles.push(n);
    }
  }
  if (dangles.length === 0) return;
  const candidates = nearbyLinks(qa, dangles.length);
  const only = new Int32Array(nodes.length).fill(-1);
  for (let l = 0; l < links.length; l++) for (const end of [qa.linkFrom[l], qa.linkTo[l]]) if (end >= 0 && qa.degree[end] === 1) only[end] = l;
  for (const n of dangles) {
    const l = only[n];
    const link = links[l];
    if (link.flowDirection === 'from-to' && (link.kind === 'conduit' || link.pipeType === 'PS') && qa.linkFrom[l] === n) continue;
    qa.add('dangling-end', () => {
      const nearest = nearestOtherLink(qa, n, l, candidates);
      return {
        message: `${qa.nodeName(n)} ends ${link.kind} ${link.id} and meets nothing else${nearest ? `; the nearest other segment, ${links[nearest.link].id}, is ${metres(nearest.distance)} away` : ''}`,
        nodeIds: [nodes[n].id],
        linkIds: nearest ? [link.id, links[nearest.link].id] : [link.id],
        location: qa.nodeLocation(n),
        value: nearest?.distance ?? null,
        limit: nearest ? qa.parameters.danglingSearchMetres : null,
        unit: nearest ? 'm' : null,
      };
    });
  }
}

function nearestOtherLink(qa: QaContext, node: number, own: number, candidates: (x: number, y: number, radius: number) => Iterable<number>): { link: number; distance: number } | null {
  const { x, y } = qa.network.nodes[node];
  if (x === null || y === null) return null;
  const radius = qa.parameters.danglingSearchMetres / qa.metresPerUnit;
  let best: { link: number; distance: number } | null = null;
  for (const link of candidates(x, y, radius)) {
    if (link === own) continue;
    const line = qa.polyline(link)!;
    for (let k = 0; k + 1 < line.length; k++) {
      const d = Math.sqrt(projectOnSegment(x, y, line[k][0], line[k][1], line[k + 1][0], line[k + 1][1]).distanceSquared) * qa.metresPerUnit;
      if (d <= qa.parameters.danglingSearchMetres && (!best || d < best.distance)) best = { link, distance: d };
    }
  }
  return best;
}

/**
 * Links whose box comes within `radius` of (x, y). With few dangles a scan of the box arrays is
 * cheaper than building an R-tree (about 100 ms for 200,000 links); with many, the tree pays.
 */
function nearbyLinks(qa: QaContext, queries: number): (x: number, y: number, radius: number) => Iterable<number> {
  const linkCount = qa.network.links.length;
  if (queries * linkCount > 20_000_000) {
    return (x, y, radius) => qa.linkTree().search({ minX: x - radius, minY: y - radius, maxX: x + radius, maxY: y + radius }).map((box) => box.link);
  }
  const { has, minX, minY, maxX, maxY } = qa.linkBoxes();
  return (x, y, radius) => {
    const found: number[] = [];
    for (let l = 0; l < linkCount; l++) if (has[l] && minX[l] <= x + radius && maxX[l] >= x - radius && minY[l] <= y + radius && maxY[l] >= y - radius) found.push(l);
    return found;
  };
}
