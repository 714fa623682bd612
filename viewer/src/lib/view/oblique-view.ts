import {
  BoundingSphere,
  Cartesian3,
  Ellipsoid,
  HeadingPitchRange,
  Math as CesiumMath,
  Rectangle,
  type Camera,
} from 'cesium';
import type { GeographicExtent } from './geographic-extent.ts';

/** How the camera looks at its target. */
export interface ObliqueViewOptions {
  /** Compass direction the camera looks towards, degrees clockwise from north. */
  heading: number;
  /** Degrees below the horizon are negative; -90 looks straight down. */
  pitch: number;
  /** Distance from the target in metres; 0 fits the target into the view. */
  range: number;
  /** Flight time in seconds; 0 jumps. */
  duration: number;
}

/** Looking north-east from the south-west, 35° down: planners' usual view of a district. */
export const OBLIQUE_VIEW_DEFAULTS: Readonly<ObliqueViewOptions> = Object.freeze({
  heading: 45,
  pitch: -35,
  range: 0,
  duration: 1.5,
});

/** A point to look at, in degrees and metres above the ellipsoid. */
export interface GeographicPoint {
  longitude: number;
  latitude: number;
  height?: number;
}

/**
 * Share of the extent's bounding sphere that the automatic range fits into the view. The
 * sphere around a flat district is much larger than the district seen from an oblique angle,
 * so fitting all of it leaves the district small in the middle of the screen.
 */
export const EXTENT_FIT_FACTOR = 0.85;

/** Moves the camera to look obliquely at a whole extent; resolves false if interrupted. */
export function viewExtent(
  camera: Camera,
  extent: GeographicExtent,
  options: Partial<ObliqueViewOptions> = {},
): Promise<boolean> {
  const rectangle = Rectangle.fromDegrees(extent.west, extent.south, extent.east, extent.north);
  const sphere = BoundingSphere.fromRectangle3D(rectangle, Ellipsoid.WGS84, 0);
  sphere.radius *= EXTENT_FIT_FACTOR;
  return viewBoundingSphere(camera, sphere, options);
}

/** Moves the camera to look obliquely at a point; resolves false if interrupted. */
export function viewPoint(
  camera: Camera,
  point: GeographicPoint,
  options: Partial<ObliqueViewOptions> = {},
): Promise<boolean> {
  const centre = Cartesian3.fromDegrees(point.longitude, point.latitude, point.height ?? 0);
  return viewBoundingSphere(camera, new BoundingSphere(centre, 0), { range: 1000, ...options });
}

/** Moves the camera to look obliquely at a bounding sphere; resolves false if interrupted. */
export function viewBoundingSphere(
  camera: Camera,
  sphere: BoundingSphere,
  options: Partial<ObliqueViewOptions>,
): Promise<boolean> {
  const view = { ...OBLIQUE_VIEW_DEFAULTS, ...options };
  const offset = new HeadingPitchRange(
    CesiumMath.toRadians(view.heading),
    CesiumMath.toRadians(view.pitch),
    view.range,
  );
  return new Promise((resolve) => {
    camera.flyToBoundingSphere(sphere, {
      offset,
      duration: view.duration,
      complete: () => resolve(true),
      cancel: () => resolve(false),
    });
  });
}
