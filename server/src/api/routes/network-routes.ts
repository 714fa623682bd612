import type { Request } from 'express';
import { z } from 'zod';
import { defineRoute, type RouteDefinition } from '../define-route.ts';
import { apiBase } from '../base-url.ts';
import { HttpError } from '../problem.ts';
import type { AppDeps } from '../app-deps.ts';
import type { ElementRef } from '../../networks/graph/element-ref.ts';
import { NetworkCache } from '../../networks/service/network-cache.ts';
import { networkElement, networkFeatures, type ResultElement } from '../../networks/service/network-features.ts';
import { getNetworkInfo, listNetworks, type NetworkInfo } from '../../networks/store/load-network.ts';
import { networkTilesetId } from '../../networks/tile-network.ts';
import fs from 'node:fs/promises';
import { importNetwork, parseNetworkOptionValues } from '../../networks/import-network.ts';
import { createJob, runJob } from '../../jobs/job-store.ts';
import { receiveFiles } from '../receive-upload.ts';
import { networkAnalysisRoutes } from './network-analysis-routes.ts';

const NetworkParams = z.object({ networkId: z.string().describe('network id') });

/** Where an analysis starts: a node (point) or a link (segment), by id. */
const StartQuery = z.object({
  node: z.string().min(1).optional().describe('start at this node (管线点) id'),
  link: z.string().min(1).optional().describe('start at this link (管线段) id'),
  geometry: z.enum(['true', 'false']).optional().describe('false leaves the GeoJSON out (ids only)'),
});

function startOf(query: { node?: string; link?: string }): ElementRef {
  if ((query.node === undefined) === (query.link === undefined)) throw new HttpError(400, 'give exactly one of the query parameters node=<id> or link=<id>');
  return query.node !== undefined ? { node: query.node } : { link: query.link! };
}

/** Largest result whose geometry is sent inline; bigger results send ids only. */
const MAX_FEATURES = 20000;

async function withFeatures(deps: AppDeps, networkId: string, wantGeometry: boolean, links: ResultElement[], nodes: ResultElement[]): Promise<Record<string, unknown>> {
  if (!wantGeometry) return {};
  if (links.length + nodes.length > MAX_FEATURES) {
    return { geojson: null, geojsonOmitted: `the result has ${links.length + nodes.length} elements, more than ${MAX_FEATURES} sent as GeoJSON; ask with geometry=false or read the tiles` };
  }
  return { geojson: await networkFeatures(deps.knex, networkId, links, nodes) };
}

const roles = (ids: readonly string[], role: string): ResultElement[] => ids.map((id) => ({ id, role }));

async function describeNetwork(deps: AppDeps, req: Request, info: NetworkInfo): Promise<Record<string, unknown>> {
  const base = apiBase(req);
  const tilesetId = networkTilesetId(info.id);
  const version = await deps.tiles.version(tilesetId);
  return {
    ...info,
    tileset: version ? `${base}/tilesets/${tilesetId}/tileset.json?v=${encodeURIComponent(version)}` : null,
    links: [
      { href: `${base}/networks/${info.id}`, rel: 'self', type: 'application/json' },
      { href: `${base}/networks/${info.id}/qa`, rel: 'qa', type: 'application/json' },
      { href: `${base}/networks/${info.id}/components`, rel: 'components', type: 'application/json' },
    ],
  };
}

/** Pipe networks: list, one network with its QA report, and the network analyses. */
export function networkRoutes(deps: AppDeps): RouteDefinition[] {
  const cache = new NetworkCache(deps.knex);
  return [
    ...networkAnalysisRoutes(deps, cache),
    defineRoute({
      method: 'post',
      path: '/networks',
      operationId: 'uploadNetwork',
      summary: 'Upload a pipe network (EPANET or SWMM .inp, or CJJ 61 point and line tables); answers 202 with a job',
      tags: ['Networks'],
      requestBody: {
        contentType: 'multipart/form-data',
        description:
          'field `file`, once per file: one .inp, or CJJ 61 tables (.csv, .geojson, or .shp with its .dbf and .prj); optional fields `name`, `id`, `format` (epanet, swmm, cjj61), `crs` (EPSG:n, or none), `pipeType` (JS, PS, RQ, RL, DL, TX, GY, QT)',
      },
      responses: {
        202: { description: 'accepted: the job that imports the network' },
        400: { description: 'bad format, CRS or pipe type; no file' },
        413: { description: 'larger than the upload limit' },
        415: { description: 'not multipart/form-data' },
        503: { description: 'this server does not accept uploads' },
      },
      handler: async ({ req, res }) => {
        const storage = deps.tileStorage;
        if (!storage) throw new HttpError(503, 'this server is read-only: it was started without tile storage for jobs');
        const upload = await receiveFiles(req, { fileField: 'file', maxBytes: deps.maxUploadBytes ?? 1024 * 1048576, maxFiles: 16 });
        let jobId: string;
        try {
          const { format, pipeType } = parseNetworkOptionValues({ format: upload.fields.format || undefined, pipeType: upload.fields.pipeType || undefined });
          const options = { id: upload.fields.id || undefined, name: upload.fields.name?.trim() || undefined, format, pipeType, crs: upload.fields.crs || undefined };
          if (options.id !== undefined && !/^[a-z0-9][a-z0-9-]{1,63}$/.test(options.id)) throw new HttpError(400, `network id "${options.id}" must be 2-64 lower-case letters, digits or "-"`);
          jobId = await createJob(deps.knex, 'network-import', { files: upload.files.map((file) => ({ fileName: file.fileName, bytes: file.bytes })), ...options });
          void runJob(deps.knex, jobId, deps.logger, async (report) => {
            try {
              report('reading', 0.05);
              const result = await importNetwork(deps.knex, upload.files.map((file) => file.path), { ...options, storage, logger: deps.logger, onProgress: report });
              cache.forget(result.id);
              return { ...result };
            } finally {
              await fs.rm(upload.directory, { recursive: true, force: true });
            }
          });
        } catch (error) {
          await fs.rm(upload.directory, { recursive: true, force: true });
          throw error;
        }
        const href = `${apiBase(req)}/jobs/${jobId}`;
        res.status(202).location(href).json({ jobId, status: 'queued', links: [{ href, rel: 'monitor', type: 'application/json' }] });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/networks',
      operationId: 'getNetworks',
      summary: 'Pipe networks: points and segments by kind, length by CJJ 61 pipe type, extent, tileset',
      tags: ['Networks'],
      responses: { 200: { description: 'networks' } },
      handler: async ({ req, res }) => {
        const networks = await listNetworks(deps.knex);
        res.json({ networks: await Promise.all(networks.map((info) => describeNetwork(deps, req, info))) });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/networks/:networkId',
      operationId: 'getNetwork',
      summary: 'One network: counts, units, CRS, import report and the QA summary',
      tags: ['Networks'],
      params: NetworkParams,
      responses: { 200: { description: 'network' }, 404: { description: 'no such network' } },
      handler: async ({ params, req, res }) => {
        const info = await getNetworkInfo(deps.knex, params.networkId);
        const row = await deps.knex('networks').where({ id: info.id }).first('import_report', 'qa_report');
        res.json({ ...(await describeNetwork(deps, req, info)), importReport: row.import_report, qaSummary: row.qa_report?.summary ?? null });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/networks/:networkId/qa',
      operationId: 'getNetworkQa',
      summary: 'The QA report of the import (质量检查): dangling and duplicate segments, depth inconsistencies, missing attributes…',
      tags: ['Networks'],
      params: NetworkParams,
      responses: { 200: { description: 'QA report' }, 404: { description: 'no such network' } },
      handler: async ({ params, res }) => {
        const info = await getNetworkInfo(deps.knex, params.networkId);
        const row = await deps.knex('networks').where({ id: info.id }).first('qa_report');
        res.json(row.qa_report);
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/networks/:networkId',
      operationId: 'deleteNetwork',
      summary: 'Removes a network, its points, segments and tiles',
      tags: ['Networks'],
      params: NetworkParams,
      responses: { 204: { description: 'removed' }, 404: { description: 'no such network' } },
      handler: async ({ params, res }) => {
        await getNetworkInfo(deps.knex, params.networkId);
        if (!deps.tileStorage) throw new HttpError(503, 'this server is read-only: it was started without tile storage');
        await deps.knex('networks').where({ id: params.networkId }).delete();
        await deps.tileStorage.remove(networkTilesetId(params.networkId));
        await deps.knex('tilesets').where({ id: networkTilesetId(params.networkId) }).delete();
        cache.forget(params.networkId);
        res.status(204).end();
      },
    }),
    defineRoute({
      method: 'get',
      path: '/networks/:networkId/elements/:elementId',
      operationId: 'getNetworkElement',
      summary: 'One segment or point by its id, or by its tile feature id (`#123`), with every attribute, as a GeoJSON Feature',
      tags: ['Networks'],
      params: NetworkParams.extend({ elementId: z.string().min(1).describe('segment or point id; `#<feature id>` for the id of a tile feature') }),
      responses: { 200: { description: 'the element' }, 404: { description: 'no such network or element' } },
      handler: async ({ params, res }) => {
        await getNetworkInfo(deps.knex, params.networkId);
        const feature = await networkElement(deps.knex, params.networkId, params.elementId);
        if (!feature) throw new HttpError(404, `network ${params.networkId} has no segment or point "${params.elementId}"`);
        res.json(feature);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/networks/:networkId/components',
      operationId: 'getNetworkComponents',
      summary: 'Connected components (连通性): how many, and the size of each, largest first; closed valves separate',
      tags: ['Networks'],
      params: NetworkParams,
      query: z.object({ limit: z.coerce.number().int().min(1).max(10000).optional().describe('most components listed (default 100)') }),
      responses: { 200: { description: 'components' }, 404: { description: 'no such network' } },
      handler: async ({ params, query, res }) => {
        const { graph } = await cache.get(params.networkId);
        const { count, nodeComponent, linkComponent } = graph.connectedComponents();
        const sizes = Array.from({ length: count }, (_, id) => ({ id, nodes: 0, links: 0, sampleNode: null as string | null }));
        nodeComponent.forEach((component, node) => {
          if (component < 0) return;
          sizes[component].nodes++;
          sizes[component].sampleNode ??= graph.nodeIds[node];
        });
        linkComponent.forEach((component) => component >= 0 && sizes[component].links++);
        sizes.sort((a, b) => b.links - a.links || b.nodes - a.nodes || a.id - b.id);
        res.json({ networkId: params.networkId, count, components: sizes.slice(0, query.limit ?? 100) });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/networks/:networkId/connected',
      operationId: 'getNetworkConnected',
      summary: 'Everything connected to a point or segment over open links (closed valves stop it), with GeoJSON',
      tags: ['Networks'],
      params: NetworkParams,
      query: StartQuery,
      responses: { 200: { description: 'reach' }, 400: { description: 'no or unknown start' }, 404: { description: 'no such network' } },
      handler: async ({ params, query, res }) => {
        const { graph } = await cache.get(params.networkId);
        const start = startOf(query);
        const reach = graph.connectedTo(start);
        res.json({ networkId: params.networkId, start, ...reach, ...(await withFeatures(deps, params.networkId, query.geometry !== 'false', roles(reach.links, 'connected'), roles(reach.nodes, 'connected'))) });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/networks/:networkId/trace',
      operationId: 'getNetworkTrace',
      summary: 'Upstream or downstream trace (上下游追踪) from a point or segment, by flow direction or away from the sources',
      tags: ['Networks'],
      params: NetworkParams,
      query: StartQuery.extend({ direction: z.enum(['upstream', 'downstream']).describe('which way to trace') }),
      responses: { 200: { description: 'trace' }, 400: { description: 'no or unknown start' }, 404: { description: 'no such network' } },
      handler: async ({ params, query, res }) => {
        const { graph } = await cache.get(params.networkId);
        const start = startOf(query);
        const reach = graph.trace(start, query.direction);
        res.json({ networkId: params.networkId, start, direction: query.direction, ...reach, ...(await withFeatures(deps, params.networkId, query.geometry !== 'false', roles(reach.links, query.direction), roles(reach.nodes, query.direction))) });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/networks/:networkId/isolation',
      operationId: 'getNetworkIsolation',
      summary: 'Burst isolation (关阀分析) of a broken segment: valves to close, the second ring when valves fail, segments and service points cut off',
      tags: ['Networks'],
      params: NetworkParams,
      query: z.object({
        link: z.string().min(1).describe('the broken segment id'),
        failedValves: z.string().optional().describe('comma-separated ids of valves that fail to close'),
        geometry: z.enum(['true', 'false']).optional(),
      }),
      responses: { 200: { description: 'isolation' }, 400: { description: 'unknown segment or valve' }, 404: { description: 'no such network' } },
      handler: async ({ params, query, res }) => {
        const { graph } = await cache.get(params.networkId);
        const failedValves = query.failedValves?.split(',').map((id) => id.trim()).filter(Boolean) ?? [];
        const result = graph.isolate(query.link, { failedValves });
        const valveRoles = (valves: typeof result.valvesToClose, role: string) => valves.map((valve) => ({ ...valve, role }));
        const valves = [...valveRoles(result.valvesToClose, 'valve-to-close'), ...valveRoles(result.failedValvesPassed, 'failed-valve')];
        const links = [
          ...roles(result.region.links, 'isolated'),
          ...roles(result.linksCutOff, 'cut-off'),
          ...valves.filter((valve) => valve.kind === 'link'),
        ];
        const nodes = [
          ...roles(result.region.nodes, 'isolated'),
          ...roles(result.nodesCutOff, 'cut-off'),
          ...roles(result.servicePointsInRegion, 'service-point-isolated'),
          ...roles(result.servicePointsCutOff, 'service-point-cut-off'),
          ...valves.filter((valve) => valve.kind === 'node'),
        ];
        res.json({ networkId: params.networkId, ...result, ...(await withFeatures(deps, params.networkId, query.geometry !== 'false', links, nodes)) });
      },
    }),
  ];
}
