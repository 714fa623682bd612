import type { BoundingBox, Collection } from '../api/api-types.ts';

/** A longitude/latitude rectangle in degrees. */
export interface GeographicExtent {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** The sample district, Lujiazui and the Bund in Shanghai: the view when no layer says better. */
export const SAMPLE_DISTRICT_EXTENT: Readonly<GeographicExtent> = Object.freeze({
  west: 121.48,
  south: 31.226,
  east: 121.521,
  north: 31.251,
});

/** Reads a GeoJSON-style bbox (2D or 3D) as an extent; undefined when it is not a valid box. */
export function extentOfBoundingBox(bbox: BoundingBox | undefined): GeographicExtent | undefined {
  if (!Array.isArray(bbox) || (bbox.length !== 4 && bbox.length !== 6)) return undefined;
  const half = bbox.length / 2;
  const extent = { west: bbox[0], south: bbox[1], east: bbox[half], north: bbox[half + 1] };
  const values = Object.values(extent);
  if (!values.every((value) => typeof value === 'number' && Number.isFinite(value))) return undefined;
  const inRange =
    extent.west >= -180 && extent.east <= 180 && extent.south >= -90 && extent.north <= 90;
  if (!inRange || extent.west > extent.east || extent.south > extent.north) return undefined;
  return extent;
}

/** The smallest extent holding all given extents, or undefined for none. */
export function unionOfExtents(extents: readonly GeographicExtent[]): GeographicExtent | undefined {
  if (extents.length === 0) return undefined;
  return extents.reduce((union, extent) => ({
    west: Math.min(union.west, extent.west),
    south: Math.min(union.south, extent.south),
    east: Math.max(union.east, extent.east),
    north: Math.max(union.north, extent.north),
  }));
}

/**
 * The extent to open the viewer on: the union of the layers' extents, preferring layers with
 * 3D tiles (those are what the viewer draws), else the sample district.
 */
export function initialExtentOf(
  collections: readonly (Collection & { tilesetUrl?: string })[],
): GeographicExtent {
  const extentsOf = (list: readonly Collection[]) =>
    list.flatMap((collection) => {
      const extent = extentOfBoundingBox(collection.extent?.spatial?.bbox?.[0]);
      return extent ? [extent] : [];
    });
  const tiled = collections.filter((collection) => collection.tilesetUrl);
  return (
    unionOfExtents(extentsOf(tiled)) ??
    unionOfExtents(extentsOf(collections)) ?? { ...SAMPLE_DISTRICT_EXTENT }
  );
}
