// Point-in-polygon by the even-odd rule (a ray to the east crosses the rings an odd number of
// times inside). Longitude/latitude are treated as plane coordinates: fine for parcels a few
// hundred metres across, away from the poles and the antimeridian. Points exactly on an edge
// may land on either side, which does not matter for choosing a parcel.

/** A `[longitude, latitude]` position; a third value (height) is ignored. */
export type Position = readonly number[];

/** A GeoJSON geometry, of which Polygon and MultiPolygon are read. */
export interface PolygonalGeometry {
  type: string;
  coordinates?: unknown;
}

/** Whether a point lies inside a closed ring (even-odd rule). */
export function isInsideRing(point: Position, ring: readonly Position[]): boolean {
  const [x, y] = point;
  let inside = false;
  for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
    const [xi, yi] = ring[index];
    const [xj, yj] = ring[previous];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a point lies inside a polygon: inside its outer ring and outside its holes. */
export function isInsidePolygon(point: Position, rings: readonly (readonly Position[])[]): boolean {
  const [outer, ...holes] = rings;
  return outer !== undefined && isInsideRing(point, outer) && !holes.some((hole) => isInsideRing(point, hole));
}

/** Whether a point lies inside a GeoJSON Polygon or MultiPolygon; false for other geometries. */
export function isInsideGeometry(point: Position, geometry: PolygonalGeometry | null | undefined): boolean {
  return polygonsOf(geometry).some((rings) => isInsidePolygon(point, rings));
}

/** The polygons of a GeoJSON Polygon or MultiPolygon, as ring lists; none for other geometries. */
export function polygonsOf(geometry: PolygonalGeometry | null | undefined): Position[][][] {
  if (!geometry || !Array.isArray(geometry.coordinates)) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates as Position[][]];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as Position[][][];
  return [];
}

/** Shoelace area of a polygon's outer ring less its holes, in square degrees (for ranking only). */
export function polygonArea(rings: readonly (readonly Position[])[]): number {
  const ringArea = (ring: readonly Position[]) => {
    let twice = 0;
    for (let index = 0, previous = ring.length - 1; index < ring.length; previous = index++) {
      twice += ring[previous][0] * ring[index][1] - ring[index][0] * ring[previous][1];
    }
    return Math.abs(twice) / 2;
  };
  const [outer, ...holes] = rings;
  return outer === undefined ? 0 : ringArea(outer) - holes.reduce((sum, hole) => sum + ringArea(hole), 0);
}
