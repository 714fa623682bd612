import type { Knex } from 'knex';

/**
 * Digital urban management (数字化城市管理, GB/T 30428) in PostGIS:
 *
 * - `unit_grids`: the 万米单元网格, one row per 15-digit grid code with its town (街道) and
 *   community (社区) and the cell polygon; cases find their grid by ST_Covers on `geom`.
 * - `city_components`: the 管理部件, one row per 16-digit component code with its class, point and
 *   where it came from (a network node, a layer feature). `(network_id, node_id)` is unique, so
 *   re-importing a network keeps each node's code.
 * - `urban_cases`: one row per case with the columns lists filter on and the whole UrbanCase in
 *   `data`; `due_at` is the handling deadline after extensions, null before dispatch. A case
 *   opened from a sensor alarm keeps `alarm_id`, unique so an alarm opens one case at most.
 * - `urban_case_history`: every workflow step, numbered per case, for history and audits.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('unit_grids', (t) => {
    t.text('code').primary().comment('15-digit GB/T 30428.1 unit-grid code');
    t.text('division_code').notNullable().comment('6-digit GB/T 2260 county code');
    t.text('town_code').notNullable().comment('9-digit town (街道/乡镇) division code');
    t.text('town_name');
    t.text('community_code').notNullable().comment('12-digit community code: town code + the 3 community digits of the grid code');
    t.text('community_name');
    t.integer('sequence').notNullable();
    t.double('area').notNullable().comment('square metres');
    t.text('origin').notNullable().comment('surveyed, or generated (a sample grid, not a city survey)');
    t.jsonb('properties').notNullable().defaultTo('{}');
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['division_code', 'town_code', 'community_code']);
  });
  await knex.raw('ALTER TABLE unit_grids ADD COLUMN geom geometry(MultiPolygon, 4326) NOT NULL');
  await knex.raw('CREATE INDEX unit_grids_geom_idx ON unit_grids USING gist (geom)');

  await knex.schema.createTable('city_components', (t) => {
    t.text('code').primary().comment('16-digit GB/T 30428.2 component code');
    t.text('division_code').notNullable();
    t.text('major_code').notNullable();
    t.text('class_code').notNullable().comment('4 digits, major + minor');
    t.text('name').notNullable();
    t.text('status').notNullable().defaultTo('in-use');
    t.text('source_kind').notNullable().comment('network-node or layer-feature');
    t.text('network_id');
    t.text('node_id');
    t.text('layer_id');
    t.text('feature_source_id');
    t.text('grid_code');
    t.jsonb('attributes').notNullable().defaultTo('{}');
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['class_code']);
    t.index(['grid_code']);
  });
  await knex.raw('ALTER TABLE city_components ADD COLUMN geom geometry(Point, 4326) NOT NULL');
  await knex.raw('CREATE INDEX city_components_geom_idx ON city_components USING gist (geom)');
  await knex.raw('CREATE UNIQUE INDEX city_components_node_idx ON city_components (network_id, node_id) WHERE network_id IS NOT NULL');
  await knex.raw('CREATE UNIQUE INDEX city_components_feature_idx ON city_components (layer_id, feature_source_id) WHERE layer_id IS NOT NULL');

  await knex.raw('CREATE SEQUENCE urban_case_number_seq');
  await knex.schema.createTable('urban_cases', (t) => {
    t.text('id').primary();
    t.text('state').notNullable();
    t.text('source').notNullable();
    t.text('class_kind').notNullable();
    t.text('class_code').notNullable();
    t.text('urgency').notNullable();
    t.text('grid_code').notNullable();
    t.text('component_code');
    t.text('department');
    t.text('description').notNullable();
    t.timestamp('reported_at', { useTz: true }).notNullable();
    t.timestamp('handling_started_at', { useTz: true });
    t.timestamp('due_at', { useTz: true });
    t.text('alarm_id');
    t.jsonb('data').notNullable().comment('the UrbanCase with its history');
    t.jsonb('edits').notNullable().defaultTo('[]').comment('description, urgency and location edits: who, when, what');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['state', 'reported_at']);
    t.index(['grid_code', 'reported_at']);
    t.index(['class_kind', 'class_code']);
    t.index(['department']);
    t.index(['reported_at']);
  });
  await knex.raw('ALTER TABLE urban_cases ADD COLUMN geom geometry(Point, 4326) NOT NULL');
  await knex.raw('CREATE INDEX urban_cases_geom_idx ON urban_cases USING gist (geom)');
  await knex.raw("CREATE INDEX urban_cases_due_idx ON urban_cases (due_at) WHERE state = 'dispatched'");
  await knex.raw('CREATE UNIQUE INDEX urban_cases_alarm_idx ON urban_cases (alarm_id) WHERE alarm_id IS NOT NULL');
  await knex.raw('CREATE INDEX urban_cases_component_idx ON urban_cases (component_code) WHERE component_code IS NOT NULL');

  await knex.schema.createTable('urban_case_history', (t) => {
    t.text('case_id').notNullable().references('id').inTable('urban_cases').onDelete('CASCADE');
    t.integer('seq').notNullable().comment('1 for the report, then one per step');
    t.text('action').notNullable();
    t.text('role').notNullable();
    t.text('actor').notNullable();
    t.timestamp('at', { useTz: true }).notNullable();
    t.text('from_state');
    t.text('to_state').notNullable();
    t.text('note');
    t.text('department');
    t.primary(['case_id', 'seq']);
    t.index(['at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['urban_case_history', 'urban_cases', 'city_components', 'unit_grids']) await knex.schema.dropTableIfExists(table);
  await knex.raw('DROP SEQUENCE IF EXISTS urban_case_number_seq');
}
