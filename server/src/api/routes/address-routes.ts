import { z } from 'zod';
import { DataError } from '@cimtwin/schemas';
import { defineRoute, type RouteDefinition } from '../define-route.ts';
import { HttpError } from '../problem.ts';
import type { AppDeps } from '../app-deps.ts';
import { receiveUpload } from '../receive-upload.ts';
import fs from 'node:fs/promises';
import { parseAddress } from '../../addresses/parse/parse-address.ts';
import { searchAddresses, SEARCH_DEFAULTS } from '../../addresses/search/search-addresses.ts';
import { reverseGeocode, REVERSE_DEFAULTS } from '../../addresses/search/reverse-geocode.ts';
import { geocodeAddress } from '../../addresses/service/geocode-address.ts';
import { geocodeTable } from '../../addresses/service/geocode-table.ts';
import { LibraryGazetteer } from '../../addresses/service/library-gazetteer.ts';
import { readAddress, readBuildingAddresses } from '../../addresses/store/read-addresses.ts';

const TextQuery = z.object({ q: z.string().min(1, 'give the address text as q=…').describe('address text') });
const number = (description: string) => z.coerce.number().describe(description);

/** Standard addresses: parse, search, geocode, reverse geocode, batch, one address, a building's addresses. */
export function addressRoutes(deps: AppDeps): RouteDefinition[] {
  const gazetteer = new LibraryGazetteer(deps.knex);
  return [
    defineRoute({
      method: 'get',
      path: '/addresses/parse',
      operationId: 'parseAddress',
      summary: 'Split free text into standard address elements (province … room) with division codes and a confidence',
      tags: ['Addresses'],
      query: TextQuery,
      responses: { 200: { description: 'ParsedAddress' }, 400: { description: 'no text' } },
      handler: async ({ query, res }) => {
        res.json(parseAddress(query.q, await gazetteer.get()));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/addresses/search',
      operationId: 'searchAddresses',
      summary: 'As-you-type suggestions: prefix, contained text, typos, pinyin and initials; door plates before rooms unless the text names a building part',
      tags: ['Addresses'],
      query: z.object({
        q: z.string().describe('what the user has typed'),
        limit: z.coerce.number().int().min(1).max(SEARCH_DEFAULTS.maxLimit).optional().describe(`at most this many (default ${SEARCH_DEFAULTS.limit})`),
      }),
      responses: { 200: { description: '{query, results: [{code, level, fullText, label, point, building, score}]}' }, 400: { description: 'empty query' } },
      handler: async ({ query, res }) => {
        res.json({ query: query.q, results: await searchAddresses(deps.knex, query.q, { limit: query.limit }) });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/addresses/geocode',
      operationId: 'geocodeAddress',
      summary: 'Text to the standard address and its door-plate point, with the level matched and a confidence',
      tags: ['Addresses'],
      query: TextQuery,
      responses: { 200: { description: '{query, parsed, match, matchLevel, confidence, candidates}' } },
      handler: async ({ query, res }) => {
        res.json(await geocodeAddress(deps.knex, await gazetteer.get(), query.q));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/addresses/reverse',
      operationId: 'reverseGeocode',
      summary: 'The door plate nearest a point (one whose building contains the point first), its distance and building',
      tags: ['Addresses'],
      query: z.object({
        lon: number('longitude, WGS 84'),
        lat: number('latitude, WGS 84'),
        radius: number(`search radius in metres (default ${REVERSE_DEFAULTS.radius}, at most ${REVERSE_DEFAULTS.maxRadius})`).optional(),
      }),
      responses: { 200: { description: '{address, distance, building}' }, 404: { description: 'no door plate within the radius' } },
      handler: async ({ query, res }) => {
        const found = await reverseGeocode(deps.knex, query.lon, query.lat, query.radius);
        if (!found) throw new HttpError(404, `no door plate within ${query.radius ?? REVERSE_DEFAULTS.radius} m of ${query.lon}, ${query.lat}`);
        res.json(found);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/addresses/batch',
      operationId: 'geocodeBatch',
      summary: 'Geocode a CSV table (column address or 地址, else the first); answers the table with match_code, match_address, match_level, confidence, lon, lat',
      tags: ['Addresses'],
      requestBody: { contentType: 'text/csv', description: 'the table as the body (text/csv), or a multipart form with the table in field `file`' },
      responses: { 200: { description: 'the table with the match columns', contentType: 'text/csv' }, 400: { description: 'not a CSV table' } },
      handler: async ({ req, res }) => {
        let csv: string;
        if (req.is('multipart/form-data')) {
          const upload = await receiveUpload(req, { fileField: 'file', maxBytes: deps.maxUploadBytes ?? 64 * 1024 * 1024 });
          try {
            csv = await fs.readFile(upload.path, 'utf8');
          } finally {
            await fs.rm(upload.path, { force: true });
          }
        } else if (req.is('text/csv') || req.is('text/plain')) {
          csv = await readText(req, deps.maxUploadBytes ?? 64 * 1024 * 1024);
        } else {
          throw new DataError('address-batch: send the table as text/csv, or as a multipart form with the file in field "file"');
        }
        const result = await geocodeTable(deps.knex, await gazetteer.get(), csv);
        res.set('X-Rows', String(result.rows)).set('X-Matched', String(result.matched));
        res.type('text/csv; charset=utf-8').attachment('geocoded.csv').send(result.csv);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/addresses',
      operationId: 'buildingAddresses',
      summary: 'The standard addresses of one building feature (door plates, POIs, buildings) and counts by level',
      tags: ['Addresses'],
      query: z.object({ layerId: z.string().min(1).describe('layer of the building'), featureId: z.coerce.number().int().describe('feature row id') }),
      responses: { 200: { description: '{addresses, counts}' } },
      handler: async ({ query, res }) => {
        res.json(await readBuildingAddresses(deps.knex, query.layerId, query.featureId));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/addresses/:code',
      operationId: 'getAddress',
      summary: 'One standard address by its code',
      tags: ['Addresses'],
      params: z.object({ code: z.string().describe('address code') }),
      responses: { 200: { description: 'StandardAddress' }, 404: { description: 'no such address' } },
      handler: async ({ params, res }) => {
        const address = await readAddress(deps.knex, params.code);
        if (!address) throw new HttpError(404, `no standard address with code ${params.code}`);
        res.json(address);
      },
    }),
  ];
}

async function readText(req: import('express').Request, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new HttpError(413, `the table is larger than ${Math.round(maxBytes / 1048576)} MB`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
