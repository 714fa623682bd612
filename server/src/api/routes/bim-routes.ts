import type { Request } from 'express';
import { z } from 'zod';
import { defineRoute, type RouteDefinition } from '../define-route.ts';
import { apiBase } from '../base-url.ts';
import { HttpError } from '../problem.ts';
import type { AppDeps } from '../app-deps.ts';
import { getBimModel, getElementsByGlobalId, listBimModels, queryElements, spatialTree, type BimModelRecord } from '../../services/bim-service.ts';
import { bimTilesetIds } from '../../bim/import-ifc-model.ts';

const ModelParams = z.object({ modelId: z.string().describe('model id') });

async function describeModel(deps: AppDeps, req: Request, model: BimModelRecord): Promise<Record<string, unknown>> {
  const base = apiBase(req);
  const ids = bimTilesetIds(model.id);
  const tileset = async (id: string): Promise<string | undefined> => {
    const version = await deps.tiles.version(id);
    return version ? `${base}/tilesets/${id}/tileset.json?v=${encodeURIComponent(version)}` : undefined;
  };
  return {
    ...model,
    tilesets: { elements: await tileset(ids.elements), spaces: await tileset(ids.spaces) },
    links: [
      { href: `${base}/bim/models/${model.id}`, rel: 'self', type: 'application/json' },
      { href: `${base}/bim/models/${model.id}/tree`, rel: 'tree', type: 'application/json' },
      { href: `${base}/bim/models/${model.id}/elements`, rel: 'elements', type: 'application/json' },
    ],
  };
}

async function requireModel(deps: AppDeps, id: string): Promise<BimModelRecord> {
  const model = await getBimModel(deps.knex, id);
  if (!model) throw new HttpError(404, `no BIM model "${id}"; GET /api/bim/models lists them`);
  return model;
}

/** BIM models: list, one model, its spatial tree, its elements, an element by GlobalId. */
export function bimRoutes(deps: AppDeps): RouteDefinition[] {
  const maxPageSize = deps.maxPageSize ?? 10000;
  return [
    defineRoute({
      method: 'get',
      path: '/bim/models',
      operationId: 'getBimModels',
      summary: 'IFC models in the twin, with their georeference and tilesets',
      tags: ['BIM'],
      responses: { 200: { description: 'models' } },
      handler: async ({ req, res }) => {
        const models = await listBimModels(deps.knex);
        res.json({ models: await Promise.all(models.map((m) => describeModel(deps, req, m))) });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/bim/models/:modelId',
      operationId: 'getBimModel',
      summary: 'One model: schema, element counts per class, storeys, georeference used, tilesets',
      tags: ['BIM'],
      params: ModelParams,
      responses: { 200: { description: 'model' }, 404: { description: 'no such model' } },
      handler: async ({ params, req, res }) => {
        res.json(await describeModel(deps, req, await requireModel(deps, params.modelId)));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/bim/models/:modelId/tree',
      operationId: 'getBimModelTree',
      summary: 'Spatial structure: project, site, building, storeys, spaces, with element classes per node',
      tags: ['BIM'],
      params: ModelParams,
      responses: { 200: { description: 'tree' }, 404: { description: 'no such model' } },
      handler: async ({ params, res }) => {
        const model = await requireModel(deps, params.modelId);
        res.json({ modelId: model.id, tree: await spatialTree(deps.knex, model.id) });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/bim/models/:modelId/elements',
      operationId: 'getBimElements',
      summary: 'Elements of a model, paged; filter by IFC class, storey (name or GlobalId) and name',
      tags: ['BIM'],
      params: ModelParams,
      query: z.object({
        class: z.string().regex(/^Ifc\w+$/i, 'an IFC class such as IfcWall').optional(),
        storey: z.string().optional(),
        q: z.string().min(1).optional(),
        limit: z.coerce.number().int().min(1).max(maxPageSize).default(100),
        offset: z.coerce.number().int().min(0).default(0),
      }),
      responses: { 200: { description: 'elements' }, 404: { description: 'no such model' } },
      handler: async ({ params, query, res }) => {
        const model = await requireModel(deps, params.modelId);
        const page = await queryElements(deps.knex, model.id, { ifcClass: query.class, storey: query.storey, q: query.q, limit: query.limit, offset: query.offset });
        res.json({ modelId: model.id, ...page, numberReturned: page.elements.length, limit: query.limit, offset: query.offset });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/bim/elements/:globalId',
      operationId: 'getBimElement',
      summary: 'An element by IFC GlobalId: property and quantity sets grouped by set, materials, classifications, type, storey',
      tags: ['BIM'],
      params: z.object({ globalId: z.string().regex(/^[0-9A-Za-z_$]{22}$/, 'an IFC GlobalId is 22 characters of 0-9, A-Z, a-z, _ and $') }),
      query: z.object({ model: z.string().optional().describe('model id, when several models hold the GlobalId') }),
      responses: { 200: { description: 'element' }, 404: { description: 'no such element' } },
      handler: async ({ params, query, res }) => {
        const found = await getElementsByGlobalId(deps.knex, params.globalId, query.model);
        if (found.length === 0) throw new HttpError(404, `no element with GlobalId ${params.globalId}${query.model ? ` in model ${query.model}` : ''}`);
        res.json({ ...found[0], alsoIn: found.slice(1).map((e) => e.model) });
      },
    }),
  ];
}
