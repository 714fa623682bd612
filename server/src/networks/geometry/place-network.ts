import type { Network, NetworkLink, NetworkNode, PipeTypeCode } from '@cimtwin/schemas';

// Pipes in 3D: where each segment's axis runs and how big its section is, from what a survey or
// a model file gives. CJJ 61-2017 measures burial depth to the top of pressure pipes, cables and
// duct banks (管顶/外顶) and to the inside bottom of gravity drains (管内底), so the same
// depth figure means a different axis height by pipe type. Everything downstream (tubes in 3D
// Tiles, clearances, sections, excavation) reads the placed network, never the raw fields.

/** A point of a placed axis: x, y in the network's CRS (metres), z elevation of the axis (m). */
export type AxisPoint = [number, number, number];

/** Where a placed height came from, best first. */
export type HeightSource = 'invert' | 'depth' | 'node' | 'assumed';

/** Which edge of the section a surveyed burial depth is measured to (CJJ 61-2017). */
export type DepthReference = 'top' | 'invert';

/** Section of a placed segment: outer size across (m). */
export type PlacedSection =
  | { shape: 'round'; diameter: number }
  | { shape: 'box'; width: number; height: number };

/** A segment placed in 3D. */
export interface PlacedLink {
  id: string;
  kind: NetworkLink['kind'];
  pipeType: PipeTypeCode | null;
  pipeSubtype: string | null;
  from: string;
  to: string;
  section: PlacedSection;
  /** true when the section size was not given and a default of the pipe type was used. */
  sectionAssumed: boolean;
  /** Axis points from the from-node to the to-node, vertices included. */
  axis: AxisPoint[];
  /** Ground elevation above each axis point (interpolated between the end nodes). */
  ground: number[];
  heightSource: HeightSource;
}

/** A point (node) placed in 3D. */
export interface PlacedNode {
  id: string;
  kind: NetworkNode['kind'];
  pipeType: PipeTypeCode | null;
  x: number;
  y: number;
  /** Ground (cover) elevation at the point. */
  ground: number;
  /** Lowest elevation of the point: invert of a manhole, bottom of the connected pipes. */
  bottom: number;
  heightSource: HeightSource;
}

/** A network placed in 3D; nodes and links without coordinates are left out and counted. */
export interface PlacedNetwork {
  crs: string | null;
  nodes: PlacedNode[];
  links: PlacedLink[];
  /** Nodes or links left out because a coordinate was missing. */
  unplaced: { nodes: number; links: number };
}

/** Defaults when the data says nothing: cover to the pipe top and section size by pipe type. */
export interface PlacementDefaults {
  /** Cover depth to the pipe top (m) by pipe type, used when neither depth nor invert is known. */
  cover: Record<PipeTypeCode, number>;
  /** Section diameter (m) by pipe type when the segment gives none. */
  diameter: Record<PipeTypeCode, number>;
  /** Ground elevation (m) when a node has none. */
  ground: number;
}

/**
 * Typical values of Chinese urban practice, for placing data that lacks them: cover to the pipe
 * top of 1.0 m for water, 1.5 m drains, 0.9 m gas, 1.0 m heat, 0.7 m power and telecom
 * (CJJ/GB 50289 minimum covers are 0.6 to 0.9 m under carriageways; surveys show these as
 * common figures). Only used when the segment and its points carry no height at all, and
 * marked `assumed`.
 */
export const PLACEMENT_DEFAULTS: PlacementDefaults = Object.freeze({
  cover: { JS: 1.0, PS: 1.5, RQ: 0.9, RL: 1.0, DL: 0.7, TX: 0.7, GY: 1.0, QT: 1.0 },
  diameter: { JS: 0.2, PS: 0.4, RQ: 0.15, RL: 0.3, DL: 0.2, TX: 0.1, GY: 0.2, QT: 0.2 },
  ground: 0,
});

/** Options of {@link placeNetwork}. */
export interface PlaceNetworkOptions {
  defaults?: PlacementDefaults;
  /**
   * Which edge a burial depth is measured to; by default `invert` for drainage (PS) and for
   * SWMM models, `top` for everything else, as CJJ 61-2017 prescribes.
   */
  depthReference?: (link: NetworkLink) => DepthReference;
}

/** The CJJ 61 rule: drains by inside bottom, everything else by top. */
export function defaultDepthReference(link: NetworkLink): DepthReference {
  return link.pipeType === 'PS' ? 'invert' : 'top';
}

/** Places every node and link of a network in 3D. */
export function placeNetwork(network: Network, options: PlaceNetworkOptions = {}): PlacedNetwork {
  const defaults = options.defaults ?? PLACEMENT_DEFAULTS;
  const depthReference = options.depthReference ?? defaultDepthReference;
  const nodes = new Map(network.nodes.map((node) => [node.id, node]));
  const links: PlacedLink[] = [];
  let unplacedLinks = 0;
  const bottoms = new Map<string, number>();
  for (const link of network.links) {
    const from = nodes.get(link.from);
    const to = nodes.get(link.to);
    if (!from || !to || from.x === null || from.y === null || to.x === null || to.y === null) {
      unplacedLinks++;
      continue;
    }
    const placed = placeLink(link, from, to, defaults, depthReference(link));
    links.push(placed);
    const half = sectionHeight(placed.section) / 2;
    for (const [id, point] of [[link.from, placed.axis[0]], [link.to, placed.axis[placed.axis.length - 1]]] as const) {
      const bottom = point[2] - half;
      bottoms.set(id, Math.min(bottoms.get(id) ?? Infinity, bottom));
    }
  }
  const placedNodes: PlacedNode[] = [];
  let unplacedNodes = 0;
  for (const node of network.nodes) {
    if (node.x === null || node.y === null) {
      unplacedNodes++;
      continue;
    }
    const ground = groundOf(node, defaults);
    const pipeBottom = bottoms.get(node.id);
    let bottom: number;
    let heightSource: HeightSource;
    if (node.invertElevation !== null) [bottom, heightSource] = [node.invertElevation, 'invert'];
    else if (node.depth !== null && node.groundElevation !== null) [bottom, heightSource] = [node.groundElevation - node.depth, 'depth'];
    else if (pipeBottom !== undefined) [bottom, heightSource] = [pipeBottom, 'node'];
    else [bottom, heightSource] = [ground - defaults.cover[node.pipeType ?? 'QT'], 'assumed'];
    placedNodes.push({ id: node.id, kind: node.kind, pipeType: node.pipeType, x: node.x, y: node.y, ground, bottom, heightSource });
  }
  return { crs: network.crs, nodes: placedNodes, links, unplaced: { nodes: unplacedNodes, links: unplacedLinks } };
}

/** Outer height of a section (m). */
export function sectionHeight(section: PlacedSection): number {
  return section.shape === 'round' ? section.diameter : section.height;
}

/** Outer width of a section (m). */
export function sectionWidth(section: PlacedSection): number {
  return section.shape === 'round' ? section.diameter : section.width;
}

function sectionOf(link: NetworkLink, defaults: PlacementDefaults): { section: PlacedSection; assumed: boolean } {
  if (link.width !== null && link.height !== null && link.width > 0 && link.height > 0) return { section: { shape: 'box', width: link.width, height: link.height }, assumed: false };
  if (link.diameter !== null && link.diameter > 0) return { section: { shape: 'round', diameter: link.diameter }, assumed: false };
  return { section: { shape: 'round', diameter: defaults.diameter[link.pipeType ?? 'QT'] }, assumed: true };
}

function groundOf(node: NetworkNode, defaults: PlacementDefaults): number {
  if (node.groundElevation !== null) return node.groundElevation;
  if (node.invertElevation !== null && node.depth !== null) return node.invertElevation + node.depth;
  // EPANET junction elevations are the elevation of the junction, taken as its ground.
  if (node.elevation !== null) return node.elevation;
  return defaults.ground;
}

/** Axis height at one end, and where it came from. */
function endHeight(
  invert: number | null,
  depth: number | null,
  node: NetworkNode,
  ground: number,
  size: number,
  reference: DepthReference,
  cover: number,
): [number, HeightSource] {
  if (invert !== null) return [invert + size / 2, 'invert'];
  if (depth !== null) return [reference === 'invert' ? ground - depth + size / 2 : ground - depth - size / 2, 'depth'];
  if (node.invertElevation !== null) return [node.invertElevation + size / 2, 'node'];
  return [ground - cover - size / 2, 'assumed'];
}

const SOURCE_RANK: Record<HeightSource, number> = { invert: 0, depth: 1, node: 2, assumed: 3 };

function placeLink(link: NetworkLink, from: NetworkNode, to: NetworkNode, defaults: PlacementDefaults, reference: DepthReference): PlacedLink {
  const { section, assumed } = sectionOf(link, defaults);
  const size = sectionHeight(section);
  const cover = defaults.cover[link.pipeType ?? 'QT'];
  const groundFrom = groundOf(from, defaults);
  const groundTo = groundOf(to, defaults);
  const [zFrom, sourceFrom] = endHeight(link.startInvertElevation, link.startDepth, from, groundFrom, size, reference, cover);
  const [zTo, sourceTo] = endHeight(link.endInvertElevation, link.endDepth, to, groundTo, size, reference, cover);
  const plan: [number, number][] = [[from.x!, from.y!], ...link.vertices, [to.x!, to.y!]];
  const chainage = [0];
  for (let i = 1; i < plan.length; i++) chainage.push(chainage[i - 1] + Math.hypot(plan[i][0] - plan[i - 1][0], plan[i][1] - plan[i - 1][1]));
  const total = chainage[chainage.length - 1];
  const axis: AxisPoint[] = [];
  const ground: number[] = [];
  for (let i = 0; i < plan.length; i++) {
    const f = total === 0 ? 0 : chainage[i] / total;
    axis.push([plan[i][0], plan[i][1], zFrom + f * (zTo - zFrom)]);
    ground.push(groundFrom + f * (groundTo - groundFrom));
  }
  return {
    id: link.id,
    kind: link.kind,
    pipeType: link.pipeType,
    pipeSubtype: link.pipeSubtype,
    from: link.from,
    to: link.to,
    section,
    sectionAssumed: assumed,
    axis,
    ground,
    heightSource: SOURCE_RANK[sourceFrom] >= SOURCE_RANK[sourceTo] ? sourceFrom : sourceTo,
  };
}
