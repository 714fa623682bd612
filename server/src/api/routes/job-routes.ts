import { z } from 'zod';
import { defineRoute, type RouteDefinition } from '../define-route.ts';
import { HttpError } from '../problem.ts';
import type { AppDeps } from '../app-deps.ts';
import { getJob } from '../../jobs/job-store.ts';

/** Jobs: long-running work started by another request (e.g. an IFC upload). */
export function jobRoutes(deps: AppDeps): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/jobs/:jobId',
      operationId: 'getJob',
      summary: 'A job: status (queued, running, succeeded, failed), phase and progress 0..1, result or error',
      tags: ['Jobs'],
      params: z.object({ jobId: z.uuid() }),
      responses: { 200: { description: 'job' }, 404: { description: 'no such job' } },
      handler: async ({ params, res }) => {
        const job = await getJob(deps.knex, params.jobId);
        if (!job) throw new HttpError(404, `no job ${params.jobId}`);
        res.set('Cache-Control', 'no-store').json(job);
      },
    }),
  ];
}
