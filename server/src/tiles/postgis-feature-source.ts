import type { Knex } from 'knex';
import type { FeatureSource, FeatureSummary, TileFeature } from '@cimtwin/tiler';

/**
 * The tiler's view of one layer in PostGIS: first cheap summaries (bbox, vertex count, height)
 * to build the spatial index, then geometry for one tile's ids at a time, so a city of a
 * million buildings never sits in memory as geometry.
 */
export function createPostgisFeatureSource(knex: Knex, layerId: string): FeatureSource {
  return {
    async summaries(): Promise<FeatureSummary[]> {
      const result = await knex.raw(
        `SELECT id, ST_XMin(b) AS x0, ST_YMin(b) AS y0, ST_XMax(b) AS x1, ST_YMax(b) AS y1, ST_NPoints(geom) AS n, height
         FROM (SELECT id, geom, height, Box2D(geom) AS b FROM features WHERE layer_id = ?) f ORDER BY id`,
        [layerId],
      );
      return (result.rows as Array<Record<string, number | null>>).map((r) => ({
        id: Number(r.id),
        bbox: [r.x0 as number, r.y0 as number, r.x1 as number, r.y1 as number],
        vertexCount: r.n as number,
        height: r.height ?? undefined,
      }));
    },
    async load(ids: number[]): Promise<TileFeature[]> {
      if (ids.length === 0) return [];
      const result = await knex.raw(
        `SELECT id, ST_AsGeoJSON(geom, 9) AS geometry, name, kind, height, min_height,
                (properties->>'width') AS width
         FROM features WHERE layer_id = ? AND id = ANY(?::bigint[]) ORDER BY id`,
        [layerId, ids],
      );
      return (result.rows as Array<Record<string, unknown>>).map((r) => ({
        id: Number(r.id),
        geometry: JSON.parse(r.geometry as string),
        name: (r.name as string | null) ?? null,
        kind: (r.kind as string | null) ?? null,
        height: (r.height as number | null) ?? null,
        minHeight: (r.min_height as number | null) ?? null,
        width: r.width === null || r.width === undefined ? null : Number.parseFloat(r.width as string) || null,
      }));
    },
  };
}
