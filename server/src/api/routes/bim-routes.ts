import type { Request } from 'express';
import { z } from 'zod';
import { defineRoute, type RouteDefinition } from '../define-route.ts';
import { apiBase } from '../base-url.ts';
import { HttpError } from '../problem.ts';
import type { AppDeps } from '../app-deps.ts';
import { getBimModel, getElementsByGlobalId, listBimModels, queryElements, spatialTree, type BimModelRecord } from '../../services/bim-service.ts';
import fs from 'node:fs/promises';
import { bimTilesetIds, importIfcModel } from '../../bim/import-ifc-model.ts';
import { checkIfcFile } from '../../bim/check-ifc-file.ts';
import { parsePlacement } from '../../bim/parse-placement.ts';
import { createJob, runJob } from '../../jobs/job-store.ts';
import { receiveUpload } from '../receive-upload.ts';

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
      method: 'post',
      path: '/bim/models',
      operationId: 'uploadBimModel',
      summary: 'Upload an IFC model (.ifc or .ifczip); answers 202 with a job to poll at /api/jobs/{id}',
      tags: ['BIM'],
      requestBody: {
        contentType: 'multipart/form-data',
        description: 'field `file`: the model; optional fields `name`, `origin` (lon,lat,height), `rotation` (degrees), `overrideGeoreference` (true)',
      },
      responses: {
        202: { description: 'accepted: the job that imports the model' },
        400: { description: 'not an IFC file, truncated, unknown schema, bad placement' },
        413: { description: 'larger than the upload limit, or an .ifczip that inflates too far' },
        415: { description: 'not multipart/form-data' },
        503: { description: 'this server does not accept uploads' },
      },
      handler: async ({ req, res }) => {
        const storage = deps.tileStorage;
        if (!storage) throw new HttpError(503, 'this server is read-only: it was started without tile storage for jobs');
        const upload = await receiveUpload(req, { fileField: 'file', maxBytes: deps.maxUploadBytes ?? 1024 * 1048576 });
        let jobId: string;
        try {
          const placement = parsePlacement(upload.fields.origin, upload.fields.rotation);
          await checkIfcFile(upload.path, upload.fileName);
          const name = upload.fields.name?.trim() || undefined;
          jobId = await createJob(deps.knex, 'bim-import', { fileName: upload.fileName, bytes: upload.bytes, name, placement });
          void runJob(deps.knex, jobId, deps.logger, async (report) => {
            try {
              const result = await importIfcModel(deps.knex, storage, upload.path, {
                name: name ?? upload.fileName.replace(/\.(ifc|ifczip)$/i, ''),
                placement,
                overrideGeoreference: upload.fields.overrideGeoreference === 'true',
                logger: deps.logger,
                onProgress: report,
              });
              return { ...result, tilesets: result.tilesets.map((t) => ({ id: t.id, tiles: t.report.tiles, elements: t.report.elementsTiled })) };
            } finally {
              await fs.rm(upload.path, { force: true });
            }
          });
        } catch (error) {
          await fs.rm(upload.path, { force: true });
          throw error;
        }
        const href = `${apiBase(req)}/jobs/${jobId}`;
        res.status(202).location(href).json({ jobId, status: 'queued', links: [{ href, rel: 'monitor', type: 'application/json' }] });
      },
    }),
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
