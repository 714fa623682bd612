import { Math as CesiumMath, type Camera, type Ellipsoid } from 'cesium';

/** A longitude/latitude box `[west, south, east, north]` in degrees. */
export type LonLatBox = [number, number, number, number];

/**
 * The part of `limit` the camera sees: the view rectangle on the ellipsoid cut to the box
 * (a network's extent), so a view of the horizon does not ask for half the country. The whole
 * `limit` when the camera sees no ground; undefined when view and box do not meet.
 */
export function viewBoundingBox(camera: Camera, ellipsoid: Ellipsoid, limit: LonLatBox): LonLatBox | undefined {
  const rectangle = camera.computeViewRectangle(ellipsoid);
  if (!rectangle) return limit;
  const view: LonLatBox = [rectangle.west, rectangle.south, rectangle.east, rectangle.north].map((value) => CesiumMath.toDegrees(value)) as LonLatBox;
  return intersectBoxes(view, limit);
}

/** The overlap of two boxes, or undefined when they do not meet. */
export function intersectBoxes(a: LonLatBox, b: LonLatBox): LonLatBox | undefined {
  const box: LonLatBox = [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
  return box[0] < box[2] && box[1] < box[3] ? box : undefined;
}
