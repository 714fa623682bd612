import type { Knex } from 'knex';

/**
 * The live twin's shared state, so several API processes behind one database agree on it:
 *
 * - `live_events`: every change the live stream carries (observations, alarms, case changes),
 *   in commit order by id. A change and its event are written in one transaction, so a client
 *   that resumes from the last id it saw misses nothing; `pg_notify('cimtwin_live', id)` wakes
 *   the other processes.
 * - `sensor_alarm_rules`: alarm rules as data (schemas/src/sensors/alarm-rule.ts), per
 *   datastream or as the default of an observed property.
 * - `sensor_alarm_states`: the alarm evaluator's state per thing (observation windows and alarm
 *   slots), locked row by row while a batch is evaluated.
 * - `sensor_alarms`: every alarm, active and past, with the columns lists filter on.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('live_events', (t) => {
    t.bigIncrements('id').primary();
    t.text('kind').notNullable();
    t.text('subject').notNullable().defaultTo('');
    t.jsonb('payload').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['created_at']);
  });
  await knex.schema.createTable('sensor_alarm_rules', (t) => {
    t.text('id').primary();
    t.text('alarm_type').notNullable();
    t.bigInteger('datastream_id').nullable().references('id').inTable('sensor_datastreams').onDelete('CASCADE');
    t.text('observed_property').nullable();
    t.text('origin').notNullable().defaultTo('user');
    t.jsonb('rule').notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.raw('CREATE UNIQUE INDEX sensor_alarm_rules_scope_idx ON sensor_alarm_rules (alarm_type, coalesce(datastream_id, 0), coalesce(observed_property, \'\'))');
  await knex.schema.createTable('sensor_alarm_states', (t) => {
    t.bigInteger('thing_id').primary().references('id').inTable('sensor_things').onDelete('CASCADE');
    t.jsonb('state').notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.schema.createTable('sensor_alarms', (t) => {
    t.text('id').primary();
    t.bigInteger('thing_id').notNullable().references('id').inTable('sensor_things').onDelete('CASCADE');
    t.text('alarm_type').notNullable();
    t.text('severity').notNullable();
    t.text('status').notNullable();
    t.timestamp('start_time', { useTz: true }).notNullable();
    t.timestamp('end_time', { useTz: true }).nullable();
    t.jsonb('alarm').notNullable();
    t.text('case_id').nullable();
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['status']);
    t.index(['thing_id', 'start_time']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['sensor_alarms', 'sensor_alarm_states', 'sensor_alarm_rules', 'live_events']) await knex.schema.dropTableIfExists(table);
}
