/**
 * Feature ids of point structures (manholes, valves, hydrants) in a network tileset are their
 * row id plus this, so they never meet segment ids (server: tile-network.ts).
 */
export const NODE_FEATURE_ID_OFFSET = 2 ** 31;

/**
 * The tileset feature id of an element of an analysis result. Point features of analysis
 * results carry their bare row id (the elements endpoint adds the offset), so the offset is
 * added here when it is missing.
 */
export function tileFeatureIdOf(feature: { id: number | string; properties?: { element?: unknown } | null }): number {
  const id = Number(feature.id);
  if (feature.properties?.element === 'node' && id < NODE_FEATURE_ID_OFFSET) return id + NODE_FEATURE_ID_OFFSET;
  return id;
}

/** The feature id a picked tile feature carries in its `id` metadata, if it is a number. */
export function featureIdOfProperty(raw: unknown): number | undefined {
  const id = typeof raw === 'bigint' ? Number(raw) : typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
  return typeof id === 'number' && Number.isFinite(id) ? id : undefined;
}
