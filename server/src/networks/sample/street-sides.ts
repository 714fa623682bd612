import type { RoadEdge, RoadGraph } from './road-graph.ts';
import type { SystemLayout } from './street-layout.ts';

// Which side of a street is "side A" must not flip from one junction to the next, or pipes would
// cross the street at every junction. Side A is the side whose normal points towards REFERENCE,
// decided once per OSM way from the way's overall direction. The reference is 60° (north-north-
// east): the fewest streets of the district run that way, so few ways are ambiguous.

const REFERENCE: [number, number] = [Math.cos(Math.PI / 3), Math.sin(Math.PI / 3)];

/** +1 when the right-hand side of OSM way `osmId` (in drawing direction) is side A, else -1. */
export function rightHandSides(graph: RoadGraph): Map<number, 1 | -1> {
  const chords = new Map<number, [number, number]>();
  for (const edge of graph.edges) {
    const a = edge.points[0];
    const b = edge.points[edge.points.length - 1];
    const chord = chords.get(edge.osmId) ?? [0, 0];
    chords.set(edge.osmId, [chord[0] + b[0] - a[0], chord[1] + b[1] - a[1]]);
  }
  const sides = new Map<number, 1 | -1>();
  for (const [osmId, [dx, dy]] of chords) sides.set(osmId, dy * REFERENCE[0] - dx * REFERENCE[1] >= 0 ? 1 : -1);
  return sides;
}

/** True when `system` belongs on `edge` by the cross-section: its class, and its half of a divided road. */
export function belongsOnEdge(edge: RoadEdge, system: SystemLayout, rightHandSide: 1 | -1): boolean {
  if (!system.roadClasses.includes(edge.roadClass)) return false;
  return !edge.divided || system.side === rightHandSide;
}

/**
 * Signed offset of `system` on `edge`, positive to the right of the drawing direction. On one
 * carriageway of a divided road, the system's own half lies on the outer (right) side; a system
 * of the other half, laid there only to connect its network, goes on the median side.
 */
export function systemOffset(edge: RoadEdge, system: SystemLayout, rightHandSide: 1 | -1): number {
  if (edge.divided) return (system.side === rightHandSide ? 1 : -1) * system.dividedOffset[edge.roadClass];
  return system.side * rightHandSide * system.offset[edge.roadClass];
}
