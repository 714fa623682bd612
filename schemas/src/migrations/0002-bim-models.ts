import type { Knex } from 'knex';

/**
 * BIM models and their elements. Every element is addressable by its IFC GlobalId; property
 * and quantity sets are JSONB grouped by set name; the footprint is in world coordinates so
 * elements meet the city layers in PostGIS queries.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('bim_models', (t) => {
    t.text('id').primary();
    t.text('name').notNullable();
    t.text('file_name').notNullable();
    t.text('ifc_schema').notNullable();
    t.text('sha256').notNullable();
    t.jsonb('georeference').notNullable();
    t.jsonb('summary').notNullable();
    t.integer('element_count').notNullable().defaultTo(0);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.raw('ALTER TABLE bim_models ADD COLUMN footprint geometry(Geometry, 4326)');

  await knex.schema.createTable('bim_elements', (t) => {
    t.bigIncrements('id').primary();
    t.text('model_id').notNullable().references('id').inTable('bim_models').onDelete('CASCADE');
    t.integer('express_id').notNullable();
    t.text('global_id').notNullable();
    t.text('ifc_class').notNullable();
    t.text('predefined_type');
    t.text('name');
    t.text('description');
    t.text('object_type');
    t.jsonb('type_object');
    t.text('storey_global_id');
    t.text('storey_name');
    t.jsonb('spatial_path').notNullable().defaultTo('[]');
    t.jsonb('property_sets').notNullable().defaultTo('{}');
    t.jsonb('quantity_sets').notNullable().defaultTo('{}');
    t.specificType('materials', 'text[]').notNullable().defaultTo('{}');
    t.jsonb('classifications').notNullable().defaultTo('[]');
    t.jsonb('members');
    t.specificType('bbox', 'double precision[]');
    t.double('min_height');
    t.double('max_height');
  });
  await knex.raw('ALTER TABLE bim_elements ADD COLUMN footprint geometry(Geometry, 4326)');
  await knex.raw('CREATE INDEX bim_elements_model_idx ON bim_elements (model_id, id)');
  await knex.raw('CREATE INDEX bim_elements_global_id_idx ON bim_elements (global_id)');
  await knex.raw('CREATE INDEX bim_elements_model_class_idx ON bim_elements (model_id, ifc_class)');
  await knex.raw('CREATE INDEX bim_elements_footprint_idx ON bim_elements USING gist (footprint)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('bim_elements');
  await knex.schema.dropTableIfExists('bim_models');
}
