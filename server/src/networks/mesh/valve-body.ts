/**
 * The body of a valve on a pipe of diameter D: a short cylinder of 1.6 D round the pipe axis and
 * 1.2 D long (a flanged body), and a thin bonnet standing up from it, so a valve reads as a valve
 * from any side and not as a pipe joint. Used for valve nodes and for the middle of valve links.
 */
import type { ShapePlacement } from './place-shape.ts';
import { addScaled, crossFrame, scale, type Vec3 } from './vector3.ts';

/**
 * Placements of a valve body centred at `centre` on a pipe running along unit `direction`;
 * `segmentsFor` gives the ring resolution of the body by its diameter.
 */
export function valveBodyPlacements(centre: Vec3, direction: Vec3, pipeDiameter: number, vertical: Vec3, segmentsFor: (diameter: number) => number): ShapePlacement[] {
  const bodyDiameter = Math.max(1.6 * pipeDiameter, pipeDiameter + 0.05);
  const bodyLength = Math.max(1.2 * pipeDiameter, 0.15);
  const across = crossFrame(direction);
  const body: ShapePlacement = {
    kind: 'cylinder',
    segments: segmentsFor(bodyDiameter),
    origin: addScaled(centre, direction, -bodyLength / 2),
    x: scale(across.side, bodyDiameter),
    y: scale(across.top, bodyDiameter),
    z: scale(direction, bodyLength),
  };
  const bonnetDiameter = Math.max(0.4 * pipeDiameter, 0.05);
  const bonnetHeight = bodyDiameter / 2 + Math.max(0.5 * pipeDiameter, 0.1);
  const upright = crossFrame(vertical);
  const bonnet: ShapePlacement = {
    kind: 'cylinder',
    segments: 8,
    origin: centre,
    x: scale(upright.side, bonnetDiameter),
    y: scale(upright.top, bonnetDiameter),
    z: scale(vertical, bonnetHeight),
  };
  return [body, bonnet];
}
