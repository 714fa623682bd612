import type { Request, Response } from 'express';
import { z } from 'zod';
import { PIPE_TYPE_CODES } from '@cimtwin/schemas';
import { defineRoute, type RouteDefinition } from '../define-route.ts';
import { HttpError } from '../problem.ts';
import { readJsonBody } from '../read-json-body.ts';
import type { AppDeps } from '../app-deps.ts';
import { checkClearances } from '../../networks/analysis/clearance.ts';
import { crossSection } from '../../networks/analysis/cross-section.ts';
import { crossSectionSvg } from '../../networks/analysis/cross-section-svg.ts';
import { excavationImpact } from '../../networks/analysis/excavation-impact.ts';
import { longitudinalProfile } from '../../networks/analysis/longitudinal-profile.ts';
import { profileSvg } from '../../networks/analysis/profile-svg.ts';
import type { CachedNetwork, NetworkCache } from '../../networks/service/network-cache.ts';
import { networkFeatures, type ResultElement } from '../../networks/service/network-features.ts';

const NetworkParams = z.object({ networkId: z.string().describe('network id') });
const Position = z.tuple([z.number().finite(), z.number().finite()]);
/** Coordinates of request geometry: longitude/latitude (default) or the network's working CRS. */
const Crs = z.enum(['wgs84', 'network']).default('wgs84');
const Language = z.enum(['zh', 'en']).default('zh');
const FormatQuery = z.object({ f: z.enum(['json', 'svg']).optional().describe('svg for the drawing; json by default') });

const MAX_BODY_BYTES = 1048576;

const ClearanceBody = z.object({
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional().describe('only pipes in this box: minLon, minLat, maxLon, maxLat (or network CRS)'),
  polygon: z.array(Position).min(3).optional().describe('only pipes in this polygon'),
  pipeTypes: z.array(z.enum(PIPE_TYPE_CODES)).optional().describe('only pairs with one pipe of these CJJ 61 types'),
  includeSameType: z.boolean().optional().describe('also rain vs sewage, gas vs gas …'),
  crs: Crs,
});
const CrossSectionBody = z.object({ line: z.array(Position).min(2).describe('the section line, drawn across the street'), crs: Crs, language: Language });
const ProfileBody = z
  .object({
    links: z.array(z.string().min(1)).min(1).optional().describe('the segments of the path, in order'),
    from: z.string().min(1).optional().describe('start point id (the shortest path to `to` is taken)'),
    to: z.string().min(1).optional(),
    language: Language,
  })
  .refine((body) => (body.links !== undefined) !== (body.from !== undefined && body.to !== undefined), 'give either links: [...] or both from and to');
const ExcavationBody = z.object({
  polygon: z.array(Position).min(3).describe('outline of the excavation'),
  depth: z.number().positive().max(100).describe('depth below ground, m'),
  margin: z.number().min(0).max(20).optional().describe('safety margin around the outline, m (default 0.5)'),
  includeBelow: z.boolean().optional().describe('also list pipes under the outline but below the excavation bottom'),
  crs: Crs,
});

async function readBody<T extends z.ZodType>(req: Request, schema: T): Promise<z.infer<T>> {
  if (!req.is('application/json')) throw new HttpError(415, 'send the analysis request as application/json');
  const parsed = schema.safeParse(await readJsonBody(req, MAX_BODY_BYTES));
  if (!parsed.success) throw new HttpError(400, `invalid request: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** Request coordinates to the network's working CRS. */
function toNetwork(network: CachedNetwork, crs: 'wgs84' | 'network', points: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  if (crs === 'network') return points.map(([x, y]) => [x, y]);
  if (!network.fromWgs84) throw new HttpError(400, `network ${network.info.id} has no CRS (local coordinates): send the geometry with "crs": "network"`);
  return points.map(([lon, lat]) => network.fromWgs84!([lon, lat]));
}

/** A working-CRS point as longitude/latitude, or null for a network in local coordinates. */
function lonLat(network: CachedNetwork, x: number, y: number): [number, number] | null {
  if (!network.toWgs84) return null;
  const [lon, lat] = network.toWgs84([x, y]);
  return [Math.round(lon * 1e8) / 1e8, Math.round(lat * 1e8) / 1e8];
}

function sendSvg(res: Response, svg: string): void {
  res.type('image/svg+xml').send(svg);
}

/** The pipe network analyses that take geometry: clearances, cross-section, profile, excavation impact. */
export function networkAnalysisRoutes(deps: AppDeps, cache: NetworkCache): RouteDefinition[] {
  return [
    defineRoute({
      method: 'post',
      path: '/networks/:networkId/clearance',
      operationId: 'checkNetworkClearances',
      summary: 'Clearance check (净距分析): horizontal and vertical clear distances between pipes against GB 50289-2016, with measured and required distance',
      tags: ['Networks'],
      params: NetworkParams,
      requestBody: { contentType: 'application/json', description: '{bbox?, polygon?, pipeTypes?, includeSameType?, crs?: "wgs84"|"network"}; empty {} checks the whole network' },
      responses: { 200: { description: 'violations' }, 400: { description: 'bad area or types' }, 404: { description: 'no such network' } },
      handler: async ({ params, req, res }) => {
        const body = await readBody(req, ClearanceBody);
        const network = await cache.get(params.networkId);
        const bbox = body.bbox ? toNetwork(network, body.crs, [[body.bbox[0], body.bbox[1]], [body.bbox[2], body.bbox[3]]]) : undefined;
        const result = checkClearances(network.placed(), network.network, {
          index: network.index(),
          bbox: bbox && [Math.min(bbox[0][0], bbox[1][0]), Math.min(bbox[0][1], bbox[1][1]), Math.max(bbox[0][0], bbox[1][0]), Math.max(bbox[0][1], bbox[1][1])],
          polygon: body.polygon && toNetwork(network, body.crs, body.polygon),
          pipeTypes: body.pipeTypes,
          includeSameType: body.includeSameType,
        });
        const violations = result.violations.map((v) => ({ ...v, atNetwork: v.at, at: lonLat(network, v.at[0], v.at[1]) }));
        const links: ResultElement[] = result.violations.length <= 5000 ? result.violations.flatMap((v) => [{ id: v.linkA, role: `clearance-${v.kind}` }, { id: v.linkB, role: `clearance-${v.kind}` }]) : [];
        res.json({ networkId: params.networkId, summary: result.summary, violations, geojson: await networkFeatures(deps.knex, params.networkId, links, []) });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/networks/:networkId/cross-section',
      operationId: 'networkCrossSection',
      summary: 'Cross-section (横断面) across a drawn line: the pipes cut, their depths, sizes and clearances; JSON, or an SVG drawing with f=svg',
      tags: ['Networks'],
      params: NetworkParams,
      query: FormatQuery,
      requestBody: { contentType: 'application/json', description: '{line: [[lon, lat], ...], crs?, language?: "zh"|"en"}' },
      responses: { 200: { description: 'the section' }, 400: { description: 'bad line' }, 404: { description: 'no such network' } },
      handler: async ({ params, query, req, res }) => {
        const body = await readBody(req, CrossSectionBody);
        const network = await cache.get(params.networkId);
        const section = crossSection(network.placed(), network.network, toNetwork(network, body.crs, body.line), { index: network.index() });
        if (query.f === 'svg') return sendSvg(res, crossSectionSvg(section, { language: body.language, title: network.info.name }));
        res.json({ networkId: params.networkId, ...section, pipes: section.pipes.map((pipe) => ({ ...pipe, position: lonLat(network, pipe.x, pipe.y), rowId: network.linkRows.get(pipe.linkId) })) });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/networks/:networkId/profile',
      operationId: 'networkProfile',
      summary: 'Longitudinal profile (纵断面) along a path of segments: ground, invert and top, slopes, points and crossing pipes; JSON, or SVG with f=svg',
      tags: ['Networks'],
      params: NetworkParams,
      query: FormatQuery,
      requestBody: { contentType: 'application/json', description: '{links: [id, ...]} or {from: pointId, to: pointId}; language?' },
      responses: { 200: { description: 'the profile' }, 400: { description: 'links that do not form a path' }, 404: { description: 'no such network or point' } },
      handler: async ({ params, query, req, res }) => {
        const body = await readBody(req, ProfileBody);
        const network = await cache.get(params.networkId);
        const path = body.links ?? { from: body.from!, to: body.to! };
        const profile = longitudinalProfile(network.placed(), network.network, path);
        if (query.f === 'svg') return sendSvg(res, profileSvg(profile, { language: body.language, title: network.info.name }));
        res.json({ networkId: params.networkId, ...profile });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/networks/:networkId/excavation',
      operationId: 'networkExcavationImpact',
      summary: 'Excavation impact (开挖影响分析): the pipes and points an excavation of this outline and depth reaches, with their owners',
      tags: ['Networks'],
      params: NetworkParams,
      requestBody: { contentType: 'application/json', description: '{polygon: [[lon, lat], ...], depth, margin?, includeBelow?, crs?}' },
      responses: { 200: { description: 'what the excavation hits' }, 400: { description: 'bad outline or depth' }, 404: { description: 'no such network' } },
      handler: async ({ params, req, res }) => {
        const body = await readBody(req, ExcavationBody);
        const network = await cache.get(params.networkId);
        const impact = excavationImpact(network.placed(), network.network, toNetwork(network, body.crs, body.polygon), body.depth, { margin: body.margin, includeBelow: body.includeBelow, index: network.index() });
        const links = impact.links.map((link) => ({ id: link.linkId, role: link.reached ? 'reached' : 'below' }));
        const nodes = impact.points.map((point) => ({ id: point.nodeId, role: 'inside' }));
        res.json({
          networkId: params.networkId,
          ...impact,
          polygon: body.polygon,
          points: impact.points.map((point) => ({ ...point, position: lonLat(network, point.x, point.y) })),
          geojson: await networkFeatures(deps.knex, params.networkId, links, nodes),
        });
      },
    }),
  ];
}
