// A uniform grid over points, for "the nearest point within r" when r is the cell size: a query
// looks at the 3 × 3 cells around the point, so it costs O(1) per query for survey densities.
// Chosen over an R-tree because points are added one by one while line ends are resolved, and a
// hash grid takes inserts at no cost.

/** Points by grid cell; each point carries an index into the caller's array. */
export class PointGrid {
  private readonly cells = new Map<string, { x: number; y: number; index: number }[]>();

  /** `cellSize` is the largest search radius; a non-positive size finds only exact matches. */
  constructor(private readonly cellSize: number) {}

  private key(ix: number, iy: number): string {
    return `${ix},${iy}`;
  }

  private cell(value: number): number {
    return this.cellSize > 0 ? Math.floor(value / this.cellSize) : value;
  }

  /** Adds a point. */
  insert(x: number, y: number, index: number): void {
    const key = this.key(this.cell(x), this.cell(y));
    const list = this.cells.get(key);
    if (list) list.push({ x, y, index });
    else this.cells.set(key, [{ x, y, index }]);
  }

  /** Points within `radius` (at most the cell size) of (x, y), nearest first, with their distances. */
  within(x: number, y: number, radius: number, accept: (index: number) => boolean = () => true): { index: number; distance: number }[] {
    const found: { index: number; distance: number }[] = [];
    const [cx, cy] = [this.cell(x), this.cell(y)];
    const reach = this.cellSize > 0 ? 1 : 0;
    for (let ix = cx - reach; ix <= cx + reach; ix++) {
      for (let iy = cy - reach; iy <= cy + reach; iy++) {
        for (const point of this.cells.get(this.key(ix, iy)) ?? []) {
          const distance = Math.hypot(point.x - x, point.y - y);
          if (distance <= radius && accept(point.index)) found.push({ index: point.index, distance });
        }
      }
    }
    return found.sort((a, b) => a.distance - b.distance || a.index - b.index);
  }

  /** The nearest point within `radius`, or undefined. */
  nearest(x: number, y: number, radius: number, accept?: (index: number) => boolean): { index: number; distance: number } | undefined {
    return this.within(x, y, radius, accept)[0];
  }
}
