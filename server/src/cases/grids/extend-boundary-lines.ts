/**
 * Boundary lines cut from tiled map data stop at tile edges, a little short of the area a grid
 * is generated over, so splitting that area by them would leave the two sides joined around the
 * loose end. Each loose end (one that no other line end meets) is carried straight on, in the
 * direction of its last segment, to the edge of the box. Tried and rejected: snapping loose ends
 * to the nearest box edge, which bends a boundary that meets the edge at a slant.
 */

/** A longitude, latitude pair (or any planar x, y). */
export type Position = [number, number];

/** minX, minY, maxX, maxY. */
export type Box = [number, number, number, number];

function sameEnd(a: Position, b: Position, tolerance: number): boolean {
  return Math.abs(a[0] - b[0]) <= tolerance && Math.abs(a[1] - b[1]) <= tolerance;
}

/** Where the ray from `from` through `end` leaves the box, or null when `end` is not inside it. */
function exitPoint(from: Position, end: Position, box: Box): Position | null {
  const [x0, y0, x1, y1] = box;
  if (end[0] <= x0 || end[0] >= x1 || end[1] <= y0 || end[1] >= y1) return null;
  const dx = end[0] - from[0];
  const dy = end[1] - from[1];
  if (dx === 0 && dy === 0) return null;
  const steps = [dx > 0 ? (x1 - end[0]) / dx : dx < 0 ? (x0 - end[0]) / dx : Infinity, dy > 0 ? (y1 - end[1]) / dy : dy < 0 ? (y0 - end[1]) / dy : Infinity];
  const t = Math.min(...steps);
  return [end[0] + dx * t, end[1] + dy * t];
}

/**
 * The lines with each loose end extended to the edge of `box`. Ends are the same when they lie
 * within `tolerance` of each other; a line of fewer than two positions is left as it is.
 */
export function extendLooseEnds(lines: readonly Position[][], box: Box, tolerance = 1e-9): Position[][] {
  const ends = lines.filter((line) => line.length >= 2).flatMap((line) => [line[0], line[line.length - 1]]);
  const loose = (end: Position) => ends.filter((other) => sameEnd(other, end, tolerance)).length === 1;
  return lines.map((line) => {
    if (line.length < 2) return [...line];
    const out = [...line];
    const first = line[0];
    const last = line[line.length - 1];
    if (loose(last)) {
      const exit = exitPoint(line[line.length - 2], last, box);
      if (exit) out.push(exit);
    }
    if (loose(first)) {
      const exit = exitPoint(line[1], first, box);
      if (exit) out.unshift(exit);
    }
    return out;
  });
}
