import type { ErrorRequestHandler, RequestHandler } from 'express';
import { isDataError } from '@cimtwin/schemas';
import type { Logger } from '../logger.ts';

/** An RFC 9457 problem detail. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  [extension: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** An error the API answers with a given status and detail (a 4xx the client can fix). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    detail: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'HttpError';
  }
}

/** Sends a problem+json answer. */
export function sendProblem(res: Parameters<RequestHandler>[1], problem: Problem): void {
  res.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
}

/** 404 for every path no route took. */
export const notFoundHandler: RequestHandler = (req, res) => {
  sendProblem(res, { type: 'about:blank', title: TITLES[404], status: 404, detail: `no resource at ${req.method} ${req.path}`, instance: req.originalUrl });
};

/**
 * Maps errors to problem+json: HttpError and DataError keep their status and message, body
 * parser errors keep theirs, anything else is a 500 whose details stay in the log.
 */
export function createErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    let status = 500;
    let detail = 'the server failed to answer; the error is logged';
    let extensions: Record<string, unknown> = {};
    if (error instanceof HttpError) {
      status = error.status;
      detail = error.message;
      extensions = error.extensions;
    } else if (isDataError(error)) {
      status = error.status;
      detail = error.message;
      if (error.details !== undefined) extensions = { errors: error.details };
    } else if (typeof error?.status === 'number' && error.status >= 400 && error.status < 500) {
      status = error.status;
      detail = error.message;
    }
    if (status >= 500) logger.error({ err: error, path: req.path }, 'request failed');
    if (res.headersSent) return;
    sendProblem(res, { type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail, instance: req.originalUrl, ...extensions });
  };
}
