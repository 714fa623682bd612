import type { Knex } from 'knex';

/**
 * Layers are data, not code: one registry row per layer and one shared `features` table with
 * promoted columns (name, kind, heights) and the rest of the attributes as JSONB.
 * See docs/decisions/0001-one-features-table.md.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('CREATE EXTENSION IF NOT EXISTS postgis');

  await knex.schema.createTable('layers', (t) => {
    t.text('id').primary();
    t.text('title').notNullable();
    t.text('description');
    t.text('kind').notNullable();
    t.text('geometry_type').notNullable().defaultTo('Geometry');
    t.text('crs').notNullable().defaultTo('EPSG:4326');
    t.jsonb('attributes').notNullable().defaultTo('{}');
    t.integer('feature_count').notNullable().defaultTo(0);
    t.specificType('bbox', 'double precision[]');
    t.integer('content_version').notNullable().defaultTo(0);
    t.jsonb('import_report');
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });

  await knex.schema.createTable('features', (t) => {
    t.bigIncrements('id').primary();
    t.text('layer_id').notNullable().references('id').inTable('layers').onDelete('CASCADE');
    t.text('source_id');
    t.text('name');
    t.text('kind');
    t.double('height');
    t.double('min_height');
    t.text('height_source');
    t.jsonb('properties').notNullable().defaultTo('{}');
  });
  await knex.raw('ALTER TABLE features ADD COLUMN geom geometry(Geometry, 4326) NOT NULL');
  await knex.raw('CREATE INDEX features_layer_id_idx ON features (layer_id, id)');
  await knex.raw('CREATE INDEX features_geom_idx ON features USING gist (geom)');
  await knex.raw('CREATE INDEX features_layer_name_idx ON features (layer_id, name)');

  await knex.schema.createTable('tilesets', (t) => {
    t.text('id').primary();
    t.text('layer_id').references('id').inTable('layers').onDelete('SET NULL');
    t.text('title').notNullable();
    t.text('kind').notNullable();
    t.text('current_version');
    t.integer('built_from_version');
    t.jsonb('report');
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });

  await knex.schema.createTable('tileset_files', (t) => {
    t.text('tileset_id').notNullable();
    t.text('version').notNullable();
    t.text('key').notNullable();
    t.binary('data').notNullable();
    t.primary(['tileset_id', 'version', 'key']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('tileset_files');
  await knex.schema.dropTableIfExists('tilesets');
  await knex.schema.dropTableIfExists('features');
  await knex.schema.dropTableIfExists('layers');
}
