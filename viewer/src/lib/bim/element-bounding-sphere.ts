import { BoundingSphere, Cartesian3 } from 'cesium';
import type { BimElement } from '../api/bim-types.ts';

/** Every [longitude, latitude] pair in GeoJSON coordinates of any nesting. */
function positionsOf(coordinates: unknown, out: [number, number][] = []): [number, number][] {
  if (!Array.isArray(coordinates)) return out;
  if (coordinates.length >= 2 && typeof coordinates[0] === 'number' && typeof coordinates[1] === 'number') {
    out.push([coordinates[0], coordinates[1]]);
  } else {
    coordinates.forEach((child) => positionsOf(child, out));
  }
  return out;
}

/**
 * The sphere around an element's box, from the footprint and heights the element API gives
 * (both placed in the world already); undefined when the element has no geometry.
 */
export function elementBoundingSphere(element: Pick<BimElement, 'footprint' | 'heights'>): BoundingSphere | undefined {
  const plan = positionsOf(element.footprint?.coordinates);
  const bottom = element.heights?.bottom;
  const top = element.heights?.top;
  if (plan.length === 0 || typeof bottom !== 'number' || typeof top !== 'number') return undefined;
  const corners = plan.flatMap(([longitude, latitude]) => [Cartesian3.fromDegrees(longitude, latitude, bottom), Cartesian3.fromDegrees(longitude, latitude, top)]);
  return BoundingSphere.fromPoints(corners);
}
