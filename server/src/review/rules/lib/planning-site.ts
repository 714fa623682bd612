import { DataError } from '@cimtwin/schemas';
import type { GeometrySource } from '@cimtwin/schemas';
import type { RuleContext } from './rule-context.ts';
import { resolveGeometrySource } from './resolve-geometry-source.ts';

/** The parcel of a planning review: its GeoJSON (WGS 84), polygon area and the site area used. */
export interface PlanningSite {
  geojson: string | null;
  /** Parcel polygon area on the local projection, m² (null without a parcel). */
  polygonArea: number | null;
  /** Area the ratios divide by: the siteArea parameter, else the polygon area. */
  siteArea: number;
  basis: string;
}

/** The parcel and site area from the pack parameters; null when neither is given. */
export async function loadPlanningSite(ctx: RuleContext): Promise<PlanningSite | null> {
  const source = ctx.params.parcel as GeometrySource | null;
  const siteArea = typeof ctx.params.siteArea === 'number' ? ctx.params.siteArea : null;
  if (!source) return siteArea === null ? null : { geojson: null, polygonArea: null, siteArea, basis: `site area ${siteArea} m² given as a parameter` };
  const geojson = await resolveGeometrySource(ctx.knex, source, 'parameter "parcel"');
  const row = (
    await ctx.knex.raw(
      `SELECT ST_Dimension(g) AS dim, ST_IsValid(g) AS valid, ST_Area(ST_Transform(g, ?::text)) AS area
       FROM (SELECT ST_SetSRID(ST_GeomFromGeoJSON(?), 4326) AS g) s`,
      [ctx.model.localProjection, geojson],
    )
  ).rows[0] as { dim: number; valid: boolean; area: number };
  if (Number(row.dim) !== 2) throw new DataError('review: parameter "parcel" must be a Polygon or MultiPolygon (the parcel area), not a line or point');
  if (!row.valid) throw new DataError('review: parameter "parcel" is not a valid polygon (self-intersecting or unclosed ring); fix its coordinates');
  const polygonArea = Number(row.area);
  return siteArea === null
    ? { geojson, polygonArea, siteArea: polygonArea, basis: `parcel polygon area ${polygonArea.toFixed(2)} m²` }
    : { geojson, polygonArea, siteArea, basis: `site area ${siteArea} m² given as a parameter (parcel polygon ${polygonArea.toFixed(2)} m²)` };
}
