import crypto from 'node:crypto';
import path from 'node:path';
import type { Knex } from 'knex';
import { DataError, LayerId, type ImportReport, type LayerKind, type RejectedFeature } from '@cimtwin/schemas';
import type { Logger } from '../logger.ts';
import { checkFeature, coordinateRange, type CheckedFeature } from './check-feature.ts';
import { deriveHeight } from './derive-height.ts';
import { inferAttributes } from './infer-attributes.ts';
import { readSourceFile, type SourceFile } from './read-source-file.ts';
import { checkCoordinateRange, parseCrs, requireKnownCrs } from './resolve-crs.ts';

export interface ImportLayerOptions {
  layerId: string;
  title?: string;
  description?: string;
  /** What the layer holds; guessed from the layer id when absent. */
  kind?: LayerKind;
  /** CRS of the file's coordinates (`EPSG:n`); overrides what the file says. */
  crs?: string;
  logger?: Logger;
}

export interface ImportResult {
  layerId: string;
  report: ImportReport;
}

/** How many rejections a report lists one by one (all are counted). */
const MAX_LISTED_REJECTIONS = 200;
/** How many malformed features an error message names. */
const MAX_NAMED_PROBLEMS = 5;
/** Features sent to the database per statement. */
const BATCH_SIZE = 2000;

/** Guesses the kind of a layer from its id: `buildings`, `osm-roads`, `landuse_2024`... */
export function guessLayerKind(layerId: string): LayerKind {
  if (/build/.test(layerId)) return 'buildings';
  if (/road|street|highway/.test(layerId)) return 'roads';
  if (/landuse|land-use|land_use|parcel/.test(layerId)) return 'landuse';
  if (/water|river|lake/.test(layerId)) return 'water';
  return 'generic';
}

/**
 * Imports a GeoJSON or Shapefile into a layer, replacing its features, in one transaction:
 * a bad file leaves the database exactly as it was.
 *
 * Fragments of one source feature (map-tile cuts share the OSM id) are merged, invalid
 * geometry is repaired with ST_MakeValid, projected coordinates are transformed to EPSG:4326
 * by PostGIS, and buildings get a height with its source recorded.
 */
export async function importLayer(knex: Knex, file: string | SourceFile, options: ImportLayerOptions): Promise<ImportResult> {
  const started = performance.now();
  const parsedId = LayerId.safeParse(options.layerId);
  if (!parsedId.success) throw new DataError(`import: layer id "${options.layerId}": ${parsedId.error.issues[0].message}`);
  const layerId = parsedId.data;
  const source = typeof file === 'string' ? await readSourceFile(file) : file;
  const kind = options.kind ?? guessLayerKind(layerId);
  const log = options.logger?.child({ module: 'import', layer: layerId });

  const accepted: CheckedFeature[] = [];
  const rejections: RejectedFeature[] = [];
  const malformed: string[] = [];
  source.features.forEach((raw, index) => {
    const check = checkFeature(raw, index, kind);
    if (check.ok) accepted.push(check.feature);
    else if (check.malformed) malformed.push(`feature ${index}: ${check.reason}`);
    else rejections.push({ index, sourceId: check.sourceId, reason: check.reason });
  });
  if (malformed.length > 0) {
    const named = malformed.slice(0, MAX_NAMED_PROBLEMS).join('; ');
    const more = malformed.length > MAX_NAMED_PROBLEMS ? ` and ${malformed.length - MAX_NAMED_PROBLEMS} more` : '';
    throw new DataError(`import: ${source.name}: ${malformed.length} of ${source.features.length} features are malformed (${named}${more}); fix the file, nothing was imported`, {
      details: malformed.slice(0, 100),
    });
  }
  if (accepted.length === 0) {
    const why = rejections[0] ? ` (e.g. ${rejections[0].reason})` : '';
    throw new DataError(`import: ${source.name}: none of its ${source.features.length} features fits a ${kind} layer${why}; nothing was imported`);
  }
  explainLabelPoints(rejections, accepted);

  const epsg = source.reprojectedFrom && !options.crs ? 4326 : parseCrs(options.crs ?? source.declaredCrs ?? 'EPSG:4326');
  const srid = await requireKnownCrs(knex, epsg);
  const range = coordinateRange(accepted);
  if (range) checkCoordinateRange(range, epsg, source.name);

  const heightSources: Record<string, number> = {};
  const report = await knex.transaction(async (trx) => {
    await trx.raw(`SET LOCAL work_mem = '128MB'`);
    await trx.raw(
      `CREATE TEMP TABLE import_staging (idx integer, source_id text, properties jsonb, name text, kind text,
         height double precision, min_height double precision, height_source text, geom geometry) ON COMMIT DROP`,
    );
    for (let start = 0; start < accepted.length; start += BATCH_SIZE) {
      const batch = accepted.slice(start, start + BATCH_SIZE).map((f) => {
        const row: Record<string, unknown> = { i: f.index, s: f.sourceId, p: f.properties, g: f.geometry, n: textOf(f.properties.name), k: featureKind(f.properties) };
        if (kind === 'buildings') {
          const h = deriveHeight(f.properties);
          Object.assign(row, { h: h.height, mh: h.minHeight, hs: h.source });
          heightSources[h.source] = (heightSources[h.source] ?? 0) + 1;
        }
        return row;
      });
      await trx.raw(
        `INSERT INTO import_staging (idx, source_id, properties, name, kind, height, min_height, height_source, geom)
         SELECT (e->>'i')::int, e->>'s', e->'p', e->>'n', e->>'k', (e->>'h')::float8, (e->>'mh')::float8, e->>'hs',
                ST_Transform(ST_SetSRID(ST_Force2D(ST_GeomFromGeoJSON(e->>'g')), ?::int), 4326)
         FROM jsonb_array_elements(?::jsonb) AS e`,
        [srid, JSON.stringify(batch)],
      );
    }
    const repaired = await repairGeometry(trx, kind, rejections);
    const merged = await mergeFragments(trx, kind);

    await trx.raw(
      `INSERT INTO layers (id, title, description, kind) VALUES (?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, description = COALESCE(EXCLUDED.description, layers.description), kind = EXCLUDED.kind`,
      [layerId, options.title ?? layerId, options.description ?? null, kind],
    );
    await trx('features').where({ layer_id: layerId }).delete();
    await trx.raw(
      `INSERT INTO features (layer_id, source_id, name, kind, height, min_height, height_source, properties, geom)
       SELECT ?, source_id, name, kind, height, min_height, height_source, properties, geom FROM import_merged ORDER BY first_idx`,
      [layerId],
    );
    const stats = (
      await trx.raw(
        `SELECT n, ST_XMin(e) AS x0, ST_YMin(e) AS y0, ST_XMax(e) AS x1, ST_YMax(e) AS y1, types
         FROM (SELECT count(*)::int AS n, ST_Extent(geom) AS e, array_agg(DISTINCT GeometryType(geom)) AS types
               FROM features WHERE layer_id = ?) s`,
        [layerId],
      )
    ).rows[0];
    const report: ImportReport = {
      file: source.name,
      format: source.format,
      sourceCrs: source.reprojectedFrom && !options.crs ? `${source.reprojectedFrom} (reprojected to EPSG:4326 on read)` : `EPSG:${epsg}`,
      sha256: crypto.createHash('sha256').update(source.bytes).digest('hex'),
      featuresRead: source.features.length,
      fragmentsMerged: merged,
      repaired,
      rejected: rejections.length,
      rejections: rejections.slice(0, MAX_LISTED_REJECTIONS),
      stored: stats.n,
      heightSources: kind === 'buildings' ? heightSources : undefined,
      durationMs: 0,
    };
    report.durationMs = Math.round(performance.now() - started);
    await trx('layers')
      .where({ id: layerId })
      .update({
        geometry_type: geometryTypeOf(stats.types as string[]),
        crs: 'EPSG:4326',
        attributes: JSON.stringify(inferAttributes(accepted.map((f) => f.properties))),
        feature_count: stats.n,
        bbox: stats.x0 === null ? null : [stats.x0, stats.y0, stats.x1, stats.y1],
        content_version: trx.raw('content_version + 1'),
        import_report: JSON.stringify(report),
        updated_at: trx.fn.now(),
      });
    return report;
  });
  log?.info({ file: path.basename(source.name), stored: report.stored, rejected: report.rejected, merged: report.fragmentsMerged, repaired: report.repaired, ms: report.durationMs }, 'layer imported');
  return { layerId, report };
}

/** Makes invalid geometry valid and keeps the part of the layer's dimension; returns how many were repaired. */
async function repairGeometry(trx: Knex.Transaction, kind: LayerKind, rejections: RejectedFeature[]): Promise<number> {
  const dimension = kind === 'roads' ? 2 : kind === 'generic' ? 0 : 3;
  const extract = dimension === 0 ? 'ST_MakeValid(geom)' : `ST_CollectionExtract(ST_MakeValid(geom), ${dimension})`;
  const repaired = await trx.raw(`UPDATE import_staging SET geom = ${extract} WHERE NOT ST_IsValid(geom) RETURNING idx, source_id, ST_IsEmpty(geom) AS empty`);
  for (const row of repaired.rows as Array<{ idx: number; source_id: string | null; empty: boolean }>) {
    if (row.empty) rejections.push({ index: row.idx, sourceId: row.source_id, reason: 'geometry collapsed to nothing when made valid' });
  }
  await trx.raw('DELETE FROM import_staging WHERE ST_IsEmpty(geom)');
  return repaired.rows.length;
}

/**
 * Folds the fragments of one source feature into one row: polygons are unioned, lines merged.
 * Attributes come from the largest fragment. Returns how many fragments were folded in.
 * Only source ids that occur more than once are grouped: sorting every row of a large import
 * with its attributes is what would cost time, and most features come in one piece.
 */
async function mergeFragments(trx: Knex.Transaction, kind: LayerKind): Promise<number> {
  const size = kind === 'roads' ? 'ST_Length(geom)' : 'ST_Area(geom) + ST_Length(geom)';
  const combine =
    kind === 'roads'
      ? 'ST_LineMerge(ST_Collect(s.geom))'
      : kind === 'generic'
        ? 'ST_UnaryUnion(ST_Collect(s.geom))'
        : 'ST_CollectionExtract(ST_MakeValid(ST_UnaryUnion(ST_Collect(ST_SnapToGrid(s.geom, 1e-9)))), 3)';
  await trx.raw(
    `CREATE TEMP TABLE import_split ON COMMIT DROP AS
     SELECT source_id FROM import_staging WHERE source_id IS NOT NULL GROUP BY source_id HAVING count(*) > 1`,
  );
  await trx.raw(
    `CREATE TEMP TABLE import_merged ON COMMIT DROP AS
     SELECT source_id, name, kind, height, min_height, height_source, properties, idx AS first_idx, 1::bigint AS parts, geom
     FROM import_staging s WHERE s.source_id IS NULL OR NOT EXISTS (SELECT 1 FROM import_split d WHERE d.source_id = s.source_id)
     UNION ALL
     SELECT b.source_id, b.name, b.kind, b.height, b.min_height, b.height_source, b.properties, g.first_idx, g.parts, g.geom
     FROM (SELECT DISTINCT ON (source_id) source_id, name, kind, height, min_height, height_source, properties
           FROM import_staging WHERE source_id IN (SELECT source_id FROM import_split) ORDER BY source_id, ${size} DESC, idx) b
     JOIN (SELECT s.source_id, min(s.idx) AS first_idx, count(*) AS parts, ${combine} AS geom
           FROM import_staging s WHERE s.source_id IN (SELECT source_id FROM import_split) GROUP BY s.source_id) g USING (source_id)`,
  );
  const folded = await trx.raw('SELECT COALESCE(sum(parts - 1), 0)::int AS n FROM import_merged');
  return folded.rows[0].n as number;
}

/** Rewords the rejection of a point that only labels a footprint imported from the same source id. */
function explainLabelPoints(rejections: RejectedFeature[], accepted: CheckedFeature[]): void {
  const ids = new Set(accepted.map((f) => f.sourceId).filter((id) => id !== null));
  for (const r of rejections) {
    if (r.sourceId !== null && ids.has(r.sourceId) && r.reason.startsWith('Point')) r.reason = `label point of feature ${r.sourceId}, whose geometry is imported`;
  }
}

function textOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : null;
}

/** The feature's kind in the sense of its data source (OSM/Tilezen `kind`, `building`, `highway`...). */
function featureKind(p: Record<string, unknown>): string | null {
  return textOf(p.kind_detail && p.kind === 'building' ? p.kind_detail : p.kind) ?? textOf(p.building) ?? textOf(p.highway) ?? textOf(p.landuse) ?? textOf(p.type);
}

const GEOMETRY_TYPE_NAMES: Record<string, string> = {
  POINT: 'Point',
  MULTIPOINT: 'MultiPoint',
  LINESTRING: 'LineString',
  MULTILINESTRING: 'MultiLineString',
  POLYGON: 'Polygon',
  MULTIPOLYGON: 'MultiPolygon',
};

/** One GeoJSON type for the layer: the single type, its Multi form when mixed with it, else Geometry. */
function geometryTypeOf(types: string[] | null): string {
  const names = [...new Set((types ?? []).map((t) => GEOMETRY_TYPE_NAMES[t] ?? 'Geometry'))];
  if (names.length === 1) return names[0];
  const singular = new Set(names.map((t) => t.replace(/^Multi/, '')));
  return singular.size === 1 && names.length > 0 ? `Multi${[...singular][0]}` : 'Geometry';
}
