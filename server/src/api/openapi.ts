import { z } from 'zod';
import type { RouteDefinition } from './define-route.ts';

const PROBLEM_SCHEMA = {
  type: 'object',
  description: 'RFC 9457 problem details',
  properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' }, instance: { type: 'string' } },
  required: ['type', 'title', 'status'],
};

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const out = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  delete out.$schema;
  return out;
}

function toOpenApiPath(expressPath: string): string {
  return expressPath.replace(/:(\w+)/g, '{$1}').replace(/\*(\w+)/g, '{$1}');
}

function parameters(route: RouteDefinition): unknown[] {
  const out: unknown[] = [];
  for (const [where, schema] of [['path', route.params], ['query', route.query]] as const) {
    if (!(schema instanceof z.ZodObject)) continue;
    const objectSchema = jsonSchema(schema) as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
    for (const [name, property] of Object.entries(objectSchema.properties ?? {})) {
      const { description, ...rest } = property;
      out.push({ name, in: where, required: where === 'path' || (objectSchema.required ?? []).includes(name) && !('default' in rest), description, schema: rest });
    }
  }
  if (route.openQuery) {
    out.push({ name: 'properties', in: 'query', style: 'form', explode: true, description: 'any queryable property as key=value (exact match)', schema: { type: 'object', additionalProperties: { type: 'string' } } });
  }
  return out;
}

/** The OpenAPI 3.1 document of the routes, generated from their zod schemas. */
export function buildOpenApiDocument(routes: RouteDefinition[], serverUrl: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(route.responses)) {
      const numeric = Number(status);
      const contentType = response.contentType ?? (numeric >= 400 ? 'application/problem+json' : 'application/json');
      const schema = response.schema ? jsonSchema(response.schema) : numeric >= 400 ? PROBLEM_SCHEMA : undefined;
      responses[status] = { description: response.description, ...(numeric === 304 ? {} : { content: { [contentType]: schema ? { schema } : {} } }) };
    }
    if (!responses['400'] && (route.query || route.params)) responses['400'] = { description: 'bad request', content: { 'application/problem+json': { schema: PROBLEM_SCHEMA } } };
    responses['500'] = { description: 'server error', content: { 'application/problem+json': { schema: PROBLEM_SCHEMA } } };
    const key = toOpenApiPath(route.path);
    paths[key] ??= {};
    const requestBody = route.requestBody
      ? { required: true, description: route.requestBody.description, content: { [route.requestBody.contentType]: route.requestBody.schema ? { schema: jsonSchema(route.requestBody.schema) } : {} } }
      : undefined;
    paths[key][route.method] = { operationId: route.operationId, summary: route.summary, tags: route.tags, parameters: parameters(route), ...(requestBody ? { requestBody } : {}), responses };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'cimtwin API',
      version: '0.1.0',
      description: 'City information model: layers as OGC API - Features, 3D Tiles, and (in later versions) BIM review, pipe networks, sensors and cases.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    servers: [{ url: serverUrl }],
    paths,
  };
}
