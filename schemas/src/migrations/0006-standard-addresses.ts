import type { Knex } from 'knex';

/**
 * The standard address library (标准地址库): one row per address at any level from the door
 * plate down (door plates, POIs, buildings, units, rooms) with its code, elements and
 * door-plate point. A building is linked by its layer and source id (`features.source_id`),
 * which survive a re-import of the layer where the row id does not.
 *
 * Search runs on pg_trgm trigram indexes over the normalised text, the pinyin and the
 * initials, so it works the same on PGlite and on a PostgreSQL server; the server's LC_CTYPE
 * must be a UTF-8 locale for trigrams to see Chinese characters (checked in the tests).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');

  await knex.schema.createTable('address_sources', (t) => {
    t.text('id').primary().comment('import name, e.g. the file name or "lujiazui-sample"');
    t.text('sha256').comment('of the source file(s), to skip an unchanged re-import');
    t.integer('address_count').notNullable().defaultTo(0);
    t.jsonb('report').notNullable().defaultTo('{}');
    t.timestamp('imported_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });

  await knex.schema.createTable('standard_addresses', (t) => {
    t.bigIncrements('id').primary();
    t.text('code').notNullable().unique();
    t.text('level').notNullable();
    t.smallint('level_rank').notNullable();
    t.text('full_text').notNullable();
    t.text('label').notNullable().comment('from the road (or the POI) down, as people say it');
    t.jsonb('elements').notNullable();
    t.specificType('aliases', 'text[]').notNullable().defaultTo('{}');
    t.text('parent_code');
    t.text('division_code').comment('deepest administrative division code (6, 9 or 12 digits)');
    t.text('search_text').notNullable().comment('normalised label, full text and aliases');
    t.text('label_key').notNullable().comment('normalised label, for prefix matches');
    t.text('pinyin').notNullable();
    t.text('initials').notNullable();
    t.text('building_layer_id');
    t.text('building_source_id');
    t.text('source_id').notNullable().references('id').inTable('address_sources').onDelete('CASCADE');
  });
  await knex.raw('ALTER TABLE standard_addresses ADD COLUMN geom geometry(Point, 4326)');
  await knex.raw('CREATE INDEX standard_addresses_geom_idx ON standard_addresses USING gist (geom)');
  await knex.raw('CREATE INDEX standard_addresses_search_idx ON standard_addresses USING gin (search_text gin_trgm_ops)');
  // Units, floors and rooms outnumber everything else by far; a query that names none of them
  // searches the door plates, POIs and buildings alone through these partial indexes
  // (level_rank <= 9: building and above).
  await knex.raw('CREATE INDEX standard_addresses_upper_search_idx ON standard_addresses USING gin (search_text gin_trgm_ops) WHERE level_rank <= 9');
  await knex.raw('CREATE INDEX standard_addresses_upper_pinyin_idx ON standard_addresses USING gin (pinyin gin_trgm_ops, initials gin_trgm_ops) WHERE level_rank <= 9');
  await knex.raw('CREATE INDEX standard_addresses_label_idx ON standard_addresses (label_key text_pattern_ops)');
  await knex.raw('CREATE INDEX standard_addresses_parent_idx ON standard_addresses (parent_code)');
  await knex.raw('CREATE INDEX standard_addresses_building_idx ON standard_addresses (building_layer_id, building_source_id)');
  await knex.raw('CREATE INDEX features_layer_source_idx ON features (layer_id, source_id)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX IF EXISTS features_layer_source_idx');
  await knex.schema.dropTableIfExists('standard_addresses');
  await knex.schema.dropTableIfExists('address_sources');
}
