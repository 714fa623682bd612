import type { Request } from 'express';
import { z } from 'zod';
import type { Layer } from '@cimtwin/schemas';
import { defineRoute, type RouteDefinition } from '../define-route.ts';
import { apiBase } from '../base-url.ts';
import { HttpError } from '../problem.ts';
import type { AppDeps } from '../app-deps.ts';
import { getLayer, listLayers } from '../../services/layers-service.ts';
import { queryableKeys } from '../../services/features-service.ts';

const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';

export const CollectionParams = z.object({ collectionId: z.string().describe('layer id') });

const Collection = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().optional(),
  links: z.array(z.object({ href: z.string(), rel: z.string(), type: z.string().optional(), title: z.string().optional() })),
  extent: z.object({ spatial: z.object({ bbox: z.array(z.array(z.number())), crs: z.string() }) }).optional(),
  itemType: z.literal('feature'),
  crs: z.array(z.string()),
  cimtwin: z.object({
    kind: z.string(),
    geometryType: z.string(),
    featureCount: z.number(),
    contentVersion: z.number(),
    tileset: z.string().optional().describe('tileset.json URL of the layer as 3D Tiles, pinned to the published version'),
    tilesetVersion: z.string().optional(),
  }),
});

/** Finds a layer or answers 404. */
export async function requireLayer(deps: AppDeps, id: string): Promise<Layer> {
  const layer = await getLayer(deps.knex, id);
  if (!layer) throw new HttpError(404, `no collection "${id}"; GET /api/collections lists them`);
  return layer;
}

async function describeCollection(deps: AppDeps, req: Request, layer: Layer): Promise<z.infer<typeof Collection>> {
  const base = apiBase(req);
  const self = `${base}/collections/${layer.id}`;
  const tilesetVersion = await deps.tiles.version(layer.id);
  const tileset = tilesetVersion ? `${base}/tilesets/${layer.id}/tileset.json?v=${encodeURIComponent(tilesetVersion)}` : undefined;
  const links = [
    { href: self, rel: 'self', type: 'application/json', title: layer.title },
    { href: `${self}/items`, rel: 'items', type: 'application/geo+json', title: `${layer.title}: features` },
    { href: `${self}/queryables`, rel: 'http://www.opengis.net/def/rel/ogc/1.0/queryables', type: 'application/schema+json', title: 'queryable properties' },
  ];
  if (tileset) links.push({ href: tileset, rel: 'http://www.opengis.net/def/rel/ogc/1.0/tileset-3d', type: 'application/json', title: `${layer.title}: 3D Tiles` });
  return {
    id: layer.id,
    title: layer.title,
    ...(layer.description ? { description: layer.description } : {}),
    links,
    ...(layer.bbox ? { extent: { spatial: { bbox: [layer.bbox], crs: CRS84 } } } : {}),
    itemType: 'feature',
    crs: [CRS84],
    cimtwin: {
      kind: layer.kind,
      geometryType: layer.geometryType,
      featureCount: layer.featureCount,
      contentVersion: layer.contentVersion,
      ...(tileset ? { tileset, tilesetVersion } : {}),
    },
  };
}

/** OGC API - Features collections and their queryables. */
export function collectionRoutes(deps: AppDeps): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/collections',
      operationId: 'getCollections',
      summary: 'The layers, as OGC API - Features collections',
      tags: ['Layers'],
      responses: { 200: { description: 'collections', schema: z.object({ links: z.array(z.unknown()), collections: z.array(Collection) }) } },
      handler: async ({ req, res }) => {
        const layers = await listLayers(deps.knex);
        const collections = await Promise.all(layers.map((layer) => describeCollection(deps, req, layer)));
        res.json({ links: [{ href: `${apiBase(req)}/collections`, rel: 'self', type: 'application/json' }], collections });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/collections/:collectionId',
      operationId: 'describeCollection',
      summary: 'One layer: extent, links, kind, tileset',
      tags: ['Layers'],
      params: CollectionParams,
      responses: { 200: { description: 'collection', schema: Collection }, 404: { description: 'no such collection' } },
      handler: async ({ params, req, res }) => {
        res.json(await describeCollection(deps, req, await requireLayer(deps, params.collectionId)));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/collections/:collectionId/queryables',
      operationId: 'getQueryables',
      summary: 'Properties the items of a layer can be filtered on, as JSON Schema',
      tags: ['Layers'],
      params: CollectionParams,
      responses: { 200: { description: 'queryables', contentType: 'application/schema+json' }, 404: { description: 'no such collection' } },
      handler: async ({ params, req, res }) => {
        const layer = await requireLayer(deps, params.collectionId);
        const properties: Record<string, { type?: string; title?: string }> = {};
        for (const key of queryableKeys(layer)) {
          const info = layer.attributes[key];
          const type = key === 'height' || key === 'min_height' ? 'number' : info && info.type !== 'mixed' && info.type !== 'object' && info.type !== 'array' ? info.type : 'string';
          properties[key] = { type };
        }
        res.type('application/schema+json').send(
          JSON.stringify({
            $schema: 'https://json-schema.org/draft/2020-12/schema',
            $id: `${apiBase(req)}/collections/${layer.id}/queryables`,
            type: 'object',
            title: layer.title,
            properties,
          }),
        );
      },
    }),
  ];
}
