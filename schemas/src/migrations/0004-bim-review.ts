import type { Knex } from 'knex';

/**
 * What automated BIM review needs beyond the element table, and a faster import:
 * - each element's own attributes (door widths, stair risers, space long names, SI units);
 * - the model's source file (IDS checks read the IFC itself: every attribute and relation, not
 *   only what the element table keeps), in chunks so a large model never sits in one value;
 * - a staging table where an import writes elements while the reader is still meshing, copied
 *   into bim_elements in the short publishing transaction (ids are drawn from the same
 *   sequence, so tiles can carry them before publishing);
 * - the stored review reports.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('bim_elements', (t) => {
    t.jsonb('attributes').notNullable().defaultTo('{}');
  });

  await knex.raw('CREATE TABLE bim_elements_staging (LIKE bim_elements INCLUDING DEFAULTS)');
  await knex.schema.alterTable('bim_elements_staging', (t) => {
    t.text('import_id').notNullable();
    t.timestamp('staged_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.raw('CREATE INDEX bim_elements_staging_import_idx ON bim_elements_staging (import_id)');

  // Keyed by file id, not model id: the file is written while the model row does not exist yet.
  await knex.schema.createTable('bim_source_files', (t) => {
    t.text('file_id').notNullable();
    t.integer('chunk').notNullable();
    t.binary('bytes').notNullable();
    t.timestamp('staged_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['file_id', 'chunk']);
  });
  await knex.schema.alterTable('bim_models', (t) => {
    t.text('source_file_id');
    t.bigInteger('source_bytes');
  });

  await knex.schema.createTable('bim_reviews', (t) => {
    t.text('id').primary();
    t.text('model_id').notNullable().references('id').inTable('bim_models').onDelete('CASCADE');
    t.jsonb('rule_sets').notNullable().defaultTo('[]');
    t.text('verdict').notNullable();
    t.integer('failed_checks').notNullable();
    t.integer('findings').notNullable();
    t.jsonb('reports').notNullable().defaultTo('[]');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.raw('CREATE INDEX bim_reviews_model_idx ON bim_reviews (model_id, created_at DESC)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('bim_reviews');
  await knex.schema.dropTableIfExists('bim_source_files');
  await knex.schema.dropTableIfExists('bim_elements_staging');
  await knex.schema.alterTable('bim_models', (t) => {
    t.dropColumn('source_file_id');
    t.dropColumn('source_bytes');
  });
  await knex.schema.alterTable('bim_elements', (t) => {
    t.dropColumn('attributes');
  });
}
