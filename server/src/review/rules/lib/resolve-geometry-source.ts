import type { Knex } from 'knex';
import { DataError } from '@cimtwin/schemas';
import type { GeometrySource } from '@cimtwin/schemas';

/**
 * The GeoJSON (WGS 84) of a planning geometry: inline GeoJSON as given, a feature reference
 * read from the features table. DataError when the layer or feature does not exist, or a
 * name matches several features.
 */
export async function resolveGeometrySource(knex: Knex, source: GeometrySource, label: string): Promise<string> {
  if ('type' in source) return JSON.stringify(source);
  if (source.layerId !== undefined) {
    const layer = await knex('layers').where({ id: source.layerId }).first('id');
    if (!layer) throw new DataError(`review: ${label} refers to layer "${source.layerId}", which does not exist; import the layer or fix layerId`);
  }
  const query = knex('features');
  if (source.layerId !== undefined) query.where({ layer_id: source.layerId });
  let what: string;
  if (source.featureId !== undefined) {
    query.andWhere({ id: source.featureId });
    what = `featureId ${source.featureId}`;
  } else if (source.sourceId !== undefined) {
    query.andWhere({ source_id: source.sourceId });
    what = `sourceId "${source.sourceId}"`;
  } else {
    query.andWhere({ name: source.featureName });
    what = `featureName "${source.featureName}"`;
  }
  const rows = (await query.select('id', knex.raw('ST_AsGeoJSON(geom) AS geojson'))) as Array<{ id: number; geojson: string }>;
  const layer = source.layerId === undefined ? 'any layer' : `layer "${source.layerId}"`;
  if (rows.length === 0) throw new DataError(`review: ${label}: ${layer} has no feature with ${what}`);
  if (rows.length > 1) throw new DataError(`review: ${label}: ${what} matches ${rows.length} features of ${layer} (ids ${rows.map((r) => r.id).join(', ')}); use featureId`);
  return rows[0].geojson;
}
