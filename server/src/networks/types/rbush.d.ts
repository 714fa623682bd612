// rbush 4 ships no types; the part of its API the network code uses.
declare module 'rbush' {
  export interface BBox {
    minX: number;
    minY: number;
    maxX: number;
    maxY: number;
  }
  export default class RBush<T extends BBox = BBox> {
    constructor(maxEntries?: number);
    insert(item: T): this;
    load(items: readonly T[]): this;
    search(box: BBox): T[];
    all(): T[];
    clear(): this;
  }
}
