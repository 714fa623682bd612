import crypto from 'node:crypto';
import type { Knex } from 'knex';
import { isDataError } from '@cimtwin/schemas';
import type { Logger } from '../logger.ts';

/** A job as the API shows it. */
export interface JobRecord {
  id: string;
  kind: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  phase: string | null;
  progress: number;
  input: Record<string, unknown>;
  result: Record<string, unknown> | null;
  error: { status: number; detail: string } | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** Reports progress of a running job. */
export type ReportProgress = (phase: string, fraction: number) => void;

/** Least time between two progress writes of one job. */
const PROGRESS_INTERVAL_MS = 500;

/** Creates a queued job and returns its id. */
export async function createJob(knex: Knex, kind: string, input: Record<string, unknown>): Promise<string> {
  const id = crypto.randomUUID();
  await knex('jobs').insert({ id, kind, input: JSON.stringify(input) });
  return id;
}

/** One job, or undefined. */
export async function getJob(knex: Knex, id: string): Promise<JobRecord | undefined> {
  const row = await knex('jobs').where({ id }).first();
  if (!row) return undefined;
  const time = (value: Date | string | null): string | null => (value ? new Date(value).toISOString() : null);
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    phase: row.phase,
    progress: row.progress,
    input: row.input,
    result: row.result,
    error: row.error,
    createdAt: time(row.created_at)!,
    startedAt: time(row.started_at),
    finishedAt: time(row.finished_at),
  };
}

/**
 * Runs a job's work now, in this process, recording its progress, result or error in the jobs
 * table. A DataError becomes the job's error with its message; any other error is logged and
 * recorded without internals. Never rejects.
 */
export async function runJob(knex: Knex, id: string, logger: Logger, work: (report: ReportProgress) => Promise<Record<string, unknown>>): Promise<void> {
  await knex('jobs').where({ id }).update({ status: 'running', started_at: knex.fn.now(), updated_at: knex.fn.now() });
  let lastWrite = 0;
  let writing: Promise<unknown> = Promise.resolve();
  const report: ReportProgress = (phase, fraction) => {
    const now = Date.now();
    if (now - lastWrite < PROGRESS_INTERVAL_MS) return;
    lastWrite = now;
    writing = writing
      .then(() => knex('jobs').where({ id, status: 'running' }).update({ phase, progress: Math.max(0, Math.min(1, fraction)), updated_at: knex.fn.now() }))
      .catch((error) => logger.warn({ err: error, job: id }, 'job progress not recorded'));
  };
  try {
    const result = await work(report);
    await writing;
    await knex('jobs').where({ id }).update({ status: 'succeeded', phase: 'done', progress: 1, result: JSON.stringify(result), finished_at: knex.fn.now(), updated_at: knex.fn.now() });
  } catch (error) {
    await writing;
    const known = isDataError(error);
    if (!known) logger.error({ err: error, job: id }, 'job failed');
    const detail = known ? (error as Error).message : 'the job failed on the server; the error is logged';
    const status = known ? ((error as { status?: number }).status ?? 400) : 500;
    await knex('jobs')
      .where({ id })
      .update({ status: 'failed', error: JSON.stringify({ status, detail }), finished_at: knex.fn.now(), updated_at: knex.fn.now() })
      .catch((e) => logger.error({ err: e, job: id }, 'job failure not recorded'));
  }
}
