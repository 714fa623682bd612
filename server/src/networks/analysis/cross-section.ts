import { DataError, GB50289_CLEARANCES, type ClearanceEntry, type Network, type NetworkLink, type PipeTypeCode } from '@cimtwin/schemas';
import { PLACEMENT_DEFAULTS, sectionHeight, sectionWidth, type HeightSource, type PlacedNetwork, type PlacedSection } from '../geometry/place-network.ts';
import { clearanceRuleCache, type PairRules } from './clearance-rule-cache.ts';
import { colourHex, sizeLabel } from './pipe-labels.ts';
import { indexPlacedLinks, searchNearSegment, type PlacedLinkIndex } from './placed-link-index.ts';
import { completeGroundLine, groundFromNodes, type GroundPoint } from './section-ground.ts';
import { crossSegments, roundMillimetres, type PlanPoint } from './segment-geometry.ts';

// 横断面: what a user-drawn line cuts. Every placed axis piece that crosses the line (R-tree
// search per line piece) gives one pipe in the section, at its offset along the line, with its
// heights there. Neighbours in the section are measured against the clearance table: two pipes
// running nearly parallel (within `parallelTolerance`) are measured square to their direction,
// offset difference × sin(angle) minus half widths, which is the distance GB 50289 means;
// other neighbours along the section line, with the widths the line cuts (width / sin angle).

/** Options of {@link crossSection}. */
export interface CrossSectionOptions {
  /** An index of `placed` built before, to share between analyses. */
  index?: PlacedLinkIndex;
  /** Placed points within this distance of the line give ground elevations (m); default 5. */
  groundSearchRadius?: number;
  /** Ground elevation when neither pipes nor points give one (m); default PLACEMENT_DEFAULTS.ground. */
  defaultGround?: number;
  /** Neighbours within this many degrees of parallel are measured square to their direction; default 10. */
  parallelTolerance?: number;
  /** Clearance table; default GB50289_CLEARANCES. */
  table?: readonly ClearanceEntry[];
}

/** A pipe as the section line cuts it. Elevations in metres, offsets along the line from its start. */
export interface SectionPipe {
  linkId: string;
  pipeType: PipeTypeCode | null;
  pipeSubtype: string | null;
  /** CJJ 61 colour, "#rrggbb". */
  colour: string;
  material: string | null;
  owner: string | null;
  offset: number;
  x: number;
  y: number;
  axis: number;
  top: number;
  bottom: number;
  ground: number;
  /** Ground to the top of the pipe (m). */
  depthToTop: number;
  /** "DN300" or "800×400". */
  size: string;
  section: PlacedSection;
  sectionAssumed: boolean;
  heightSource: HeightSource;
  /** Angle between the pipe and the section line, 0-90 degrees. */
  angle: number;
}

/** Clearance between neighbours in the section, with what the table asks where it has a cell. */
export interface SectionClearance {
  linkA: string;
  linkB: string;
  /** Horizontal clear distance (m); negative when they overlap side by side. */
  horizontal: number;
  /** `perpendicular` for nearly parallel pipes, else `along-section`. */
  measuredAlong: 'perpendicular' | 'along-section';
  /** Bottom of the upper pipe above the top of the lower (m); negative when they overlap in height. */
  vertical: number;
  requiredHorizontal: number | null;
  requiredVertical: number | null;
  clauseHorizontal: string | null;
  clauseVertical: string | null;
  /** Whether the horizontal clearance meets the table; null when the table has no cell. */
  horizontalOk: boolean | null;
  note: string | null;
}

/** A cross-section along a polyline. */
export interface CrossSection {
  line: PlanPoint[];
  length: number;
  /** Sorted by offset. */
  pipes: SectionPipe[];
  /** Ground line along the section, `at` = offset. */
  ground: GroundPoint[];
  clearances: SectionClearance[];
}

/** Cuts the placed network along `line` ([x, y] points in the network CRS). */
export function crossSection(placed: PlacedNetwork, network: Network, line: readonly (readonly [number, number])[], options: CrossSectionOptions = {}): CrossSection {
  const points = validateLine(line);
  const index = options.index ?? indexPlacedLinks(placed);
  if (index.placed !== placed) throw new Error('cross-section: the index was built for another placed network');
  const networkLinks = new Map(network.links.map((link) => [link.id, link]));
  const pipes: Cut[] = [];
  let start = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const [[ax, ay], [bx, by]] = [points[i], points[i + 1]];
    const length = Math.hypot(bx - ax, by - ay);
    for (const item of searchNearSegment(index, ax, ay, bx, by, 0)) {
      const link = placed.links[item.link];
      const [p0, p1] = [link.axis[item.piece], link.axis[item.piece + 1]];
      const hit = crossSegments(ax, ay, bx, by, p0[0], p0[1], p1[0], p1[1]);
      if (!hit || hit.collinear) continue;
      const offset = start + hit.s * length;
      const x = ax + hit.s * (bx - ax);
      const y = ay + hit.s * (by - ay);
      if (pipes.some((pipe) => pipe.link === item.link && Math.abs(pipe.offset - offset) < 1e-6)) continue;
      const axis = p0[2] + hit.t * (p1[2] - p0[2]);
      const ground = link.ground[item.piece] + hit.t * (link.ground[item.piece + 1] - link.ground[item.piece]);
      const half = sectionHeight(link.section) / 2;
      const pieceLength = Math.hypot(p1[0] - p0[0], p1[1] - p0[1]);
      const direction: PlanPoint = [(p1[0] - p0[0]) / pieceLength, (p1[1] - p0[1]) / pieceLength];
      const sine = Math.abs(((bx - ax) / length) * direction[1] - ((by - ay) / length) * direction[0]);
      const source = networkLinks.get(link.id);
      pipes.push({ link: item.link, direction, linkId: link.id, source, offset, x, y, axis, half, ground, angle: (Math.asin(Math.min(1, sine)) * 180) / Math.PI });
    }
    start += length;
  }
  pipes.sort((a, b) => a.offset - b.offset || a.linkId.localeCompare(b.linkId));
  const groundPoints = [...pipes.map((pipe): GroundPoint => ({ at: pipe.offset, elevation: roundMillimetres(pipe.ground), source: 'pipe' })), ...groundFromNodes(placed, points, options.groundSearchRadius ?? 5)];
  const ground = completeGroundLine(groundPoints, start, options.defaultGround ?? PLACEMENT_DEFAULTS.ground).map((point) => ({ ...point, at: roundMillimetres(point.at) }));
  const rules = clearanceRuleCache(placed, network, options.table ?? GB50289_CLEARANCES);
  const tolerance = ((options.parallelTolerance ?? 10) * Math.PI) / 180;
  const clearances: SectionClearance[] = [];
  for (let i = 1; i < pipes.length; i++) {
    const [a, b] = [pipes[i - 1], pipes[i]];
    clearances.push(neighbourClearance(placed, a, b, rules.subjectOf(a.link) && rules.subjectOf(b.link) ? rules.between(a.link, b.link) : null, tolerance));
  }
  return { line: points, length: roundMillimetres(start), pipes: pipes.map((cut) => sectionPipe(placed, cut)), ground, clearances };
}

/** A crossing before rounding: link index, unit direction of the piece, heights at the crossing. */
interface Cut {
  link: number;
  linkId: string;
  source: NetworkLink | undefined;
  direction: PlanPoint;
  offset: number;
  x: number;
  y: number;
  axis: number;
  /** Half the section height. */
  half: number;
  ground: number;
  angle: number;
}

function sectionPipe(placed: PlacedNetwork, cut: Cut): SectionPipe {
  const link = placed.links[cut.link];
  return {
    linkId: link.id,
    pipeType: link.pipeType,
    pipeSubtype: link.pipeSubtype,
    colour: colourHex(link.pipeType, link.pipeSubtype),
    material: cut.source?.material ?? null,
    owner: cut.source?.owner ?? null,
    offset: roundMillimetres(cut.offset),
    x: roundMillimetres(cut.x),
    y: roundMillimetres(cut.y),
    axis: roundMillimetres(cut.axis),
    top: roundMillimetres(cut.axis + cut.half),
    bottom: roundMillimetres(cut.axis - cut.half),
    ground: roundMillimetres(cut.ground),
    depthToTop: roundMillimetres(cut.ground - cut.axis - cut.half),
    size: sizeLabel(link.section),
    section: link.section,
    sectionAssumed: link.sectionAssumed,
    heightSource: link.heightSource,
    angle: Math.round(cut.angle * 10) / 10,
  };
}

function neighbourClearance(placed: PlacedNetwork, a: Cut, b: Cut, rules: PairRules | null, tolerance: number): SectionClearance {
  const between = Math.acos(Math.min(1, Math.abs(a.direction[0] * b.direction[0] + a.direction[1] * b.direction[1])));
  const sinA = Math.sin((a.angle * Math.PI) / 180);
  const sinB = Math.sin((b.angle * Math.PI) / 180);
  const [halfA, halfB] = [sectionWidth(placed.links[a.link].section) / 2, sectionWidth(placed.links[b.link].section) / 2];
  const gap = b.offset - a.offset;
  const parallel = between <= tolerance;
  const horizontal = parallel ? gap * Math.sin((((a.angle + b.angle) / 2) * Math.PI) / 180) - halfA - halfB : gap - halfA / Math.max(sinA, 1e-6) - halfB / Math.max(sinB, 1e-6);
  const [upper, lower] = a.axis >= b.axis ? [a, b] : [b, a];
  const vertical = upper.axis - upper.half - (lower.axis + lower.half);
  const h = rules?.horizontal ?? null;
  const v = rules?.vertical ?? null;
  const notes = [parallel ? null : `the pipes are ${Math.round((between * 180) / Math.PI)}° apart; measured along the section line`, h?.note ?? null].filter((text) => text !== null);
  return {
    linkA: a.linkId,
    linkB: b.linkId,
    horizontal: roundMillimetres(horizontal),
    measuredAlong: parallel ? 'perpendicular' : 'along-section',
    vertical: roundMillimetres(vertical),
    requiredHorizontal: h?.required ?? null,
    requiredVertical: v?.required ?? null,
    clauseHorizontal: h?.clause ?? null,
    clauseVertical: v?.clause ?? null,
    horizontalOk: h ? roundMillimetres(horizontal) >= h.required : null,
    note: notes.length > 0 ? notes.join('; ') : null,
  };
}

function validateLine(line: readonly (readonly number[])[]): PlanPoint[] {
  if (!Array.isArray(line)) throw new DataError('cross-section: the section line must be an array of [x, y] points');
  const points: PlanPoint[] = [];
  line.forEach((point, i) => {
    if (!Array.isArray(point) || point.length < 2 || !Number.isFinite(point[0]) || !Number.isFinite(point[1])) {
      throw new DataError(`cross-section: line point ${i} is ${JSON.stringify(point)}; give [x, y] with finite numbers in the network CRS`);
    }
    const last = points[points.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push([point[0], point[1]]);
  });
  if (points.length < 2) throw new DataError(`cross-section: the line has ${points.length} distinct point(s); draw at least 2`);
  return points;
}
