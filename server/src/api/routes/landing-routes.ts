import { z } from 'zod';
import { defineRoute, type RouteDefinition } from '../define-route.ts';
import { apiBase } from '../base-url.ts';
import type { AppDeps } from '../app-deps.ts';

/** OGC API - Features conformance classes this server implements. */
export const CONFORMANCE_CLASSES = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
];

const Link = z.object({ href: z.string(), rel: z.string(), type: z.string().optional(), title: z.string().optional() });

/** Landing page, conformance and health. */
export function landingRoutes(deps: AppDeps): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/',
      operationId: 'getLandingPage',
      summary: 'Landing page: links to the API definition, conformance and the collections',
      tags: ['Capabilities'],
      responses: { 200: { description: 'links', schema: z.object({ title: z.string(), description: z.string(), links: z.array(Link) }) } },
      handler: ({ req, res }) => {
        const base = apiBase(req);
        res.json({
          title: 'cimtwin',
          description: 'City information model: base GIS layers, BIM and pipe networks as OGC API - Features and 3D Tiles',
          links: [
            { href: `${base}/`, rel: 'self', type: 'application/json', title: 'this document' },
            { href: `${base}/openapi.json`, rel: 'service-desc', type: 'application/vnd.oai.openapi+json;version=3.1', title: 'API definition' },
            { href: `${base}/docs`, rel: 'service-doc', type: 'text/html', title: 'API documentation' },
            { href: `${base}/conformance`, rel: 'conformance', type: 'application/json', title: 'conformance classes' },
            { href: `${base}/collections`, rel: 'data', type: 'application/json', title: 'feature collections' },
            { href: `${base}/tilesets`, rel: 'http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector', type: 'application/json', title: '3D Tiles tilesets' },
          ],
        });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/conformance',
      operationId: 'getConformance',
      summary: 'Conformance classes implemented',
      tags: ['Capabilities'],
      responses: { 200: { description: 'conformance', schema: z.object({ conformsTo: z.array(z.string()) }) } },
      handler: ({ res }) => {
        res.json({ conformsTo: CONFORMANCE_CLASSES });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/health',
      operationId: 'getHealth',
      summary: 'Liveness and database reachability',
      tags: ['Capabilities'],
      responses: {
        200: { description: 'healthy', schema: z.object({ status: z.literal('ok'), database: z.string(), layers: z.number() }) },
        503: { description: 'the database does not answer' },
      },
      handler: async ({ res }) => {
        try {
          const row = await deps.knex('layers').count<{ n: number | string }[]>({ n: '*' });
          res.json({ status: 'ok', database: deps.backend ?? 'postgres', layers: Number(row[0].n) });
        } catch (error) {
          deps.logger.error({ err: error }, 'health check failed');
          res.status(503).type('application/problem+json').send(JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'the database does not answer' }));
        }
      },
    }),
  ];
}
