/** A GeoJSON feature as the items endpoint returns it. */
export interface ItemFeature {
  type: 'Feature';
  id: string | number;
  geometry: { type: string; coordinates: unknown };
  properties: Record<string, unknown>;
}

/**
 * Looks a feature up by its `name` through `GET /api/collections/{layerId}/items?name=`,
 * falling back to filtering a large page when the server ignores the filter.
 */
export async function findFeatureByName(baseUrl: string, layerId: string, name: string): Promise<ItemFeature> {
  const items = new URL(`/api/collections/${encodeURIComponent(layerId)}/items`, baseUrl);
  const attempts = [
    { name, limit: '10' },
    { limit: '10000' },
  ];
  for (const query of attempts) {
    const url = new URL(items);
    Object.entries(query).forEach(([key, value]) => url.searchParams.set(key, value));
    const response = await fetch(url, { headers: { accept: 'application/geo+json' } });
    if (!response.ok) continue;
    const body = (await response.json()) as { features?: ItemFeature[] };
    const found = body.features?.find(
      (feature) => feature.properties?.name === name && /Polygon$/.test(feature.geometry?.type ?? ''),
    );
    if (found) return found;
  }
  throw new Error(`find-feature-by-name: ${items.href} has no polygon feature named ${name}`);
}
