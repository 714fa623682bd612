/**
 * One link's mesh: a tube (round sections) or a box duct along its local axis, and for valve
 * links a valve body halfway along. Its ends reach past the node where other pipes turn a corner
 * there (see cornerOverlap), and go without caps where no one can see them: inside a drawn
 * shaft, or inside a drawn pipe at least as wide running straight on. That halves the vertices
 * of a drain between manholes; open tube ends inside something solid are invisible, and the
 * tiles' materials are double-sided anyway.
 *
 * Planning gives the exact vertex count and a box holding every vertex (the axis ± the farthest a
 * ring vertex can stand off it, the mitre limit) without writing one; building writes the plan.
 */
import type { ElementMeshPart, ModelBox } from '@cimtwin/tiler';
import type { PlacedLink } from '../geometry/place-network.ts';
import { planBoxDuct, writeBoxDuct } from './build-box-duct.ts';
import { planTube, tubeMitreLimit, writeTube } from './build-tube.ts';
import { cleanAxis } from './clean-axis.ts';
import { cornerOverlap, endHiddenByPipe, type LinkEnd } from './local-network-geometry.ts';
import { MeshPartWriter, type WrittenPart } from './mesh-part-writer.ts';
import { endInsideShaft, type ShaftExtent } from './node-structure.ts';
import { growBounds, placedBounds, writePlacedShape, type ShapePlacement } from './place-shape.ts';
import type { LinearColour } from './pipe-colours.ts';
import { PIPE_MESH_DEFAULTS, segmentsFor, type PipeMeshOptions } from './pipe-mesh-options.ts';
import type { UnitShapes } from './unit-shapes.ts';
import { valveBodyPlacements } from './valve-body.ts';
import { length, normalize, subtract, type Vec3 } from './vector3.ts';

/** A link ready to mesh. */
export interface LinkMeshPlan {
  link: PlacedLink;
  /** Cleaned axis in the model frame, ends stretched. */
  axis: Vec3[];
  /** Vertices round (tubes). */
  segments: number;
  /** Which ends get a cap. */
  caps: { capStart: boolean; capEnd: boolean };
  /** Valve body of a valve link. */
  fittings: ShapePlacement[];
  bbox: ModelBox;
  vertexCount: number;
}

/** What the planner needs to know about the link's surroundings. */
export interface LinkContext {
  /** The link ends at its from and to nodes, every link's. */
  endsAtFrom: readonly LinkEnd[];
  endsAtTo: readonly LinkEnd[];
  /** Drawn shafts at the end nodes. */
  shaftAtFrom?: ShaftExtent;
  shaftAtTo?: ShaftExtent;
  shapes: UnitShapes;
}

/** Plans a link's mesh, or says why it has none. */
export function planLinkMesh(link: PlacedLink, localAxis: Vec3[], context: LinkContext, options: PipeMeshOptions): LinkMeshPlan | string {
  const section = link.section;
  const size = section.shape === 'round' ? section.diameter : Math.max(section.width, section.height);
  if (!(size > 0)) return 'no section size';
  const endPlan = (ends: readonly LinkEnd[], shaft: ShaftExtent | undefined, point: Vec3): { extend: number; cap: boolean } => {
    const own = ends.find((end) => end.link === link && end.point === point);
    if (!own) return { extend: 0, cap: true };
    // Inside a shaft the end is hidden, and there is no corner to fill.
    if (shaft && endInsideShaft(own.point, own.outer, shaft)) return { extend: 0, cap: false };
    return { extend: cornerOverlap(own, ends, size / 2), cap: !endHiddenByPipe(own, ends) };
  };
  const start = endPlan(context.endsAtFrom, context.shaftAtFrom, localAxis[0]);
  const end = endPlan(context.endsAtTo, context.shaftAtTo, localAxis[localAxis.length - 1]);
  const axis = cleanAxis(localAxis, { extendStart: start.extend, extendEnd: end.extend });
  if (!axis) return 'zero length';
  const caps = { capStart: start.cap, capEnd: end.cap };
  const segments = section.shape === 'round' ? segmentsFor(options, section.diameter) : 4;
  let vertexCount: number;
  let bbox: ModelBox;
  if (section.shape === 'round') {
    vertexCount = planTube(axis, section.diameter / 2, segments, { roundJointAngle: options.roundJointAngle, ...caps }).size.vertices;
    bbox = pointBounds(axis, (section.diameter / 2) * tubeMitreLimit(options.roundJointAngle ?? PIPE_MESH_DEFAULTS.roundJointAngle));
  } else {
    const duct = planBoxDuct(axis, section.width, section.height, caps);
    vertexCount = duct.size.vertices;
    bbox = pointBounds(duct.segments.flatMap((segment) => [...segment.start, ...segment.end]), 0);
  }
  const fittings = link.kind === 'valve' ? valveLinkBody(axis, size, options) : [];
  for (const placement of fittings) {
    const shape = context.shapes.get(placement.kind, placement.segments);
    vertexCount += shape.vertexCount;
    growBounds(bbox, placedBounds(shape, placement));
  }
  return { link, axis, segments, caps, fittings, bbox, vertexCount };
}

/** The parts of a planned link: the pipe in its colour, a valve body in the structure colour. */
export function buildLinkParts(plan: LinkMeshPlan, shapes: UnitShapes, colours: { pipe: LinearColour; structure: LinearColour }, options: PipeMeshOptions): ElementMeshPart[] {
  const section = plan.link.section;
  let writer: MeshPartWriter;
  if (section.shape === 'round') {
    const tube = planTube(plan.axis, section.diameter / 2, plan.segments, { roundJointAngle: options.roundJointAngle, ...plan.caps });
    writer = new MeshPartWriter(tube.size);
    writeTube(tube, writer);
  } else {
    const duct = planBoxDuct(plan.axis, section.width, section.height, plan.caps);
    writer = new MeshPartWriter(duct.size);
    writeBoxDuct(duct, writer);
  }
  const parts: ElementMeshPart[] = [{ ...writer.finish(), color: colours.pipe }];
  if (plan.fittings.length > 0) parts.push({ ...writeShapes(plan.fittings, shapes), color: colours.structure });
  return parts;
}

/** Writes placed unit shapes into one part. */
export function writeShapes(placements: readonly ShapePlacement[], shapes: UnitShapes): WrittenPart {
  let vertices = 0;
  let triangles = 0;
  for (const placement of placements) {
    const shape = shapes.get(placement.kind, placement.segments);
    vertices += shape.vertexCount;
    triangles += shape.triangleCount;
  }
  const writer = new MeshPartWriter({ vertices, triangles });
  for (const placement of placements) writePlacedShape(shapes.get(placement.kind, placement.segments), placement, writer);
  return writer.finish();
}

/** Box of points grown by `margin` on every side. */
function pointBounds(points: readonly Vec3[], margin: number): ModelBox {
  const box: ModelBox = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
  for (const point of points) {
    for (let k = 0; k < 3; k++) {
      box[k] = Math.min(box[k], point[k] - margin);
      box[k + 3] = Math.max(box[k + 3], point[k] + margin);
    }
  }
  return box;
}

/** A valve body halfway along the axis (by length), along the segment it falls on. */
function valveLinkBody(axis: Vec3[], size: number, options: PipeMeshOptions): ShapePlacement[] {
  const lengths = axis.slice(1).map((point, i) => length(subtract(point, axis[i])));
  let remaining = lengths.reduce((sum, value) => sum + value, 0) / 2;
  let i = 0;
  while (i < lengths.length - 1 && remaining > lengths[i]) remaining -= lengths[i++];
  const direction = normalize(subtract(axis[i + 1], axis[i]));
  const centre: Vec3 = [0, 1, 2].map((k) => axis[i][k] + direction[k] * remaining) as Vec3;
  return valveBodyPlacements(centre, direction, size, [0, 0, 1], (diameter) => segmentsFor(options, diameter));
}
