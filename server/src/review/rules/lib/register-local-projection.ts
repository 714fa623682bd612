import type { Knex } from 'knex';

/** User SRIDs cimtwin takes for local projections (PostGIS leaves 910000..998999 to users). */
const FIRST_SRID = 930000;
const LAST_SRID = 998999;

/**
 * The SRID of a local projection registered in spatial_ref_sys, registering it when new.
 * PostGIS caches a transformation by SRID; given as proj text, ST_Transform builds the PROJ
 * pipeline again for every row (about 2 ms each, seconds over a model's footprints).
 * auth_srid stays NULL: PostGIS would first look "cimtwin:N" up in PROJ's database and fail.
 */
export async function registerLocalProjection(knex: Knex, proj4text: string): Promise<number> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const existing = await knex('spatial_ref_sys').where({ auth_name: 'cimtwin', proj4text }).first('srid');
    if (existing) return Number(existing.srid);
    const inserted = await knex.raw(
      `INSERT INTO spatial_ref_sys (srid, auth_name, auth_srid, srtext, proj4text)
       SELECT next, 'cimtwin', NULL, NULL, ? FROM (
         SELECT COALESCE(MAX(srid) + 1, ?) AS next FROM spatial_ref_sys WHERE srid BETWEEN ? AND ?
       ) s WHERE next <= ?
       ON CONFLICT (srid) DO NOTHING
       RETURNING srid`,
      [proj4text, FIRST_SRID, FIRST_SRID, LAST_SRID, LAST_SRID],
    );
    if (inserted.rows.length) return Number(inserted.rows[0].srid);
  }
  throw new Error(`review: could not register the local projection ${proj4text} in spatial_ref_sys`);
}
