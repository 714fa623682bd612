import type { Knex } from 'knex';

/**
 * Sensors after the OGC SensorThings API 1.1 data model: Things at Locations, Datastreams
 * (one ObservedProperty measured by one Sensor on one Thing, with a unit of measurement) and
 * their Observations. An observation is unique by (datastream, phenomenon time), so data sent
 * twice — a retried HTTP batch, an MQTT message delivered again — is stored once. Ingest
 * counts per source say what was accepted, already there, or rejected and why.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('sensor_things', (t) => {
    t.bigIncrements('id').primary();
    t.text('name').notNullable();
    t.text('description').notNullable().defaultTo('');
    t.jsonb('properties').notNullable().defaultTo('{}');
  });
  await knex.schema.createTable('sensor_locations', (t) => {
    t.bigIncrements('id').primary();
    t.text('name').notNullable();
    t.text('description').notNullable().defaultTo('');
    t.text('encoding_type').notNullable().defaultTo('application/geo+json');
    t.jsonb('properties').notNullable().defaultTo('{}');
  });
  await knex.raw('ALTER TABLE sensor_locations ADD COLUMN geom geometry(Geometry, 4326) NOT NULL');
  await knex.raw('CREATE INDEX sensor_locations_geom_idx ON sensor_locations USING gist (geom)');
  await knex.schema.createTable('sensor_thing_locations', (t) => {
    t.bigInteger('thing_id').notNullable().references('id').inTable('sensor_things').onDelete('CASCADE');
    t.bigInteger('location_id').notNullable().references('id').inTable('sensor_locations').onDelete('CASCADE');
    t.primary(['thing_id', 'location_id']);
  });
  await knex.schema.createTable('sensor_sensors', (t) => {
    t.bigIncrements('id').primary();
    t.text('name').notNullable();
    t.text('description').notNullable().defaultTo('');
    t.text('encoding_type').notNullable().defaultTo('application/pdf');
    t.text('metadata').notNullable().defaultTo('');
    t.jsonb('properties').notNullable().defaultTo('{}');
  });
  await knex.schema.createTable('sensor_observed_properties', (t) => {
    t.bigIncrements('id').primary();
    t.text('name').notNullable();
    t.text('definition').notNullable();
    t.text('description').notNullable().defaultTo('');
    t.jsonb('properties').notNullable().defaultTo('{}');
  });
  await knex.schema.createTable('sensor_datastreams', (t) => {
    t.bigIncrements('id').primary();
    t.text('name').notNullable();
    t.text('description').notNullable().defaultTo('');
    t.jsonb('unit_of_measurement').notNullable();
    t.text('observation_type').notNullable().defaultTo('http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement');
    t.jsonb('properties').notNullable().defaultTo('{}');
    t.bigInteger('thing_id').notNullable().references('id').inTable('sensor_things').onDelete('CASCADE');
    t.bigInteger('sensor_id').notNullable().references('id').inTable('sensor_sensors').onDelete('CASCADE');
    t.bigInteger('observed_property_id').notNullable().references('id').inTable('sensor_observed_properties').onDelete('CASCADE');
    t.index(['thing_id']);
  });
  await knex.schema.createTable('sensor_observations', (t) => {
    t.bigIncrements('id').primary();
    t.bigInteger('datastream_id').notNullable().references('id').inTable('sensor_datastreams').onDelete('CASCADE');
    t.timestamp('phenomenon_time', { useTz: true }).notNullable();
    t.timestamp('result_time', { useTz: true });
    t.jsonb('result');
    t.jsonb('parameters').notNullable().defaultTo('{}');
    t.unique(['datastream_id', 'phenomenon_time']);
  });
  await knex.schema.createTable('sensor_ingest_counts', (t) => {
    t.text('source').primary().comment('http, mqtt, or a simulator name');
    t.bigInteger('accepted').notNullable().defaultTo(0);
    t.bigInteger('duplicates').notNullable().defaultTo(0);
    t.bigInteger('rejected').notNullable().defaultTo(0);
    t.text('last_rejection');
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['sensor_ingest_counts', 'sensor_observations', 'sensor_datastreams', 'sensor_observed_properties', 'sensor_sensors', 'sensor_thing_locations', 'sensor_locations', 'sensor_things']) {
    await knex.schema.dropTableIfExists(table);
  }
}
