/**
 * Cameras for BCF viewpoints, in model coordinates (metres), the frame BCF viewpoints use.
 * A camera looks at an element's centre from above and south-west (along +X +Y −Z, Z up, the
 * usual "home" direction of BIM viewers) from the distance at which a sphere of the element's
 * size fills the vertical field of view, with a margin. An elevation view along one axis was
 * rejected: it shows nothing of the element's depth and hides it behind walls more often.
 */
import { DataError } from '@cimtwin/schemas';

/** A point or direction as [x, y, z]. */
export type Vector3 = [number, number, number];

/** Where an element is: its centre in model coordinates (m) and its size (bounding diagonal, m). */
export interface ElementPlacement {
  center: Vector3;
  size?: number;
}

/** A BCF 3.0 PerspectiveCamera. */
export interface PerspectiveCameraSetup {
  viewPoint: Vector3;
  direction: Vector3;
  upVector: Vector3;
  /** Vertical field of view in degrees. */
  fieldOfView: number;
  /** Width over height of the view. */
  aspectRatio: number;
}

/** Camera defaults; 60° is inside the 45–60° range BCF readers were told to expect. */
export const BCF_CAMERA_DEFAULTS = {
  fieldOfView: 60,
  aspectRatio: 16 / 9,
  /** Size assumed for an element whose size is not given, m. */
  elementSize: 2,
  /** Smallest size framed, so a bolt is not looked at from 2 cm, m. */
  minimumSize: 1,
  /** Extra room around the framed sphere. */
  margin: 1.25,
  /** Size framed around the model origin when no element position is known at all, m. */
  sceneSize: 50,
  lookDirection: [1, 1, -1] as Vector3,
} as const;

function normalize(v: Vector3): Vector3 {
  const length = Math.hypot(v[0], v[1], v[2]);
  return [v[0] / length, v[1] / length, v[2] / length];
}

function checkPlacement(placement: ElementPlacement, what: string): { center: Vector3; size: number } {
  const { center } = placement;
  if (!Array.isArray(center) || center.length !== 3 || !center.every((c) => Number.isFinite(c))) {
    throw new DataError(`review-bcf: the centre of ${what} is ${JSON.stringify(center)}; give three finite model coordinates in metres`);
  }
  const size = placement.size;
  if (size !== undefined && !(Number.isFinite(size) && size >= 0)) {
    throw new DataError(`review-bcf: the size of ${what} is ${size}; give a finite, non-negative size in metres or leave it out`);
  }
  return { center, size: size ?? BCF_CAMERA_DEFAULTS.elementSize };
}

/** A perspective camera looking at `center` from a distance proportional to `size` (m). */
export function cameraLookingAt(center: Vector3, size: number): PerspectiveCameraSetup {
  const { fieldOfView, aspectRatio, minimumSize, margin, lookDirection } = BCF_CAMERA_DEFAULTS;
  const direction = normalize(lookDirection);
  const radius = Math.max(size, minimumSize) / 2;
  const distance = (radius / Math.sin(((fieldOfView / 2) * Math.PI) / 180)) * margin;
  const viewPoint: Vector3 = [center[0] - direction[0] * distance, center[1] - direction[1] * distance, center[2] - direction[2] * distance];
  // World Z made perpendicular to the viewing direction.
  const upVector = normalize([-direction[2] * direction[0], -direction[2] * direction[1], 1 - direction[2] * direction[2]]);
  return { viewPoint, direction, upVector, fieldOfView, aspectRatio };
}

/** The camera for one element placement; DataError when its centre is not three finite numbers. */
export function cameraForPlacement(placement: ElementPlacement, what: string): PerspectiveCameraSetup {
  const { center, size } = checkPlacement(placement, what);
  return cameraLookingAt(center, size);
}

/** The box around all placements (each a cube of its size) as one placement; null when there are none. */
export function extentOf(placements: Iterable<[string, ElementPlacement]>): ElementPlacement | null {
  const min: Vector3 = [Infinity, Infinity, Infinity];
  const max: Vector3 = [-Infinity, -Infinity, -Infinity];
  let count = 0;
  for (const [globalId, placement] of placements) {
    const { center, size } = checkPlacement(placement, `element ${globalId}`);
    for (let axis = 0; axis < 3; axis++) {
      min[axis] = Math.min(min[axis], center[axis] - size / 2);
      max[axis] = Math.max(max[axis], center[axis] + size / 2);
    }
    count++;
  }
  if (count === 0) return null;
  return {
    center: [(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2],
    size: Math.hypot(max[0] - min[0], max[1] - min[1], max[2] - min[2]),
  };
}
