import type { NetworkLink, NetworkNode } from '@cimtwin/schemas';
import { createNode } from '../network-elements.ts';
import type { Point } from '../snap/polyline.ts';
import { claimId, fileStem, type Cjj61Context } from './cjj61-context.ts';
import { polylineMetres, type CoordinateUnits } from './cjj61-coordinate-units.ts';
import type { Cjj61Line } from './cjj61-line-rows.ts';
import type { Cjj61Point } from './cjj61-point-rows.ts';
import { PointGrid } from './cjj61-point-grid.ts';

// Each segment end becomes a node, in this order of evidence:
//   1. its point number (起点点号/终点点号) names a point of the point table;
//   2. it has a drawn end, and a point or an earlier segment end lies within the snap tolerance;
//   3. a new node: named by the point number when there is one (a reference the point table
//      lacks, reported), else `<line file>-n<k>` at the drawn end.
// When both numbers and a drawing are given and the drawing runs from the end point to the start
// point, the drawing is reversed, so vertices always run from `from` to `to`. A uniform grid
// with the tolerance as cell size finds the nearby nodes, so the pass is linear in the segments.

/** Nodes and links with resolved ends; `pointIds` are the nodes that came from point tables. */
export interface ConnectedLines {
  nodes: NetworkNode[];
  links: NetworkLink[];
  pointIds: Set<string>;
}

/** Resolves every segment's ends to nodes (see the file comment) and fills drawn lengths. */
export function connectLines(context: Cjj61Context, points: readonly Cjj61Point[], lines: readonly Cjj61Line[], units: CoordinateUnits | null, metresPerUnit: number): ConnectedLines {
  const tolerance = context.options.snapTolerance / metresPerUnit;
  const nodes: NetworkNode[] = [];
  const grid = new PointGrid(tolerance);
  const byNumber = new Map<string, number>();
  const add = (node: NetworkNode) => {
    nodes.push(node);
    if (node.x !== null && node.y !== null) grid.insert(node.x, node.y, nodes.length - 1);
    return nodes.length - 1;
  };
  for (const { node } of points) {
    const index = add(node);
    if (node.pointNumber !== null && !byNumber.has(node.pointNumber)) byNumber.set(node.pointNumber, index);
  }
  const pointIds = new Set(points.map((point) => point.node.id));
  const warn = (place: string, message: string, kind: string) => context.warnings.add(`cjj61: ${place}: ${message}`, `cjj61: ${kind}`);
  const metres = (a: Point, node: NetworkNode) => Math.hypot(a[0] - node.x!, a[1] - node.y!) * metresPerUnit;
  let generated = 0;
  let missingWithoutPointTable = 0;

  const resolveEnd = (line: Cjj61Line, number: string | null, position: Point | undefined, which: 'start' | 'end'): number => {
    if (number !== null) {
      const known = byNumber.get(number);
      if (known !== undefined) {
        const node = nodes[known];
        if (position && node.x === null) {
          [node.x, node.y] = position;
          grid.insert(node.x, node.y, known);
          warn(line.place, `point ${number} has no coordinates in the point table; taken from the drawn ${which} of the segment`, 'point coordinates taken from segments');
        } else if (position && metres(position, node) > context.options.snapTolerance) {
          warn(line.place, `the drawn ${which} is ${metres(position, node).toFixed(2)} m from point ${number}; the segment is connected to the point`, 'drawn ends away from their points');
        }
        return known;
      }
      if (points.length > 0) warn(line.place, `${which} point ${number} is not in the point table${position ? '; the drawn end is used' : ' and the segment has no geometry; a node without coordinates is made'}`, 'segments referring to missing points');
      else missingWithoutPointTable++;
    }
    if (position) {
      const near = grid.nearest(position[0], position[1], tolerance);
      if (near) {
        if (number !== null) byNumber.set(number, near.index);
        return near.index;
      }
    }
    const id = claimId(context, context.nodeIds, number ?? `${fileStem(line.file)}-n${++generated}`, 'point id', line.place);
    const attributes: NetworkNode['attributes'] = { source: `${line.place} ${which}` };
    if (number !== null && points.length > 0) attributes.missingFromPointTable = true;
    const index = add(createNode(id, 'junction', { x: position?.[0] ?? null, y: position?.[1] ?? null, pointNumber: number, pipeType: line.link.pipeType, pipeSubtype: line.link.pipeSubtype, attributes }));
    if (number !== null) byNumber.set(number, index);
    return index;
  };

  const links: NetworkLink[] = [];
  for (const line of lines) {
    let drawn = line.points;
    if (drawn && line.startPoint !== null && line.endPoint !== null) drawn = orient(line, drawn, byNumber, nodes, warn);
    const from = resolveEnd(line, line.startPoint, drawn?.[0], 'start');
    const to = resolveEnd(line, line.endPoint, drawn?.[drawn.length - 1], 'end');
    const link = line.link;
    link.from = nodes[from].id;
    link.to = nodes[to].id;
    link.vertices = drawn ? drawn.slice(1, -1) : [];
    if (from === to) warn(line.place, `the segment starts and ends at point ${link.from}`, 'segments that close on themselves');
    if (link.length === null) {
      const a = nodes[from];
      const b = nodes[to];
      const path = drawn ?? (a.x !== null && b.x !== null ? ([[a.x, a.y!], [b.x, b.y!]] as Point[]) : null);
      link.length = path ? polylineMetres(path, units) : null;
    }
    links.push(link);
  }
  if (missingWithoutPointTable > 0) context.warnings.add(`cjj61: no point table; ${byNumber.size} nodes made from the segments' point numbers, with coordinates only where segments are drawn`);
  return { nodes, links, pointIds };
}

/** The drawing, reversed when it runs from the end point to the start point. */
function orient(line: Cjj61Line, drawn: Point[], byNumber: Map<string, number>, nodes: NetworkNode[], warn: (place: string, message: string, kind: string) => void): Point[] {
  const a = nodes[byNumber.get(line.startPoint!) ?? -1];
  const b = nodes[byNumber.get(line.endPoint!) ?? -1];
  if (!a || !b || a.x === null || b.x === null) return drawn;
  const d = (p: Point, n: NetworkNode) => Math.hypot(p[0] - n.x!, p[1] - n.y!);
  const first = drawn[0];
  const last = drawn[drawn.length - 1];
  if (d(first, b) + d(last, a) >= d(first, a) + d(last, b)) return drawn;
  warn(line.place, `the segment is drawn from ${line.endPoint} to ${line.startPoint}; its geometry is reversed to run from the start point`, 'segments drawn backwards');
  return [...drawn].reverse();
}
