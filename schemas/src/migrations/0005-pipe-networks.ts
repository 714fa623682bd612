import type { Knex } from 'knex';

/**
 * Underground pipe networks: one row per network, its points (管线点) and segments (管线段)
 * with their CJJ 61 attributes and the topology (each segment's start and end point row).
 * Geometry twice: `geom` in WGS 84 for the city (maps, OGC API, joins with other layers) and
 * `work_geom` in the network's metric working CRS (`networks.work_srid`), where the analyses
 * measure lengths, depths and clearances. Elevations and sizes are metres.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('networks', (t) => {
    t.text('id').primary();
    t.text('name').notNullable();
    t.text('pipe_type').comment('CJJ 61 main type when the network holds one type, else null');
    t.text('source_format').notNullable();
    t.text('source_crs').comment('CRS of the source coordinates, e.g. EPSG:3089; null when the source has none');
    t.integer('work_srid').comment('SRID of work_geom: a metric projected CRS; 0 when the network has no CRS (local coordinates)');
    t.jsonb('units').notNullable();
    t.integer('node_count').notNullable();
    t.integer('link_count').notNullable();
    t.jsonb('counts').notNullable().defaultTo('{}').comment('points and segments by kind and pipe type, length by pipe type');
    t.jsonb('qa_report').notNullable();
    t.jsonb('import_report').notNullable().comment('files with sha256, format, warnings, options');
    t.integer('content_version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.raw('ALTER TABLE networks ADD COLUMN extent geometry(Polygon, 4326)');

  await knex.schema.createTable('network_nodes', (t) => {
    t.bigIncrements('id').primary();
    t.text('network_id').notNullable().references('id').inTable('networks').onDelete('CASCADE');
    t.text('node_id').notNullable();
    t.text('kind').notNullable();
    t.text('point_number');
    t.text('feature_code');
    t.text('pipe_type');
    t.text('pipe_subtype');
    t.text('feature');
    t.text('attachment');
    t.double('elevation');
    t.double('ground_elevation');
    t.double('invert_elevation');
    t.double('depth');
    t.double('demand');
    t.text('status');
    t.jsonb('attributes').notNullable().defaultTo('{}');
    t.unique(['network_id', 'node_id']);
  });
  await knex.raw('ALTER TABLE network_nodes ADD COLUMN geom geometry(Point, 4326)');
  await knex.raw('ALTER TABLE network_nodes ADD COLUMN work_geom geometry(Point)');
  await knex.raw('CREATE INDEX network_nodes_geom_idx ON network_nodes USING gist (geom)');

  await knex.schema.createTable('network_links', (t) => {
    t.bigIncrements('id').primary();
    t.text('network_id').notNullable().references('id').inTable('networks').onDelete('CASCADE');
    t.text('link_id').notNullable();
    t.text('kind').notNullable();
    t.bigInteger('from_node').notNullable().references('id').inTable('network_nodes').onDelete('CASCADE');
    t.bigInteger('to_node').notNullable().references('id').inTable('network_nodes').onDelete('CASCADE');
    t.double('length');
    t.double('diameter');
    t.double('width');
    t.double('height');
    t.text('shape');
    t.text('material');
    t.double('roughness');
    t.text('status').notNullable();
    t.text('flow_direction').notNullable();
    t.text('valve_type');
    t.double('start_invert_elevation');
    t.double('end_invert_elevation');
    t.double('start_depth');
    t.double('end_depth');
    t.text('pipe_type');
    t.text('pipe_subtype');
    t.text('burial_method');
    t.text('pressure_class');
    t.integer('year_built');
    t.text('owner');
    t.jsonb('attributes').notNullable().defaultTo('{}');
    t.unique(['network_id', 'link_id']);
  });
  await knex.raw('ALTER TABLE network_links ADD COLUMN geom geometry(LineString, 4326)');
  await knex.raw('ALTER TABLE network_links ADD COLUMN work_geom geometry(LineString)');
  await knex.raw('CREATE INDEX network_links_geom_idx ON network_links USING gist (geom)');
  await knex.raw('CREATE INDEX network_links_from_idx ON network_links (from_node)');
  await knex.raw('CREATE INDEX network_links_to_idx ON network_links (to_node)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('network_links');
  await knex.schema.dropTableIfExists('network_nodes');
  await knex.schema.dropTableIfExists('networks');
}
