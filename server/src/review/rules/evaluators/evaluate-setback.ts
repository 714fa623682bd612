import { MODEL_SUBJECT } from '../lib/check-tally.ts';
import { round } from '../lib/element-values.ts';
import { loadPlanningSite } from '../lib/planning-site.ts';
import { resolveGeometrySource } from '../lib/resolve-geometry-source.ts';
import type { RedLines } from '@cimtwin/schemas';
import { optionalNumberParam, type RuleContext, type RuleEvaluator } from '../lib/rule-context.ts';

// Setbacks in PostGIS on the model's local transverse Mercator projection: the building
// projection (storey outlines and above-ground floor slabs, see measure-building-outline.ts)
// against the parcel boundary and the road red lines. Geometries are snapped to 1 mm before
// overlays (GEOS robustness). A building crossing the parcel boundary gets a negative setback:
// minus the largest distance of its outside vertices from the parcel.

/** Parcel-boundary parts closer than this to a red line belong to the red line. */
const RED_LINE_TOLERANCE = 0.5;
const SNAP = 0.001;

/** 退用地边界: distance from the building to the parcel boundary away from the red lines. */
export const evaluateBoundarySetback: RuleEvaluator = async (ctx) => {
  const min = optionalNumberParam(ctx, 'minBoundarySetback');
  if (min === null) return void ctx.tally.note('Not applicable: the planning conditions give no boundary setback (minBoundarySetback).');
  const site = await loadPlanningSite(ctx);
  if (!site?.geojson) return void ctx.tally.note('Not applicable: no parcel polygon given.');
  const building = await buildingProjection(ctx);
  if (!building) return;
  const redLines = await resolveRedLines(ctx);
  const row = (
    await ctx.knex.raw(
      `WITH b AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON(?), 0) AS g),
       p AS (SELECT ST_SnapToGrid(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(?), 4326), ?::text), ?) AS g),
       r AS (SELECT ST_Union(ST_Buffer(ST_SnapToGrid(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(x), 4326), ?::text), ?), ?)) AS g FROM jsonb_array_elements_text(?::jsonb) AS x),
       edge AS (SELECT CASE WHEN r.g IS NULL THEN ST_Boundary(p.g) ELSE ST_Difference(ST_Boundary(p.g), r.g) END AS g FROM p, r)
       SELECT ST_IsEmpty(edge.g) AS no_edge, ST_Distance(b.g, edge.g) AS distance, ST_CoveredBy(b.g, p.g) AS inside,
         (SELECT max(ST_Distance(d.geom, p.g)) FROM ST_DumpPoints(ST_Difference(b.g, p.g)) AS d) AS outside_depth,
         CASE WHEN ST_IsEmpty(edge.g) THEN NULL ELSE ST_AsText(ST_Transform(ST_ClosestPoint(edge.g, b.g), ?::text, 4326)) END AS nearest
       FROM b, p, edge`,
      [building, site.geojson, ctx.model.localProjection, SNAP, ctx.model.localProjection, SNAP, RED_LINE_TOLERANCE, JSON.stringify(redLines.map((r) => r.geojson)), ctx.model.localProjection],
    )
  ).rows[0] as { no_edge: boolean; distance: number; inside: boolean; outside_depth: number | null; nearest: string | null };
  if (row.no_edge) return void ctx.tally.note('Not applicable: the whole parcel boundary lies on road red lines.');
  const requirement = '退用地边界 setback from the parcel boundary';
  const measured = row.inside ? round(Number(row.distance)) : -round(Number(row.outside_depth ?? 0));
  ctx.tally.note(`Shortest distance to the parcel boundary ${measured} m${row.nearest ? ` (nearest boundary point ${row.nearest})` : ''}${redLines.length ? `, boundary parts on ${redLines.length} red line(s) left out` : ''}.`);
  ctx.tally.judge(
    MODEL_SUBJECT,
    { requirement, measured, required: `≥ ${min}`, unit: 'm' },
    row.inside && measured >= min - 1e-9,
    !row.inside
      ? `The building crosses the parcel boundary by ${-measured} m; it must stay ${min} m inside.`
      : measured >= min - 1e-9
        ? `The building stands ${measured} m from the parcel boundary (≥ ${min} m).`
        : `The building stands ${measured} m from the parcel boundary${row.nearest ? ` at ${row.nearest}` : ''}, less than the required ${min} m.`,
  );
};

/** 退道路红线: distance from the building to each road red line. */
export const evaluateRedLineSetback: RuleEvaluator = async (ctx) => {
  const redLines = await resolveRedLines(ctx);
  if (redLines.length === 0) return void ctx.tally.note('Not applicable: no road red lines given (redLines).');
  const fallback = optionalNumberParam(ctx, 'minRedLineSetback');
  const building = await buildingProjection(ctx);
  if (!building) return;
  for (const line of redLines) {
    const min = line.minSetback ?? fallback;
    const requirement = `退道路红线 setback from ${line.name}`;
    if (min === null) {
      ctx.tally.skip(MODEL_SUBJECT, requirement, `Red line ${line.name} has no minSetback and the pack parameter minRedLineSetback is not set; not checked.`);
      continue;
    }
    const row = (
      await ctx.knex.raw(
        `WITH b AS (SELECT ST_SetSRID(ST_GeomFromGeoJSON(?), 0) AS g),
         r AS (SELECT ST_SnapToGrid(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(?), 4326), ?::text), ?) AS g)
         SELECT ST_Distance(b.g, r.g) AS distance, ST_Intersects(b.g, r.g) AS crosses, ST_AsText(ST_Transform(ST_ClosestPoint(r.g, b.g), ?::text, 4326)) AS nearest FROM b, r`,
        [building, line.geojson, ctx.model.localProjection, SNAP, ctx.model.localProjection],
      )
    ).rows[0] as { distance: number; crosses: boolean; nearest: string };
    const measured = round(Number(row.distance));
    const ok = !row.crosses && measured >= min - 1e-9;
    ctx.tally.judge(
      MODEL_SUBJECT,
      { requirement, measured, required: `≥ ${min}`, unit: 'm' },
      ok,
      row.crosses
        ? `The building touches or crosses red line ${line.name}; it must stay ${min} m back.`
        : ok
          ? `The building stands ${measured} m from red line ${line.name} (≥ ${min} m).`
          : `The building stands ${measured} m from red line ${line.name} (nearest point ${row.nearest}), less than the required ${min} m.`,
    );
  }
};

async function resolveRedLines(ctx: RuleContext): Promise<Array<{ name: string; minSetback: number | null; geojson: string }>> {
  const lines = (ctx.params.redLines ?? []) as RedLines;
  return Promise.all(
    lines.map(async (line, i) => ({
      name: line.name ?? `#${i + 1}`,
      minSetback: line.minSetback ?? null,
      geojson: await resolveGeometrySource(ctx.knex, line.source, `red line ${line.name ?? `#${i + 1}`}`),
    })),
  );
}

/** The building projection (local projection GeoJSON), or null after recording that the model has none. */
async function buildingProjection(ctx: RuleContext): Promise<string | null> {
  const { projection } = await ctx.facts.outline();
  if (projection.geometry) return projection.geometry;
  ctx.tally.missing(MODEL_SUBJECT, { requirement: 'building projection', required: 'an outline', unit: null }, 'No above-ground walls, columns, spaces or floor slabs found: the building outline cannot be built.');
  return null;
}
