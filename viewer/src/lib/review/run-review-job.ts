import { ApiError, type ApiClient } from '../api/api-client.ts';
import type { JobRecord, ReviewRequest } from '../api/review-types.ts';

/** Where a running review is: the job's status, phase (`ids`, `rules:gb-50096`) and progress 0..1. */
export interface ReviewProgress {
  status: JobRecord['status'];
  phase: string | null;
  progress: number;
}

/** Options of {@link runReviewJob}. */
export interface RunReviewJobOptions {
  /** Time between two polls of the job, ms. */
  pollMs?: number;
  signal?: AbortSignal;
}

/** Defaults of {@link RunReviewJobOptions}. */
export const RUN_REVIEW_JOB_DEFAULTS = { pollMs: 500 } as const;

/**
 * Starts a review and polls its job to the end; resolves with the stored review's id. A request
 * the API refuses, or a job that fails, rejects with an ApiError whose problem `detail` says
 * what to fix (an invalid IDS with its lines, an unknown pack).
 */
export async function runReviewJob(api: ApiClient, request: ReviewRequest, onProgress: (progress: ReviewProgress) => void, options: RunReviewJobOptions = {}): Promise<string> {
  const pollMs = options.pollMs ?? RUN_REVIEW_JOB_DEFAULTS.pollMs;
  const jobId = await api.startReview(request, options.signal);
  onProgress({ status: 'queued', phase: null, progress: 0 });
  for (;;) {
    const job = await api.getJob(jobId, options.signal);
    onProgress({ status: job.status, phase: job.phase, progress: job.progress });
    if (job.status === 'succeeded') {
      const reviewId = job.result?.reviewId;
      if (typeof reviewId !== 'string') throw new ApiError(`viewer: review job ${jobId} ended without a review`, 500);
      return reviewId;
    }
    if (job.status === 'failed') {
      const detail = job.error?.detail ?? 'the review failed';
      throw new ApiError(detail, job.error?.status ?? 500, { status: job.error?.status, detail });
    }
    await delay(pollMs, options.signal);
  }
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}
