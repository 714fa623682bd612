import type { UnitGridFeature } from '../api/case-types.ts';

/** One polygon of a grid cell: the outer ring and any holes, `[lon, lat]` without the closing repeat. */
export interface GridPolygon {
  outer: [number, number][];
  holes: [number, number][][];
}

function ring(coordinates: number[][]): [number, number][] {
  const points = coordinates.map(([lon, lat]) => [lon, lat] as [number, number]);
  const [first, last] = [points[0], points[points.length - 1]];
  if (points.length > 1 && first[0] === last[0] && first[1] === last[1]) points.pop();
  return points;
}

/** The polygons of a grid cell (a cell cut by the district boundary may be a MultiPolygon); rings of fewer than 3 points are left out. */
export function gridPolygonsOf(feature: Pick<UnitGridFeature, 'geometry'>): GridPolygon[] {
  const geometry = feature.geometry;
  if (!geometry) return [];
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  return polygons.flatMap((rings) => {
    const [outer, ...holes] = rings.map(ring);
    return outer && outer.length >= 3 ? [{ outer, holes: holes.filter((hole) => hole.length >= 3) }] : [];
  });
}
