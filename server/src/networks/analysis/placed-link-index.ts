import RBush from 'rbush';
import type { PlacedNetwork } from '../geometry/place-network.ts';
import { sectionWidth } from '../geometry/place-network.ts';

// An R-tree of the straight pieces of every placed axis, each box padded by half the outer width
// of its section, so that "which pipes can be within d of this box" is one search of the box
// grown by d. Built once per placed network and shared by the analyses (pass it as `index`).

/** One straight piece of a placed axis, as stored in the tree. */
export interface LinkPiece {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  /** Position of the piece in {@link PlacedLinkIndex.pieces}. */
  id: number;
  /** Index of the link in `placed.links`. */
  link: number;
  /** The piece runs from axis[piece] to axis[piece + 1]. */
  piece: number;
}

/** The pieces of a placed network in an R-tree. */
export interface PlacedLinkIndex {
  placed: PlacedNetwork;
  tree: RBush<LinkPiece>;
  pieces: LinkPiece[];
  /** Half the outer section width of each link (m). */
  halfWidths: Float64Array;
  maxHalfWidth: number;
}

/** Indexes every piece of non-zero length of every placed link. */
export function indexPlacedLinks(placed: PlacedNetwork): PlacedLinkIndex {
  const halfWidths = new Float64Array(placed.links.length);
  const pieces: LinkPiece[] = [];
  let maxHalfWidth = 0;
  placed.links.forEach((link, index) => {
    const half = sectionWidth(link.section) / 2;
    halfWidths[index] = half;
    maxHalfWidth = Math.max(maxHalfWidth, half);
    for (let piece = 0; piece + 1 < link.axis.length; piece++) {
      const [ax, ay] = link.axis[piece];
      const [bx, by] = link.axis[piece + 1];
      if (ax === bx && ay === by) continue;
      pieces.push({ minX: Math.min(ax, bx) - half, minY: Math.min(ay, by) - half, maxX: Math.max(ax, bx) + half, maxY: Math.max(ay, by) + half, id: pieces.length, link: index, piece });
    }
  });
  const tree = new RBush<LinkPiece>();
  tree.load(pieces);
  return { placed, tree, pieces, halfWidths, maxHalfWidth };
}

/** Pieces whose padded box meets the box of segment a-b grown by `reach`. */
export function searchNearSegment(index: PlacedLinkIndex, ax: number, ay: number, bx: number, by: number, reach: number): LinkPiece[] {
  return index.tree.search({ minX: Math.min(ax, bx) - reach, minY: Math.min(ay, by) - reach, maxX: Math.max(ax, bx) + reach, maxY: Math.max(ay, by) + reach });
}
