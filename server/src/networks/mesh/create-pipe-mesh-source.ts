/**
 * A placed pipe network as an {@link ElementMeshSource} for `tileMeshes`: one element per link
 * (tube or duct, valve links with a body) and per drawn node (shaft, valve, hydrant, meter,
 * optionally fittings), keyed by the database row ids the caller stored them under.
 *
 * The first call of `summaries()` or `load()` moves the network into the model frame and plans
 * every element: vertex counts and boxes come from arithmetic on the axis, no mesh is built.
 * `load(ids)` then writes the meshes of those ids only, so one tile's geometry is in memory at a
 * time, as for IFC models.
 */
import { DataError } from '@cimtwin/schemas';
import type { ElementMesh, ElementMeshSource, ElementSummary, ModelBox } from '@cimtwin/tiler';
import type { PlacedNetwork, PlacedNode } from '../geometry/place-network.ts';
import { buildLinkParts, planLinkMesh, writeShapes, type LinkMeshPlan } from './link-mesh.ts';
import { localNetworkGeometry } from './local-network-geometry.ts';
import { planNodeStructure, type NodeStructurePlan, type ShaftExtent } from './node-structure.ts';
import { growBounds, placedBounds } from './place-shape.ts';
import { pipeMeshColours } from './pipe-colours.ts';
import type { PipeMeshOptions } from './pipe-mesh-options.ts';
import { linkProperties, nodeProperties } from './pipe-metadata.ts';
import { UnitShapes } from './unit-shapes.ts';

/** The mesh source, with what it left out. */
export interface PipeMeshSource extends ElementMeshSource {
  /**
   * Elements left out, by reason ('no row id', 'zero length', 'junction not drawn'...); filled
   * once the network is planned, i.e. after the first `summaries()` or `load()`.
   */
  readonly skipped: Record<string, number>;
}

type Planned =
  | { type: 'link'; plan: LinkMeshPlan; summary: ElementSummary }
  | { type: 'node'; node: PlacedNode; plan: NodeStructurePlan; summary: ElementSummary };

/** The mesh source of a placed network; row ids repeated between links and nodes are a DataError. */
export function createPipeMeshSource(placed: PlacedNetwork, options: PipeMeshOptions): PipeMeshSource {
  const shapes = new UnitShapes();
  const skipped: Record<string, number> = {};
  let planned: Map<number, Planned> | undefined;
  const plan = (): Map<number, Planned> => (planned ??= planNetwork(placed, options, shapes, skipped));

  return {
    skipped,
    async summaries(): Promise<ElementSummary[]> {
      return Array.from(plan().values(), (element) => element.summary);
    },
    async load(ids: number[]): Promise<ElementMesh[]> {
      const elements = plan();
      const out: ElementMesh[] = [];
      for (const id of ids) {
        const element = elements.get(id);
        if (!element) continue;
        if (element.type === 'link') {
          const { link } = element.plan;
          const colours = pipeMeshColours(link.pipeType, link.pipeSubtype, options.colours);
          out.push({
            id,
            properties: linkProperties(link, options.details?.linkMaterial?.(link.id)),
            parts: buildLinkParts(element.plan, shapes, colours, options),
          });
        } else {
          const { node, plan: structure } = element;
          const colours = pipeMeshColours(structure.pipeType, structure.pipeSubtype, options.colours);
          out.push({
            id,
            properties: nodeProperties(node, structure.pipeType),
            parts: [{ ...writeShapes(structure.placements, shapes), color: colours.structure }],
          });
        }
      }
      return out;
    },
  };
}

function planNetwork(placed: PlacedNetwork, options: PipeMeshOptions, shapes: UnitShapes, skipped: Record<string, number>): Map<number, Planned> {
  const skip = (reason: string) => {
    skipped[reason] = (skipped[reason] ?? 0) + 1;
  };
  const geometry = localNetworkGeometry(placed, options.toLocal, (link) => options.rowIds.links.has(link.id));
  const out = new Map<number, Planned>();
  const owner = new Map<number, string>();
  const claim = (rowId: number, what: string): void => {
    const previous = owner.get(rowId);
    if (previous !== undefined) throw new DataError(`pipe-mesh: row id ${rowId} is given to ${previous} and to ${what}; each link and node needs its own`);
    owner.set(rowId, what);
  };

  // Nodes first: the shafts they draw decide which pipe ends need caps.
  const shafts = new Map<string, ShaftExtent>();
  for (const node of placed.nodes) {
    const rowId = options.rowIds.nodes?.get(node.id);
    if (rowId === undefined) {
      if (options.rowIds.nodes) skip('no row id');
      continue;
    }
    claim(rowId, `node "${node.id}"`);
    const result = planNodeStructure(node, geometry.ends.get(node.id) ?? [], options);
    if (typeof result === 'string') {
      skip(result);
      continue;
    }
    if (result.shaft) shafts.set(node.id, result.shaft);
    out.set(rowId, { type: 'node', node, plan: result, summary: { id: rowId, ...structureSummary(result, shapes) } });
  }

  for (const link of placed.links) {
    const rowId = options.rowIds.links.get(link.id);
    if (rowId === undefined) {
      skip('no row id');
      continue;
    }
    claim(rowId, `link "${link.id}"`);
    const result = planLinkMesh(link, geometry.axes.get(link.id)!, {
      endsAtFrom: geometry.ends.get(link.from) ?? [],
      endsAtTo: geometry.ends.get(link.to) ?? [],
      shaftAtFrom: shafts.get(link.from),
      shaftAtTo: shafts.get(link.to),
      shapes,
    }, options);
    if (typeof result === 'string') skip(result);
    else out.set(rowId, { type: 'link', plan: result, summary: { id: rowId, bbox: result.bbox, vertexCount: result.vertexCount } });
  }
  return out;
}

function structureSummary(plan: NodeStructurePlan, shapes: UnitShapes): { bbox: ModelBox; vertexCount: number } {
  const bbox: ModelBox = [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity];
  let vertexCount = 0;
  for (const placement of plan.placements) {
    const shape = shapes.get(placement.kind, placement.segments);
    vertexCount += shape.vertexCount;
    growBounds(bbox, placedBounds(shape, placement));
  }
  return { bbox, vertexCount };
}

