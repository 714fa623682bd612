import { DataError, GB50289_CLEARANCES, type ClearanceEntry, type Network, type PipeTypeCode } from '@cimtwin/schemas';
import { sectionHeight, type PlacedNetwork } from '../geometry/place-network.ts';
import { clearanceRuleCache } from './clearance-rule-cache.ts';
import { formatPoints, measureParallel, type HorizontalHit } from './clearance-pairs.ts';
import { indexPlacedLinks, searchNearSegment, type PlacedLinkIndex } from './placed-link-index.ts';
import { bboxRing, segmentMeetsRing, validateRing } from './polygon-ring.ts';
import { closestPointsOfSegments, crossSegments, roundMillimetres, type PlanPoint, type SegmentProximity } from './segment-geometry.ts';

// 净距分析: every pair of pipes of different types (optionally of one type) near enough to matter is
// measured against GB 50289-2016 as data (GB50289_CLEARANCES, or a table passed in).
//
// Approach: the straight pieces of all axes go into an R-tree with boxes padded by half the
// section width; each piece searches its box grown by its own half width and the largest
// horizontal distance in the table, so only pairs that can matter are measured (n log n). A
// piece pair that meets in plan is a crossing, judged by the vertical clearance at the crossing
// point: difference of axis heights minus half of both section heights. Other piece pairs are
// judged by the horizontal clearance: plan distance between axes minus half of both widths,
// outer edge to outer edge. Per pipe pair the smallest clearance is reported with the length
// along which the clearance is short (union of the stretches of either axis within
// required + half widths of the other).
// A pair that crosses is governed by the vertical clearance where it crosses, so the pieces
// that contain the crossing are not also judged horizontally (near a crossing any two pipes are
// "closer" than the horizontal table allows). Rejected: dropping the horizontal check for every
// crossing pair, which missed pipes that run alongside for a while before they cross. Still
// possible: a vertex just past a crossing can be reported as a short horizontal violation.
// Pipes sharing a node are connected and not checked against each other; nor are overhead
// pipes, which the underground tables do not cover.

/** Options of {@link checkClearances}. */
export interface ClearanceOptions {
  /** Only pairs in which at least one pipe is of these types; default all. */
  pipeTypes?: readonly PipeTypeCode[];
  /** Only pipes with a piece in this box [minX, minY, maxX, maxY] (network CRS). */
  bbox?: readonly [number, number, number, number];
  /** Only pipes with a piece in this polygon (network CRS, open or closed ring). */
  polygon?: readonly (readonly [number, number])[];
  /** Also pairs of one main type (rain vs sewage, gas vs gas) where the table has a cell; default false. */
  includeSameType?: boolean;
  /** The table to check against; default GB50289_CLEARANCES. */
  table?: readonly ClearanceEntry[];
  /** An index of `placed` built before, to share between analyses. */
  index?: PlacedLinkIndex;
}

/** A pair of pipes closer than the table allows. */
export interface ClearanceViolation {
  kind: 'horizontal' | 'vertical';
  linkA: string;
  linkB: string;
  typeA: PipeTypeCode;
  typeB: PipeTypeCode;
  subtypeA: string | null;
  subtypeB: string | null;
  /** Clear distance measured (m, 3 decimals); negative when the sections overlap. */
  measured: number;
  /** Clear distance the table asks for (m). */
  required: number;
  /** e.g. "GB 50289-2016 表4.1.9". */
  clause: string;
  entryId: string;
  /** Closest point (horizontal: midway between the axes) or crossing point, network CRS. */
  at: PlanPoint;
  /** Horizontal only: length along which the clearance is short (m, 3 decimals). */
  overLength?: number;
  note: string | null;
}

/** Counts of a clearance check. */
export interface ClearanceSummary {
  /** Pipes that took part (typed, underground, in the area). */
  links: number;
  /** Piece pairs measured. */
  piecePairs: number;
  /** Distinct pipe pairs near enough to matter that the table has a cell for. */
  pairsChecked: number;
  /** Distinct pipe pairs near enough to matter without a cell, by pair type, e.g. { "GY-JS": 3 }. */
  pairsWithoutEntry: Record<string, number>;
  /** Crossings in plan found between pipe pairs with a cell. */
  crossings: number;
  /** Violations by pair type, e.g. { "JS-RQ": { horizontal: 2, vertical: 0 } }. */
  violations: Record<string, { horizontal: number; vertical: number }>;
  skipped: { untyped: number; overhead: number; outsideArea: number };
}

/** Violations, sorted by pair type, kind and link ids, and the counts. */
export interface ClearanceResult {
  violations: ClearanceViolation[];
  summary: ClearanceSummary;
}

const TOLERANCE = 1e-9;

/** Checks the clear distances between the pipes of a placed network against GB 50289-2016. */
export function checkClearances(placed: PlacedNetwork, network: Network, options: ClearanceOptions = {}): ClearanceResult {
  const table = options.table ?? GB50289_CLEARANCES;
  const index = options.index ?? indexPlacedLinks(placed);
  if (index.placed !== placed) throw new Error('clearance: the index was built for another placed network');
  const area = options.bbox ? bboxRing(checkBbox(options.bbox)) : options.polygon ? validateRing(options.polygon, 'clearance') : null;
  const onlyTypes = options.pipeTypes ? new Set(options.pipeTypes) : null;
  const links = placed.links;
  const rules = clearanceRuleCache(placed, network, table);
  const summary: ClearanceSummary = { links: 0, piecePairs: 0, pairsChecked: 0, pairsWithoutEntry: {}, crossings: 0, violations: {}, skipped: { untyped: 0, overhead: 0, outsideArea: 0 } };

  // Which links take part, and which pieces search (those in the area).
  const takesPart = new Uint8Array(links.length);
  const searches = new Uint8Array(index.pieces.length);
  for (let i = 0; i < links.length; i++) {
    const subject = rules.subjectOf(i);
    if (subject === null) summary.skipped.untyped++;
    else if (subject.burial === 'overhead') summary.skipped.overhead++;
    else takesPart[i] = 1;
  }
  for (const piece of index.pieces) {
    if (!takesPart[piece.link]) continue;
    const [a, b] = [links[piece.link].axis[piece.piece], links[piece.link].axis[piece.piece + 1]];
    searches[piece.id] = area === null || segmentMeetsRing(a[0], a[1], b[0], b[1], area) ? 1 : 0;
  }
  const inArea = new Uint8Array(links.length);
  for (const piece of index.pieces) if (searches[piece.id]) inArea[piece.link] = 1;
  for (let i = 0; i < links.length; i++) {
    if (!takesPart[i]) continue;
    if (inArea[i]) summary.links++;
    else summary.skipped.outsideArea++;
  }

  const nodeNumbers = new Map<string, number>();
  const nodeNumber = (id: string) => nodeNumbers.get(id) ?? (nodeNumbers.set(id, nodeNumbers.size), nodeNumbers.size - 1);
  const from = Int32Array.from(links, (link) => nodeNumber(link.from));
  const to = Int32Array.from(links, (link) => nodeNumber(link.to));
  const heights = Float64Array.from(links, (link) => sectionHeight(link.section));
  const reachBeyond = maxHorizontal(table);

  // Distinct pairs: a pair of two single-piece links is met once, so only others need the set.
  const singlePiece = new Uint8Array(links.length);
  links.forEach((link, i) => (singlePiece[i] = link.axis.length === 2 ? 1 : 0));
  const checked = new Set<number>();
  let checkedOnce = 0;
  const withoutEntry = new Set<number>();
  const horizontalHits = new Map<number, HorizontalHit[]>();
  const violations: ClearanceViolation[] = [];
  const proximity: SegmentProximity = { distance: 0, s: 0, t: 0 };
  /** Per pipe pair, its crossings as flat quadruples: piece on A, piece on B, x, y. */
  const crossings = new Map<number, number[]>();

  for (const item of index.pieces) {
    if (!searches[item.id]) continue;
    const la = item.link;
    const A = links[la];
    const [a0, a1] = [A.axis[item.piece], A.axis[item.piece + 1]];
    for (const other of searchNearSegment(index, a0[0], a0[1], a1[0], a1[1], index.halfWidths[la] + reachBeyond)) {
      const lb = other.link;
      if (lb === la || !takesPart[lb] || (searches[other.id] && other.id <= item.id)) continue;
      const B = links[lb];
      if (A.pipeType === B.pipeType && !options.includeSameType) continue;
      if (onlyTypes && !onlyTypes.has(A.pipeType!) && !onlyTypes.has(B.pipeType!)) continue;
      if (from[la] === from[lb] || from[la] === to[lb] || to[la] === from[lb] || to[la] === to[lb]) continue;
      const [first, second] = la < lb ? [la, lb] : [lb, la];
      const pairKey = first * links.length + second;
      const rule = rules.between(la, lb);
      if (!rule.horizontal && !rule.vertical) {
        if (!withoutEntry.has(pairKey)) {
          withoutEntry.add(pairKey);
          const type = pairType(links[first].pipeType!, links[second].pipeType!);
          summary.pairsWithoutEntry[type] = (summary.pairsWithoutEntry[type] ?? 0) + 1;
        }
        continue;
      }
      if (singlePiece[la] && singlePiece[lb]) checkedOnce++;
      else checked.add(pairKey);
      summary.piecePairs++;
      const [b0, b1] = [B.axis[other.piece], B.axis[other.piece + 1]];
      const crossing = crossSegments(a0[0], a0[1], a1[0], a1[1], b0[0], b0[1], b1[0], b1[1]);
      if (crossing) {
        const x = a0[0] + crossing.s * (a1[0] - a0[0]);
        const y = a0[1] + crossing.s * (a1[1] - a0[1]);
        const seen = crossings.get(pairKey);
        const repeated = seen !== undefined && isRepeated(seen, x, y);
        if (seen) seen.push(item.id, other.id, x, y);
        else crossings.set(pairKey, [item.id, other.id, x, y]);
        if (repeated) continue;
        summary.crossings++;
        if (!rule.vertical) continue;
        const zA = a0[2] + crossing.s * (a1[2] - a0[2]);
        const zB = b0[2] + crossing.t * (b1[2] - b0[2]);
        const clear = Math.abs(zA - zB) - (heights[la] + heights[lb]) / 2;
        if (clear >= rule.vertical.required - TOLERANCE) continue;
        const [upper, lower] = zA >= zB ? [A, B] : [B, A];
        const notes = [`${upper.id} passes over ${lower.id}`];
        if (clear < 0) notes.push('the sections overlap (clash)');
        if (crossing.collinear) notes.push('the pipes run one above the other in plan');
        if (rule.vertical.note) notes.push(rule.vertical.note);
        violations.push(violation('vertical', links[first], links[second], clear, rule.vertical, [x, y], notes.join('; ')));
        continue;
      }
      if (!rule.horizontal) continue;
      closestPointsOfSegments(proximity, a0[0], a0[1], a1[0], a1[1], b0[0], b0[1], b1[0], b1[1]);
      const clear = proximity.distance - index.halfWidths[la] - index.halfWidths[lb];
      if (clear >= rule.horizontal.required - TOLERANCE) continue;
      const x = (a0[0] + proximity.s * (a1[0] - a0[0]) + b0[0] + proximity.t * (b1[0] - b0[0])) / 2;
      const y = (a0[1] + proximity.s * (a1[1] - a0[1]) + b0[1] + proximity.t * (b1[1] - b0[1])) / 2;
      const hits = horizontalHits.get(pairKey) ?? [];
      hits.push(la === first ? { pieceA: item.id, pieceB: other.id, clear, x, y } : { pieceA: other.id, pieceB: item.id, clear, x, y });
      horizontalHits.set(pairKey, hits);
    }
  }

  for (const [pairKey, hits] of horizontalHits) {
    const first = Math.floor(pairKey / links.length);
    const second = pairKey % links.length;
    const crossed = crossings.get(pairKey);
    const kept = crossed ? hits.filter((hit) => !inCrossing(crossed, hit.pieceA) && !inCrossing(crossed, hit.pieceB)) : hits;
    if (kept.length === 0) continue;
    const rule = rules.between(first, second).horizontal!;
    const reach = rule.required + index.halfWidths[first] + index.halfWidths[second];
    const { closest, overLength } = measureParallel(index, kept, reach);
    const notes = [crossed ? `the pipes also cross at ${formatPoints(crossingPoints(crossed!))}` : null, rule.note].filter((text) => text !== null);
    violations.push({ ...violation('horizontal', links[first], links[second], closest.clear, rule, [closest.x, closest.y], notes.length > 0 ? notes.join('; ') : null), overLength: roundMillimetres(overLength) });
  }

  summary.pairsChecked = checked.size + checkedOnce;
  for (const found of violations) {
    const type = pairType(found.typeA, found.typeB);
    const counts = (summary.violations[type] ??= { horizontal: 0, vertical: 0 });
    counts[found.kind]++;
  }
  violations.sort((x, y) => pairType(x.typeA, x.typeB).localeCompare(pairType(y.typeA, y.typeB)) || x.kind.localeCompare(y.kind) || x.linkA.localeCompare(y.linkA) || x.linkB.localeCompare(y.linkB) || x.at[0] - y.at[0] || x.at[1] - y.at[1]);
  return { violations, summary };
}

/** "JS-RQ": the two codes in alphabetical order. */
export function pairType(a: PipeTypeCode, b: PipeTypeCode): string {
  return a <= b ? `${a}-${b}` : `${b}-${a}`;
}

function violation(
  kind: 'horizontal' | 'vertical',
  A: PlacedNetwork['links'][number],
  B: PlacedNetwork['links'][number],
  clear: number,
  rule: { required: number; clause: string; entry: ClearanceEntry },
  at: PlanPoint,
  note: string | null,
): ClearanceViolation {
  return {
    kind,
    linkA: A.id,
    linkB: B.id,
    typeA: A.pipeType!,
    typeB: B.pipeType!,
    subtypeA: A.pipeSubtype,
    subtypeB: B.pipeSubtype,
    measured: roundMillimetres(clear),
    required: rule.required,
    clause: rule.clause,
    entryId: rule.entry.id,
    at: [roundMillimetres(at[0]), roundMillimetres(at[1])],
    note,
  };
}

function isRepeated(quadruples: readonly number[], x: number, y: number): boolean {
  for (let k = 0; k < quadruples.length; k += 4) if (Math.abs(quadruples[k + 2] - x) < 1e-6 && Math.abs(quadruples[k + 3] - y) < 1e-6) return true;
  return false;
}

function inCrossing(quadruples: readonly number[], piece: number): boolean {
  for (let k = 0; k < quadruples.length; k += 4) if (quadruples[k] === piece || quadruples[k + 1] === piece) return true;
  return false;
}

function crossingPoints(quadruples: readonly number[]): PlanPoint[] {
  const points: PlanPoint[] = [];
  for (let k = 0; k < quadruples.length; k += 4) if (!points.some(([x, y]) => Math.abs(x - quadruples[k + 2]) < 1e-6 && Math.abs(y - quadruples[k + 3]) < 1e-6)) points.push([quadruples[k + 2], quadruples[k + 3]]);
  return points;
}

function maxHorizontal(table: readonly ClearanceEntry[]): number {
  let max = 0;
  for (const entry of table) if (entry.horizontal !== null && entry.between.every((side) => side.party !== 'building')) max = Math.max(max, entry.horizontal);
  return max;
}

function checkBbox(bbox: readonly number[]): readonly number[] {
  if (bbox.length !== 4 || !bbox.every(Number.isFinite) || bbox[0] >= bbox[2] || bbox[1] >= bbox[3]) {
    throw new DataError(`clearance: bbox ${JSON.stringify(bbox)} is not [minX, minY, maxX, maxY] with min < max; give it in the network CRS`);
  }
  return bbox;
}
