import type { Request, RequestHandler, Response, Router } from 'express';
import { z } from 'zod';
import { HttpError } from './problem.ts';

/** One documented response of a route. */
export interface RouteResponse {
  description: string;
  contentType?: string;
  schema?: z.ZodType;
}

/**
 * A declarative route: path, inputs as zod schemas, documented responses, and the handler.
 * The same object mounts the route and writes its part of the OpenAPI document.
 */
export interface RouteDefinition<P extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express path, e.g. `/collections/:collectionId/items`. */
  path: string;
  operationId: string;
  summary: string;
  tags: string[];
  params?: P;
  query?: Q;
  /** Query keys beyond `query` that the route accepts (e.g. property filters); unknown keys are refused otherwise. */
  openQuery?: boolean;
  /** Request body, for the OpenAPI document (the handler reads it). */
  requestBody?: { contentType: string; description: string; schema?: z.ZodType };
  responses: Record<number, RouteResponse>;
  handler: (input: { params: z.infer<P>; query: z.infer<Q>; rawQuery: Record<string, string>; req: Request; res: Response }) => Promise<void> | void;
}

/** Identity helper that keeps the handler's types tied to the schemas. */
export function defineRoute<P extends z.ZodType, Q extends z.ZodType>(route: RouteDefinition<P, Q>): RouteDefinition<P, Q> {
  return route;
}

/** Mounts routes on a router: parse and validate inputs (400 with details), then call the handler. */
export function mountRoutes(router: Router, routes: RouteDefinition[]): void {
  for (const route of routes) {
    const handler: RequestHandler = async (req, res) => {
      const rawQuery = flattenQuery(req.query as Record<string, unknown>);
      const params = parseInput(route.params, req.params, 'path parameter');
      if (route.query && !route.openQuery) refuseUnknownKeys(route.query, rawQuery);
      const query = parseInput(route.query, rawQuery, 'query parameter');
      await route.handler({ params, query, rawQuery, req, res });
    };
    router[route.method](route.path, handler);
  }
}

function parseInput(schema: z.ZodType | undefined, value: unknown, what: string): any {
  if (!schema) return {};
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map((issue) => ({ [what.split(' ')[0]]: issue.path.join('.'), message: issue.message }));
  const first = parsed.error.issues[0];
  throw new HttpError(400, `${what} ${first.path.join('.') || '(all)'}: ${first.message}`, { errors });
}

function refuseUnknownKeys(schema: z.ZodType, query: Record<string, string>): void {
  const known = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
  const unknown = Object.keys(query).filter((key) => !known.includes(key));
  if (unknown.length > 0) throw new HttpError(400, `unknown query parameter ${unknown.join(', ')}; this resource takes ${known.join(', ') || 'none'}`);
}

/** Express may give arrays for repeated keys; the API takes one value per key. */
function flattenQuery(query: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) throw new HttpError(400, `query parameter ${key} is given more than once`);
    if (typeof value === 'string') out[key] = value;
    else if (value !== undefined) throw new HttpError(400, `query parameter ${key} has an unsupported form`);
  }
  return out;
}
