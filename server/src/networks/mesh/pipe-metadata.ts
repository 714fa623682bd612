/**
 * What a pipe tile says about each element (the EXT_structural_metadata row): the database row
 * id (`id`, added by the tiler) and the network ids, kinds, CJJ 61 types and size. Links and
 * nodes share one class so a tile can hold both; the id of the other sort is empty.
 */
import type { ElementMetadataClass, ElementPropertyValue } from '@cimtwin/tiler';
import type { PlacedLink, PlacedNode, PlacedSection } from '../geometry/place-network.ts';

/** The metadata class of pipe-network tiles, for `tileMeshes`. */
export const PIPE_METADATA_CLASS: ElementMetadataClass = {
  name: 'pipe_element',
  description: 'A segment (link) or point structure (node) of a pipe network.',
  properties: {
    linkId: { type: 'STRING', description: 'Link id in the network; empty for nodes.' },
    nodeId: { type: 'STRING', description: 'Node id in the network; empty for links.' },
    kind: { type: 'STRING', description: 'Link kind (pipe, valve, conduit...) or node kind (manhole, valve, hydrant...).' },
    pipeType: { type: 'STRING', description: 'CJJ 61 main pipe type 代号: JS, PS, RQ, RL, DL, TX, GY, QT.' },
    pipeSubtype: { type: 'STRING', description: 'CJJ 61 subtype 代号, e.g. YS for rain water.' },
    size: { type: 'STRING', description: 'Section: DN300 for round pipes, 800×400 (width × height, mm) for boxes.' },
    material: { type: 'STRING', description: 'Pipe material as the source gives it.' },
    heightSource: { type: 'STRING', description: 'Where the placed height came from: invert, depth, node or assumed.' },
  },
};

/** The label of a section in millimetres: `DN300`, `800×400`; `?` marks a size assumed by type. */
export function sectionLabel(section: PlacedSection, assumed = false): string {
  const mm = (metres: number) => Math.round(metres * 1000);
  const label = section.shape === 'round' ? `DN${mm(section.diameter)}` : `${mm(section.width)}×${mm(section.height)}`;
  return assumed ? `${label}?` : label;
}

/** Metadata values of a link. */
export function linkProperties(link: PlacedLink, material: string | null | undefined): Record<string, ElementPropertyValue> {
  return {
    linkId: link.id,
    kind: link.kind,
    pipeType: link.pipeType,
    pipeSubtype: link.pipeSubtype,
    size: sectionLabel(link.section, link.sectionAssumed),
    material: material ?? null,
    heightSource: link.heightSource,
  };
}

/** Metadata values of a node; `pipeType` its own or that of the pipes meeting there. */
export function nodeProperties(node: PlacedNode, pipeType: string | null = node.pipeType): Record<string, ElementPropertyValue> {
  return { nodeId: node.id, kind: node.kind, pipeType, heightSource: node.heightSource };
}
