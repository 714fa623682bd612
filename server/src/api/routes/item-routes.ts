import { z } from 'zod';
import { defineRoute, type RouteDefinition } from '../define-route.ts';
import { apiBase } from '../base-url.ts';
import { HttpError } from '../problem.ts';
import type { AppDeps } from '../app-deps.ts';
import { getFeature, queryFeatures } from '../../services/features-service.ts';
import { CollectionParams, requireLayer } from './collection-routes.ts';

/** Query parameters of /items that are not property filters. */
const RESERVED = ['bbox', 'bbox-crs', 'limit', 'offset', 'q', 'f'] as const;

const Bbox = z
  .string()
  .transform((text, ctx) => {
    const n = text.split(',').map(Number);
    if ((n.length !== 4 && n.length !== 6) || n.some((v) => !Number.isFinite(v))) {
      ctx.addIssue({ code: 'custom', message: 'bbox takes 4 numbers: minLon,minLat,maxLon,maxLat (or 6 with heights)' });
      return z.NEVER;
    }
    const box = (n.length === 6 ? [n[0], n[1], n[3], n[4]] : n) as [number, number, number, number];
    if (box[1] > box[3]) {
      ctx.addIssue({ code: 'custom', message: 'bbox: the southern latitude is north of the northern one' });
      return z.NEVER;
    }
    return box;
  })
  .describe('minLon,minLat,maxLon,maxLat in CRS84');

function itemsQuery(maxPageSize: number) {
  return z.object({
    bbox: Bbox.optional(),
    'bbox-crs': z.literal('http://www.opengis.net/def/crs/OGC/1.3/CRS84').optional().describe('only CRS84 is supported'),
    limit: z.coerce.number().int().min(1).max(maxPageSize).default(10).describe(`page size, 1 to ${maxPageSize}`),
    offset: z.coerce.number().int().min(0).default(0).describe('features to skip'),
    q: z.string().min(1).optional().describe('case-insensitive part of the feature name'),
    f: z.enum(['json', 'geojson']).optional(),
  });
}

const ItemParams = CollectionParams.extend({ featureId: z.coerce.number().int().positive().describe('feature row id') });

const FeatureSchema = z.object({ type: z.literal('Feature'), id: z.number(), geometry: z.unknown(), properties: z.record(z.string(), z.unknown()), links: z.array(z.unknown()).optional() });

/** OGC API - Features items: paged, bbox and property filters, single feature. */
export function itemRoutes(deps: AppDeps): RouteDefinition[] {
  const maxPageSize = deps.maxPageSize ?? 10000;
  return [
    defineRoute({
      method: 'get',
      path: '/collections/:collectionId/items',
      operationId: 'getFeatures',
      summary: 'Features of a layer; filter by bbox, name (q) and any queryable property as `key=value`',
      tags: ['Layers'],
      params: CollectionParams,
      query: itemsQuery(maxPageSize),
      openQuery: true,
      responses: {
        200: {
          description: 'GeoJSON FeatureCollection with numberMatched, numberReturned and next/prev links',
          contentType: 'application/geo+json',
          schema: z.object({ type: z.literal('FeatureCollection'), features: z.array(FeatureSchema), numberMatched: z.number(), numberReturned: z.number(), timeStamp: z.string(), links: z.array(z.unknown()) }),
        },
        400: { description: 'bad query parameter' },
        404: { description: 'no such collection' },
      },
      handler: async ({ params, query, rawQuery, req, res }) => {
        const layer = await requireLayer(deps, params.collectionId);
        const filters = Object.fromEntries(Object.entries(rawQuery).filter(([key]) => !(RESERVED as readonly string[]).includes(key)));
        const { features, numberMatched } = await queryFeatures(deps.knex, layer, { bbox: query.bbox, limit: query.limit, offset: query.offset, q: query.q, filters });
        const self = `${apiBase(req)}/collections/${layer.id}/items`;
        const pageUrl = (offset: number): string => {
          const search = new URLSearchParams({ ...rawQuery, limit: String(query.limit), offset: String(offset) });
          return `${self}?${search}`;
        };
        const links = [{ href: pageUrl(query.offset), rel: 'self', type: 'application/geo+json' }];
        if (query.offset + features.length < numberMatched) links.push({ href: pageUrl(query.offset + query.limit), rel: 'next', type: 'application/geo+json' });
        if (query.offset > 0) links.push({ href: pageUrl(Math.max(0, query.offset - query.limit)), rel: 'prev', type: 'application/geo+json' });
        links.push({ href: `${apiBase(req)}/collections/${layer.id}`, rel: 'collection', type: 'application/json' });
        res.type('application/geo+json').send(
          JSON.stringify({ type: 'FeatureCollection', features, numberMatched, numberReturned: features.length, timeStamp: new Date().toISOString(), links }),
        );
      },
    }),
    defineRoute({
      method: 'get',
      path: '/collections/:collectionId/items/:featureId',
      operationId: 'getFeature',
      summary: 'One feature by its id (the id every 3D Tiles feature of the layer carries)',
      tags: ['Layers'],
      params: ItemParams,
      query: z.object({ f: z.enum(['json', 'geojson']).optional() }),
      responses: { 200: { description: 'GeoJSON Feature', contentType: 'application/geo+json', schema: FeatureSchema }, 404: { description: 'no such feature' } },
      handler: async ({ params, req, res }) => {
        const layer = await requireLayer(deps, params.collectionId);
        const feature = await getFeature(deps.knex, layer.id, params.featureId);
        if (!feature) throw new HttpError(404, `collection ${layer.id} has no feature ${params.featureId}`);
        const base = `${apiBase(req)}/collections/${layer.id}`;
        res.type('application/geo+json').send(
          JSON.stringify({
            ...feature,
            links: [
              { href: `${base}/items/${feature.id}`, rel: 'self', type: 'application/geo+json' },
              { href: base, rel: 'collection', type: 'application/json' },
            ],
          }),
        );
      },
    }),
  ];
}
