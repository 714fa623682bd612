import type { Point } from './polyline-geometry.ts';

/**
 * A uniform grid of items by bounding box, for "what is near this segment" in a district of a
 * few kilometres. Simpler than an R-tree and fast enough at this size; queries return item ids
 * in ascending order, so callers iterate deterministically.
 */
export class SegmentGrid {
  private readonly cells = new Map<string, number[]>();

  constructor(private readonly cellSize: number) {}

  /** Adds item `id` covering the box of points `a` and `b`, grown by `margin`. */
  insert(id: number, a: Point, b: Point, margin = 0): void {
    for (const key of this.keys(a, b, margin)) {
      const list = this.cells.get(key);
      if (list) list.push(id);
      else this.cells.set(key, [id]);
    }
  }

  /** Ids of the items whose cells meet the box of `a` and `b` grown by `margin`, ascending, once each. */
  query(a: Point, b: Point, margin = 0): number[] {
    const found = new Set<number>();
    for (const key of this.keys(a, b, margin)) for (const id of this.cells.get(key) ?? []) found.add(id);
    return [...found].sort((x, y) => x - y);
  }

  private *keys(a: Point, b: Point, margin: number): Generator<string> {
    const x0 = Math.floor((Math.min(a[0], b[0]) - margin) / this.cellSize);
    const x1 = Math.floor((Math.max(a[0], b[0]) + margin) / this.cellSize);
    const y0 = Math.floor((Math.min(a[1], b[1]) - margin) / this.cellSize);
    const y1 = Math.floor((Math.max(a[1], b[1]) + margin) / this.cellSize);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) yield `${x},${y}`;
  }
}
