import type { NetworkLink, NetworkNode } from '@cimtwin/schemas';
import type { Cjj61Context } from './cjj61-context.ts';
import { PointGrid } from './cjj61-point-grid.ts';

// Digitised line layers leave small gaps where a pipe should meet another (an undershoot). Once
// surveyed points have claimed the gaps around them, a segment end that is still dangling (one
// segment, not a surveyed point) joins the nearest other node within gapTolerance, nearest pairs
// first. A node that received an end is not moved itself, so two dangling ends facing each other
// become one node, not a swap. Off by default (gapTolerance 0): a CJJ 61 table has point numbers,
// and closing gaps there would hide the dangles the quality check should report.
// Rejected: raising the snap tolerance instead. It also merges the two ends of a gap around a
// valve before the valve can claim them, and the valve then lands on the wrong pipe.

/** Joins dangling segment ends to nodes within `gapTolerance` (metres); returns the nodes left. */
export function closeGaps(context: Cjj61Context, nodes: NetworkNode[], links: NetworkLink[], surveyed: ReadonlySet<string>, degree: Map<string, number>, metresPerUnit: number): NetworkNode[] {
  const toleranceMetres = context.options.gapTolerance ?? 0;
  const tolerance = toleranceMetres / metresPerUnit;
  if (tolerance <= 0) return nodes;
  const placed = nodes.filter((node) => node.x !== null && node.y !== null);
  const grid = new PointGrid(tolerance);
  placed.forEach((node, index) => grid.insert(node.x!, node.y!, index));
  const linkAt = new Map<string, NetworkLink>();
  for (const link of links) for (const end of [link.from, link.to]) if (degree.get(end) === 1) linkAt.set(end, link);
  const dangling = placed.filter((node) => !surveyed.has(node.id) && degree.get(node.id) === 1);
  const pairs = dangling.flatMap((end) => {
    const link = linkAt.get(end.id)!;
    const other = link.from === end.id ? link.to : link.from;
    return grid.within(end.x!, end.y!, tolerance, (index) => placed[index] !== end && placed[index].id !== other).map(({ index, distance }) => ({ end, target: placed[index], distance }));
  });
  pairs.sort((a, b) => a.distance - b.distance || (a.end.id < b.end.id ? -1 : 1));
  const merged = new Set<string>();
  const targets = new Set<string>();
  let widest = 0;
  for (const { end, target, distance } of pairs) {
    if (merged.has(end.id) || targets.has(end.id) || merged.has(target.id)) continue;
    merged.add(end.id);
    targets.add(target.id);
    widest = Math.max(widest, distance);
    const link = linkAt.get(end.id)!;
    if (link.from === end.id) (link.from = target.id), link.vertices.unshift([end.x!, end.y!]);
    else (link.to = target.id), link.vertices.push([end.x!, end.y!]);
    degree.set(target.id, (degree.get(target.id) ?? 0) + 1);
    degree.delete(end.id);
  }
  if (merged.size === 0) return nodes;
  context.warnings.add(`cjj61: ${merged.size} dangling segment end(s) joined to a node within gapTolerance ${toleranceMetres} m (widest gap ${(widest * metresPerUnit).toFixed(3)} m): ${[...merged].slice(0, 10).join(', ')}${merged.size > 10 ? ', ...' : ''}`);
  return nodes.filter((node) => !merged.has(node.id));
}
