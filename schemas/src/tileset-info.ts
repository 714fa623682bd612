import { z } from 'zod';

/** A published tileset, as the API lists it. */
export const TilesetInfo = z.object({
  id: z.string(),
  layerId: z.string().nullable(),
  title: z.string(),
  kind: z.string(),
  version: z.string().describe('current published version; changes on every publish'),
  builtFromVersion: z.number().int().nullable().describe('content version of the layer the tiles were built from'),
  url: z.string().describe('tileset.json URL'),
  report: z.record(z.string(), z.unknown()).nullable(),
  updatedAt: z.string(),
});
export type TilesetInfo = z.infer<typeof TilesetInfo>;
