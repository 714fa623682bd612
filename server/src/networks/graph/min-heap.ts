/**
 * Binary min-heap of (key, value) pairs in typed arrays, for Dijkstra with lazy deletion: a
 * value may be pushed again with a smaller key, and stale entries are skipped by the caller.
 */
export class MinHeap {
  private keys: Float64Array;
  private values: Int32Array;
  private size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(1, capacity));
    this.values = new Int32Array(Math.max(1, capacity));
  }

  get length(): number {
    return this.size;
  }

  push(key: number, value: number): void {
    if (this.size === this.keys.length) this.grow();
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent] <= key) break;
      this.keys[i] = this.keys[parent];
      this.values[i] = this.values[parent];
      i = parent;
    }
    this.keys[i] = key;
    this.values[i] = value;
  }

  /** Key of the smallest entry; only valid when length > 0. */
  peekKey(): number {
    return this.keys[0];
  }

  /** Removes the smallest entry and returns its value; only valid when length > 0. */
  pop(): number {
    const top = this.values[0];
    const last = --this.size;
    const key = this.keys[last];
    const value = this.values[last];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last && this.keys[child + 1] < this.keys[child]) child++;
      if (this.keys[child] >= key) break;
      this.keys[i] = this.keys[child];
      this.values[i] = this.values[child];
      i = child;
    }
    this.keys[i] = key;
    this.values[i] = value;
    return top;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    const values = new Int32Array(this.values.length * 2);
    keys.set(this.keys);
    values.set(this.values);
    this.keys = keys;
    this.values = values;
  }
}
