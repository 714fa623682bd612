/**
 * What stands at a node, as unit shapes placed in the model frame:
 *  - manholes and wells (manhole, storage, outfall): a vertical shaft from the node's bottom to
 *    a little below the ground; its diameter surveyed, else 0.7 m for small shallow ones (pipes
 *    up to 0.3 m, up to 1.5 m deep), 1.0 m, or the largest pipe + 0.5 m rounded up to 0.25 m
 *    where that is more (so a large sewer does not poke through its shaft);
 *  - valves: a valve body on the pipe axis (see valve-body.ts);
 *  - hydrants: an upright barrel from the pipe to above the ground;
 *  - meters: a box on the pipe axis, along the pipe;
 *  - junctions and fittings: a ball 1.3 times the largest pipe, only when asked for; otherwise
 *    nothing, like reservoirs, tanks and dividers, whose structures are modelled elsewhere.
 * The pipe axis at a node is where its link ends are; a node without links takes its bottom.
 */
import type { PipeTypeCode } from '@cimtwin/schemas';
import { PLACEMENT_DEFAULTS, type PlacedNode } from '../geometry/place-network.ts';
import type { LinkEnd } from './local-network-geometry.ts';
import type { ShapePlacement } from './place-shape.ts';
import { PIPE_MESH_DEFAULTS, segmentsFor, type PipeMeshOptions } from './pipe-mesh-options.ts';
import { valveBodyPlacements } from './valve-body.ts';
import { addScaled, crossFrame, length, normalize, scale, subtract, type Vec3 } from './vector3.ts';

/** A shaft in the model frame: the point its axis rises from, its radius and its z range. */
export interface ShaftExtent {
  centre: Vec3;
  radius: number;
  bottom: number;
  top: number;
}

/** The shapes of one node and the pipe type that colours them. */
export interface NodeStructurePlan {
  placements: ShapePlacement[];
  pipeType: PipeTypeCode | null;
  pipeSubtype: string | null;
  /** Shafts only: the space it encloses, where pipe ends need no cap. */
  shaft?: ShaftExtent;
}

/** Whether a pipe end (its axis end point and outer radius) lies wholly inside a shaft. */
export function endInsideShaft(point: Vec3, radius: number, shaft: ShaftExtent): boolean {
  const off = Math.hypot(point[0] - shaft.centre[0], point[1] - shaft.centre[1]);
  return off + radius <= shaft.radius + 1e-6 && point[2] - radius >= shaft.bottom - 1e-3 && point[2] + radius <= shaft.top + 1e-6;
}

/** Node kinds drawn as shafts. */
const SHAFT_KINDS: ReadonlySet<PlacedNode['kind']> = new Set(['manhole', 'storage', 'outfall']);

/** Whether a node of this kind gets a shaft, which hides the pipe ends inside it. */
export function isShaftKind(kind: PlacedNode['kind']): boolean {
  return SHAFT_KINDS.has(kind);
}

/** Shaft diameter (m): the surveyed one, else by the largest pipe and the depth (see the file note). */
export function shaftDiameter(surveyed: number | null | undefined, largestPipe: number, depth: number): number {
  if (surveyed !== null && surveyed !== undefined && surveyed > 0) return surveyed;
  if (largestPipe <= 0.3 && depth <= 1.5) return PIPE_MESH_DEFAULTS.smallShaftDiameter;
  const fitting = Math.ceil((largestPipe + 0.5) / 0.25) * 0.25;
  return Math.max(PIPE_MESH_DEFAULTS.shaftDiameter, fitting);
}

/** The structure of a node, or why there is none. */
export function planNodeStructure(node: PlacedNode, ends: readonly LinkEnd[], options: PipeMeshOptions): NodeStructurePlan | string {
  const { toLocal } = options;
  const typed = ends.find((end) => end.link.pipeType !== null && (node.pipeType === null || end.link.pipeType === node.pipeType));
  const pipeType = node.pipeType ?? typed?.link.pipeType ?? null;
  const pipeSubtype = typed && typed.link.pipeType === pipeType ? typed.link.pipeSubtype : null;
  const largest = ends.length > 0 ? Math.max(...ends.map((end) => end.size)) : PLACEMENT_DEFAULTS.diameter[pipeType ?? 'QT'];
  const base = toLocal(node.x, node.y, node.bottom);
  const vertical = normalize(subtract(toLocal(node.x, node.y, node.bottom + 1), base), [0, 0, 1]);
  const pipePoint = ends.length > 0 ? averagePoint(ends) : toLocal(node.x, node.y, node.bottom + largest / 2);
  const plan = (placements: ShapePlacement[]): NodeStructurePlan => ({ placements, pipeType, pipeSubtype });

  if (isShaftKind(node.kind)) {
    const top = node.ground - (options.groundClearance ?? PIPE_MESH_DEFAULTS.groundClearance);
    if (!(top - node.bottom > 0.05)) return 'shaft without depth';
    const diameter = shaftDiameter(options.details?.shaftDiameter?.(node.id), largest, node.ground - node.bottom);
    const rise = subtract(toLocal(node.x, node.y, top), base);
    const segments = segmentsFor(options, diameter);
    // The polygon's flats lie cos(π/n) of the radius out: what it really encloses.
    const shaft: ShaftExtent = { centre: base, radius: (diameter / 2) * Math.cos(Math.PI / segments), bottom: base[2], top: base[2] + rise[2] };
    return { ...plan([upright(base, rise, diameter, segments)]), shaft };
  }
  if (node.kind === 'valve') {
    return plan(valveBodyPlacements(pipePoint, throughDirection(ends), largest, vertical, (diameter) => segmentsFor(options, diameter)));
  }
  if (node.kind === 'hydrant') {
    const top = toLocal(node.x, node.y, node.ground + (options.hydrantHeight ?? PIPE_MESH_DEFAULTS.hydrantHeight));
    const rise = subtract(top, pipePoint);
    if (length(rise) < 0.05) return 'hydrant without height';
    const diameter = PIPE_MESH_DEFAULTS.hydrantDiameter;
    return plan([upright(pipePoint, rise, diameter, segmentsFor(options, diameter))]);
  }
  if (node.kind === 'meter') {
    const direction = throughDirection(ends);
    const across = crossFrame(direction);
    const [long, wide] = [Math.max(2 * largest, 0.3), Math.max(1.5 * largest, 0.2)];
    return plan([{ kind: 'box', segments: 0, origin: pipePoint, x: scale(direction, long), y: scale(across.side, wide), z: scale(across.top, wide) }]);
  }
  if ((node.kind === 'junction' || node.kind === 'fitting') && options.showFittings) {
    if (ends.length === 0) return 'fitting without pipes';
    const diameter = 1.3 * largest;
    return plan([{ kind: 'sphere', segments: segmentsFor(options, diameter), origin: pipePoint, x: [diameter, 0, 0], y: [0, diameter, 0], z: [0, 0, diameter] }]);
  }
  return `${node.kind} not drawn`;
}

/** A vertical cylinder of `diameter` from `origin` along `rise`. */
function upright(origin: Vec3, rise: Vec3, diameter: number, segments: number): ShapePlacement {
  const { side, top } = crossFrame(normalize(rise));
  return { kind: 'cylinder', segments, origin, x: scale(side, diameter), y: scale(top, diameter), z: rise };
}

function averagePoint(ends: readonly LinkEnd[]): Vec3 {
  let sum: Vec3 = [0, 0, 0];
  for (const end of ends) sum = addScaled(sum, end.point, 1 / ends.length);
  return sum;
}

/** The direction the pipe runs through a node: from the first link end to the second. */
function throughDirection(ends: readonly LinkEnd[]): Vec3 {
  if (ends.length === 0) return [1, 0, 0];
  if (ends.length === 1) return ends[0].inward;
  return normalize(subtract(ends[1].inward, ends[0].inward), ends[1].inward);
}
