// Reusable working memory of one graph. Visited marks are stamped with a number that grows by
// one per traversal, so "clear all marks" is an increment rather than a fill of 200,000 entries;
// the arrays are filled only when the stamp would overflow.

/** Marks and queue shared by the traversals of one graph (a graph runs one traversal at a time). */
export class GraphScratch {
  /** Node queue of a breadth-first traversal; every node enters it at most once. */
  readonly queue: Int32Array;
  readonly regionNodes: Uint32Array;
  readonly regionLinks: Uint32Array;
  readonly ringNodes: Uint32Array;
  readonly ringLinks: Uint32Array;
  readonly failedNodes: Uint32Array;
  readonly failedLinks: Uint32Array;
  readonly reachedNodes: Uint32Array;
  readonly reachedLinks: Uint32Array;
  private stamp = 0;

  constructor(nodeCount: number, linkCount: number) {
    this.queue = new Int32Array(Math.max(1, nodeCount));
    this.regionNodes = new Uint32Array(nodeCount);
    this.regionLinks = new Uint32Array(linkCount);
    this.ringNodes = new Uint32Array(nodeCount);
    this.ringLinks = new Uint32Array(linkCount);
    this.failedNodes = new Uint32Array(nodeCount);
    this.failedLinks = new Uint32Array(linkCount);
    this.reachedNodes = new Uint32Array(nodeCount);
    this.reachedLinks = new Uint32Array(linkCount);
  }

  /** A stamp no mark carries yet; marks equal to it mean "set in this traversal". */
  nextStamp(): number {
    if (this.stamp === 0xfffffffe) {
      for (const marks of [this.regionNodes, this.regionLinks, this.ringNodes, this.ringLinks, this.failedNodes, this.failedLinks, this.reachedNodes, this.reachedLinks]) marks.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }
}

/** A stamp no traversal ever uses, for "nothing is marked". */
export const NO_STAMP = 0xffffffff;
