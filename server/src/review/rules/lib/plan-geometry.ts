// Plan geometry of element boxes in model metres, for relations inside one building: which
// doors sit in a room's walls, how far a room's farthest point is from its nearest door, how
// wide a corridor is. Boxes are the elements' axis-aligned bounding boxes in model
// coordinates (exact for rooms and doors parallel to the model axes, larger than the element
// otherwise); the geographic footprints would give the same distances after a detour through
// PostGIS, so the model frame is used directly.

/** A plan rectangle, model metres. */
export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A plan point, model metres. */
export type Point = [number, number];

/** The plan of a `[minX, minY, minZ, maxX, maxY, maxZ]` box. */
export function planRect(bbox: readonly number[]): Rect {
  return { x0: bbox[0], y0: bbox[1], x1: bbox[3], y1: bbox[4] };
}

/** Centre of a rectangle. */
export function rectCentre(r: Rect): Point {
  return [(r.x0 + r.x1) / 2, (r.y0 + r.y1) / 2];
}

/** Shortest distance between two rectangles, 0 when they touch or overlap. */
export function rectDistance(a: Rect, b: Rect): number {
  const dx = Math.max(0, a.x0 - b.x1, b.x0 - a.x1);
  const dy = Math.max(0, a.y0 - b.y1, b.y0 - a.y1);
  return Math.hypot(dx, dy);
}

/** True when two vertical ranges `[z0, z1]` overlap by more than `margin`. */
export function rangesOverlap(a0: number, a1: number, b0: number, b1: number, margin = 0.1): boolean {
  return Math.min(a1, b1) - Math.max(a0, b0) > margin;
}

/**
 * True when a door sits in a wall of the room: the door box meets the room box grown by
 * `tolerance` over at least half of the door's width. The door box is often only its frame,
 * flush with one face of the wall, so the tolerance spans a wall (0.4 m: walls up to about
 * that thick). A door in a neighbouring room's wall that only passes the room's corner meets
 * the grown box over less than half its width and is left out.
 */
export function doorSitsInRoomWall(room: Rect, door: Rect, tolerance = 0.4): boolean {
  const grown = { x0: room.x0 - tolerance, y0: room.y0 - tolerance, x1: room.x1 + tolerance, y1: room.y1 + tolerance };
  const ix = Math.min(grown.x1, door.x1) - Math.max(grown.x0, door.x0);
  const iy = Math.min(grown.y1, door.y1) - Math.max(grown.y0, door.y0);
  if (ix <= 0 || iy <= 0) return false;
  const alongX = door.x1 - door.x0 >= door.y1 - door.y0;
  return alongX ? ix >= 0.5 * (door.x1 - door.x0) : iy >= 0.5 * (door.y1 - door.y0);
}

/**
 * The largest distance from a point of the rectangle to the nearest target (the largest empty
 * circle centred in the room): exact, from the candidates where it can occur — the corners,
 * the points of the edges equidistant to two targets and the points equidistant to three.
 */
export function farthestFromTargets(room: Rect, targets: readonly Point[]): { distance: number; point: Point } | null {
  if (targets.length === 0) return null;
  const inside = (p: Point): boolean => p[0] >= room.x0 - 1e-9 && p[0] <= room.x1 + 1e-9 && p[1] >= room.y0 - 1e-9 && p[1] <= room.y1 + 1e-9;
  const candidates: Point[] = [
    [room.x0, room.y0],
    [room.x1, room.y0],
    [room.x1, room.y1],
    [room.x0, room.y1],
  ];
  const edges: Array<[Point, Point]> = [0, 1, 2, 3].map((i) => [candidates[i], candidates[(i + 1) % 4]]);
  for (let i = 0; i < targets.length; i++) {
    for (let j = i + 1; j < targets.length; j++) {
      for (const [a, b] of edges) {
        const p = bisectorOnSegment(targets[i], targets[j], a, b);
        if (p) candidates.push(p);
      }
      for (let k = j + 1; k < targets.length; k++) {
        const c = circumcentre(targets[i], targets[j], targets[k]);
        if (c && inside(c)) candidates.push(c);
      }
    }
  }
  let best: { distance: number; point: Point } | null = null;
  for (const p of candidates) {
    const d = Math.min(...targets.map((t) => Math.hypot(p[0] - t[0], p[1] - t[1])));
    if (!best || d > best.distance) best = { distance: d, point: p };
  }
  return best;
}

/** Where segment a-b crosses the perpendicular bisector of t1-t2, or null. */
function bisectorOnSegment(t1: Point, t2: Point, a: Point, b: Point): Point | null {
  // Points p with |p-t1|² = |p-t2|²: 2 p·(t2-t1) = |t2|² - |t1|².
  const n: Point = [t2[0] - t1[0], t2[1] - t1[1]];
  const c = (t2[0] ** 2 + t2[1] ** 2 - t1[0] ** 2 - t1[1] ** 2) / 2;
  const fa = a[0] * n[0] + a[1] * n[1] - c;
  const fb = b[0] * n[0] + b[1] * n[1] - c;
  if (fa === fb || fa * fb > 0) return null;
  const s = fa / (fa - fb);
  return [a[0] + s * (b[0] - a[0]), a[1] + s * (b[1] - a[1])];
}

function circumcentre(a: Point, b: Point, c: Point): Point | null {
  const d = 2 * (a[0] * (b[1] - c[1]) + b[0] * (c[1] - a[1]) + c[0] * (a[1] - b[1]));
  if (Math.abs(d) < 1e-12) return null;
  const a2 = a[0] ** 2 + a[1] ** 2;
  const b2 = b[0] ** 2 + b[1] ** 2;
  const c2 = c[0] ** 2 + c[1] ** 2;
  return [(a2 * (b[1] - c[1]) + b2 * (c[1] - a[1]) + c2 * (a[1] - b[1])) / d, (a2 * (c[0] - b[0]) + b2 * (a[0] - c[0]) + c2 * (b[0] - a[0])) / d];
}

/**
 * Width of the rectangle with the given area and perimeter: w = (P/2 - sqrt(P²/4 - 4A)) / 2.
 * Exact for a straight or L-shaped corridor of even width (its perimeter is that of the
 * rectangle with the same area); null when the two do not fit a rectangle.
 */
export function equivalentRectangleWidth(area: number, perimeter: number): number | null {
  const half = perimeter / 2;
  const discriminant = half * half - 4 * area;
  if (!(area > 0 && perimeter > 0) || discriminant < -1e-9) return null;
  return (half - Math.sqrt(Math.max(0, discriminant))) / 2;
}

/** Groups rectangles lying within `gap` of each other (flights of one stair), as index lists. */
export function clusterRects(rects: readonly Rect[], gap: number): number[][] {
  const parent = rects.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) if (rectDistance(rects[i], rects[j]) <= gap) parent[find(i)] = find(j);
  }
  const groups = new Map<number, number[]>();
  rects.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  return [...groups.values()];
}
