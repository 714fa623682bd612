import { projectOnSegment } from '../snap/polyline.ts';
import { pointAlong, type Point } from './polyline-geometry.ts';
import type { RoadEdge, RoadGraph } from './road-graph.ts';
import { SegmentGrid } from './segment-grid.ts';
import { ROAD_CLASS_RANK } from './street-layout.ts';

// Two streets drawn side by side closer than their cross-sections are wide (a carriageway and a
// parallel slip road, two branches before a merge) would put one street's water main on top of
// the other's drain. The lesser of the two (lower class, then shorter) is "shadowed": pipes are
// laid under it only when a network needs it to stay connected. Carriageways of one divided road
// (running opposite ways) are left alone; their half cross-sections lie on their outer sides. A
// side carriageway (辅路) running the same way as its main carriageway is shadowed by it.

/** Options of {@link markShadowedEdges}. */
export interface ShadowOptions {
  /** Streets closer than this, centre line to centre line, share their pipes, metres. */
  distance: number;
  /** Share of sample points that must lie beside a better street. */
  minShare: number;
}

/** Defaults of {@link markShadowedEdges}. */
export const SHADOW_DEFAULTS: ShadowOptions = Object.freeze({ distance: 22, minShare: 0.4 });

const PARALLEL = Math.cos((25 * Math.PI) / 180);

/** The ids of edges running beside a better street for most of their length. */
export function markShadowedEdges(graph: RoadGraph, options: ShadowOptions = SHADOW_DEFAULTS): Set<number> {
  const grid = new SegmentGrid(50);
  const segments: { edge: number; a: Point; b: Point }[] = [];
  for (const edge of graph.edges) {
    for (let i = 1; i < edge.points.length; i++) {
      grid.insert(segments.length, edge.points[i - 1], edge.points[i]);
      segments.push({ edge: edge.id, a: edge.points[i - 1], b: edge.points[i] });
    }
  }
  const better = (a: RoadEdge, b: RoadEdge): boolean =>
    ROAD_CLASS_RANK[a.roadClass] !== ROAD_CLASS_RANK[b.roadClass] ? ROAD_CLASS_RANK[a.roadClass] > ROAD_CLASS_RANK[b.roadClass] : a.length !== b.length ? a.length > b.length : a.id < b.id;
  const shadowed = new Set<number>();
  for (const edge of graph.edges) {
    const samples = Math.max(1, Math.floor(edge.length / 10));
    let beside = 0;
    for (let k = 0; k < samples; k++) {
      const { point, direction } = pointAlong(edge.points, ((k + 0.5) / samples) * edge.length);
      for (const id of grid.query(point, point, options.distance)) {
        const { edge: otherId, a, b } = segments[id];
        const other = graph.edges[otherId];
        if (otherId === edge.id || !better(other, edge)) continue;
        const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
        const cosine = length === 0 ? 0 : ((b[0] - a[0]) * direction[0] + (b[1] - a[1]) * direction[1]) / length;
        if (Math.abs(cosine) < PARALLEL) continue;
        // the opposite carriageway of a divided road carries the other half of the cross-section
        if (edge.divided && other.divided && other.name === edge.name && cosine < 0) continue;
        if (projectOnSegment(point[0], point[1], a[0], a[1], b[0], b[1]).distanceSquared <= options.distance ** 2) {
          beside++;
          break;
        }
      }
    }
    if (beside / samples >= options.minShare) shadowed.add(edge.id);
  }
  return shadowed;
}
