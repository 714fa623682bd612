import type { NetworkFeatureCollection } from '../api/network-types.ts';
import { colourOfRoles } from './analysis-role-colours.ts';
import { tileFeatureIdOf } from './network-feature-id.ts';

/** CSS colour by tileset feature id: how an analysis result colours a network. */
export type AnalysisColourMap = ReadonlyMap<number, string>;

/**
 * The feature colours of an analysis result: each element of its GeoJSON by tile feature id,
 * in the colour of its most telling role. A map rather than one style condition per feature: an
 * isolation of a trunk main names thousands of elements.
 */
export function analysisColourMap(collection: NetworkFeatureCollection | null | undefined): Map<number, string> {
  const colours = new Map<number, string>();
  for (const feature of collection?.features ?? []) {
    const colour = colourOfRoles(feature.properties?.roles);
    if (colour !== undefined) colours.set(tileFeatureIdOf(feature), colour);
  }
  return colours;
}

/** How many elements of a result play each role. */
export function countRoles(collection: NetworkFeatureCollection | null | undefined): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const feature of collection?.features ?? []) {
    for (const role of feature.properties?.roles ?? []) counts[role] = (counts[role] ?? 0) + 1;
  }
  return counts;
}
