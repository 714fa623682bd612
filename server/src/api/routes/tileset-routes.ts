import crypto from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { TilesetInfo } from '@cimtwin/schemas';
import { defineRoute, type RouteDefinition } from '../define-route.ts';
import { apiBase } from '../base-url.ts';
import { HttpError } from '../problem.ts';
import type { AppDeps } from '../app-deps.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.glb': 'model/gltf-binary',
  '.gltf': 'model/gltf+json',
  '.subtree': 'application/octet-stream',
  '.b3dm': 'application/octet-stream',
  '.i3dm': 'application/octet-stream',
  '.pnts': 'application/octet-stream',
};

const TilesetParams = z.object({ tilesetId: z.string() });

async function listTilesets(deps: AppDeps, base: string): Promise<TilesetInfo[]> {
  const rows = await deps.knex('tilesets').select('*').orderBy('id');
  const out: TilesetInfo[] = [];
  for (const row of rows) {
    const version = await deps.tiles.version(row.id);
    if (!version) continue;
    out.push({
      id: row.id,
      layerId: row.layer_id,
      title: row.title,
      kind: row.kind,
      version,
      builtFromVersion: row.built_from_version,
      url: `${base}/tilesets/${row.id}/tileset.json?v=${encodeURIComponent(version)}`,
      report: row.report,
      updatedAt: new Date(row.updated_at).toISOString(),
    });
  }
  return out;
}

/** 3D Tiles: the list of published tilesets and their files, with ETags and caching. */
export function tilesetRoutes(deps: AppDeps): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/tilesets',
      operationId: 'getTilesets',
      summary: 'Published 3D Tiles tilesets',
      tags: ['3D Tiles'],
      responses: { 200: { description: 'tilesets', schema: z.object({ tilesets: z.array(TilesetInfo) }) } },
      handler: async ({ req, res }) => {
        res.json({ tilesets: await listTilesets(deps, apiBase(req)) });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/tilesets/:tilesetId',
      operationId: 'describeTileset',
      summary: 'One tileset: version, source layer, tiling report',
      tags: ['3D Tiles'],
      params: TilesetParams,
      responses: { 200: { description: 'tileset', schema: TilesetInfo }, 404: { description: 'no such tileset' } },
      handler: async ({ params, req, res }) => {
        const found = (await listTilesets(deps, apiBase(req))).find((t) => t.id === params.tilesetId);
        if (!found) throw new HttpError(404, `no published tileset "${params.tilesetId}"; GET /api/tilesets lists them`);
        res.json(found);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/tilesets/:tilesetId/*key',
      operationId: 'getTilesetFile',
      summary: 'A file of a tileset (tileset.json, glb contents); `?v=` pins a published version',
      tags: ['3D Tiles'],
      params: z.object({ tilesetId: z.string(), key: z.array(z.string()).describe('path inside the tileset') }),
      query: z.object({ v: z.string().optional().describe('version to read; defaults to the current one') }),
      responses: {
        200: { description: 'the file', contentType: 'application/octet-stream' },
        304: { description: 'not modified (If-None-Match)' },
        404: { description: 'no such tileset or file' },
      },
      handler: async ({ params, query, req, res }) => {
        const key = params.key.join('/');
        if (params.key.some((segment) => segment === '..' || segment === '')) throw new HttpError(400, `bad tileset path "${key}"`);
        const version = query.v ?? (await deps.tiles.version(params.tilesetId));
        if (!version) throw new HttpError(404, `no published tileset "${params.tilesetId}"`);
        const etag = `"${crypto.createHash('sha1').update(`${params.tilesetId}\n${version}\n${key}`).digest('base64url')}"`;
        res.set('ETag', etag);
        res.set('Cache-Control', query.v ? 'public, max-age=31536000, immutable' : 'no-cache');
        if (req.get('if-none-match') === etag) {
          res.status(304).end();
          return;
        }
        const entry = await deps.tiles.get(params.tilesetId, key, query.v);
        if (!entry) throw new HttpError(404, `tileset ${params.tilesetId} (version ${version}) has no file ${key}`);
        res.type(CONTENT_TYPES[path.extname(key).toLowerCase()] ?? 'application/octet-stream');
        res.send(Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength));
      },
    }),
  ];
}
