import type { Knex } from 'knex';

/**
 * Long-running work (model conversion, tiling) as rows any API process can read: a client
 * polls `/api/jobs/{id}` on whichever process its request reaches.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('jobs', (t) => {
    t.text('id').primary();
    t.text('kind').notNullable();
    t.text('status').notNullable().defaultTo('queued');
    t.text('phase');
    t.double('progress').notNullable().defaultTo(0);
    t.jsonb('input').notNullable().defaultTo('{}');
    t.jsonb('result');
    t.jsonb('error');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('started_at', { useTz: true });
    t.timestamp('finished_at', { useTz: true });
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.raw('CREATE INDEX jobs_status_idx ON jobs (status, created_at)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('jobs');
}
