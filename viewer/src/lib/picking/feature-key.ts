/** A feature of the twin: its layer and its database row id. */
export interface FeatureKey {
  layerId: string;
  id: string | number;
}

/** Row ids arrive as numbers from tiles and as strings from URLs; compare them as numbers. */
export function normalizeFeatureId(id: string | number): string | number {
  if (typeof id === 'string' && /^\d+$/.test(id.trim())) return Number(id);
  return id;
}

/** Whether two keys name the same feature. */
export function sameFeature(a: FeatureKey | undefined, b: FeatureKey | undefined): boolean {
  if (!a || !b) return a === b;
  return a.layerId === b.layerId && normalizeFeatureId(a.id) === normalizeFeatureId(b.id);
}
