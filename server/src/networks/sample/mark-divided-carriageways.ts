import { projectOnSegment } from '../snap/polyline.ts';
import { pointAlong, type Point } from './polyline-geometry.ts';
import type { RoadGraph } from './road-graph.ts';
import { SegmentGrid } from './segment-grid.ts';

// OSM draws a divided road as two one-way ways. Laying a full cross-section under each would
// double every pipe, so a carriageway gets only the half of the cross-section on its outer side
// (see street-layout.ts). A one-way edge is a carriageway of a divided road when most points
// along it have, within `maxGap` metres to their left (traffic keeps right in China), a one-way
// edge of the same name running the other way. One-way single streets of Puxi have none.

/** Options of {@link markDividedCarriageways}. */
export interface DividedCarriagewayOptions {
  /** Widest median plus carriageway between the two drawn ways, metres. */
  maxGap: number;
  /** Share of sample points that must have an opposite carriageway. */
  minShare: number;
}

/** Defaults of {@link markDividedCarriageways}. */
export const DIVIDED_CARRIAGEWAY_DEFAULTS: DividedCarriagewayOptions = Object.freeze({ maxGap: 70, minShare: 0.5 });

/** Sets `divided` on the one-way edges that are one carriageway of a divided road. */
export function markDividedCarriageways(graph: RoadGraph, options: DividedCarriagewayOptions = DIVIDED_CARRIAGEWAY_DEFAULTS): void {
  const candidates = graph.edges.filter((edge) => edge.oneway && edge.name !== null && edge.roadClass !== 'link');
  const grid = new SegmentGrid(100);
  const segments: { edge: number; a: Point; b: Point }[] = [];
  for (const edge of candidates) {
    for (let i = 1; i < edge.points.length; i++) {
      grid.insert(segments.length, edge.points[i - 1], edge.points[i]);
      segments.push({ edge: edge.id, a: edge.points[i - 1], b: edge.points[i] });
    }
  }
  for (const edge of candidates) {
    const samples = Math.max(1, Math.floor(edge.length / 15));
    let paired = 0;
    for (let k = 0; k < samples; k++) {
      const { point, direction } = pointAlong(edge.points, ((k + 0.5) / samples) * edge.length);
      for (const id of grid.query(point, point, options.maxGap)) {
        const { edge: other, a, b } = segments[id];
        if (other === edge.id || graph.edges[other].name !== edge.name) continue;
        const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
        if (length === 0 || ((b[0] - a[0]) * direction[0] + (b[1] - a[1]) * direction[1]) / length > -0.7) continue;
        const { distanceSquared, t } = projectOnSegment(point[0], point[1], a[0], a[1], b[0], b[1]);
        const qx = a[0] + t * (b[0] - a[0]) - point[0];
        const qy = a[1] + t * (b[1] - a[1]) - point[1];
        const leftOf = direction[0] * qy - direction[1] * qx > 0;
        if (leftOf && distanceSquared <= options.maxGap ** 2) {
          paired++;
          break;
        }
      }
    }
    edge.divided = paired / samples >= options.minShare;
  }
}
