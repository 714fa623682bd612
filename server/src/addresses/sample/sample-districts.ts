import type { Knex } from 'knex';

/**
 * The districts of the sample area as polygons: the OSM district boundaries (lines named
 * "浦东新区 - 黄浦区", the two districts they part) with the frame of the area, polygonized;
 * each face takes the district named on every boundary around it. Expects a table
 * `sample_boundaries (name text, geom geometry)`; creates `sample_districts (name text, geom geometry)`.
 */
export async function buildSampleDistricts(knex: Knex): Promise<string[]> {
  await knex.raw(`CREATE TEMP TABLE sample_districts AS
    WITH frame AS (SELECT ST_Expand(ST_Envelope(ST_Collect(geom)), -0.00002) AS e FROM sample_boundaries),
    lines AS (SELECT ST_Union(ARRAY(SELECT ST_Intersection(b.geom, frame.e) FROM sample_boundaries b, frame) || ST_ExteriorRing(frame.e)) AS u FROM frame),
    faces AS (SELECT (ST_Dump(ST_Polygonize(u))).geom AS face FROM lines)
    SELECT (SELECT string_agg(b.name, ' - ') FROM sample_boundaries b
            WHERE ST_Length(ST_Intersection(b.geom, ST_Buffer(faces.face, 0.00003))) > 0.001) AS names, face AS geom FROM faces`);
  const faces = await knex.raw('SELECT ctid::text AS id, names FROM sample_districts');
  const named: string[] = [];
  for (const face of faces.rows as { id: string; names: string | null }[]) {
    const counts = new Map<string, number>();
    for (const name of (face.names ?? '').split(' - ').filter(Boolean)) counts.set(name, (counts.get(name) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    await knex.raw('UPDATE sample_districts SET names = ? WHERE ctid::text = ?', [best, face.id]);
    if (best) named.push(best);
  }
  await knex.raw('ALTER TABLE sample_districts RENAME COLUMN names TO name');
  return named;
}
