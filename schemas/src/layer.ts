import { z } from 'zod';

/**
 * What a layer holds, which decides how it is validated on import and tiled:
 * buildings are extruded, roads become ribbons, landuse and water are draped surfaces.
 */
export const LAYER_KINDS = ['buildings', 'roads', 'landuse', 'water', 'generic'] as const;
export const LayerKind = z.enum(LAYER_KINDS);
export type LayerKind = z.infer<typeof LayerKind>;

/** Layer ids are URL path segments: lower-case letters, digits, `-` and `_`. */
export const LayerId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'a layer id is 1-63 lower-case letters, digits, "-" or "_", starting with a letter or digit');

/** One attribute seen in a layer: its JSON type and how many features carry it. */
export const AttributeInfo = z.object({
  type: z.enum(['string', 'number', 'integer', 'boolean', 'object', 'array', 'mixed']),
  count: z.number().int(),
});
export type AttributeInfo = z.infer<typeof AttributeInfo>;

/** A feature the importer refused, with the reason. */
export const RejectedFeature = z.object({
  index: z.number().int().describe('position of the feature in the source file, from 0'),
  sourceId: z.string().nullable(),
  reason: z.string(),
});
export type RejectedFeature = z.infer<typeof RejectedFeature>;

/** What an import did, kept with the layer. */
export const ImportReport = z.object({
  file: z.string(),
  format: z.enum(['geojson', 'shapefile']),
  sourceCrs: z.string(),
  sha256: z.string(),
  featuresRead: z.number().int(),
  fragmentsMerged: z.number().int().describe('source features folded into another with the same source id'),
  repaired: z.number().int().describe('features whose geometry was invalid and made valid'),
  rejected: z.number().int(),
  rejections: z.array(RejectedFeature).describe('the first rejections, with reasons'),
  stored: z.number().int(),
  heightSources: z.record(z.string(), z.number().int()).optional(),
  durationMs: z.number(),
});
export type ImportReport = z.infer<typeof ImportReport>;

/** A row of the layer registry. */
export const Layer = z.object({
  id: LayerId,
  title: z.string(),
  description: z.string().nullable(),
  kind: LayerKind,
  geometryType: z.string().describe('Point, LineString, Polygon, Multi* or Geometry when mixed'),
  crs: z.string().describe('CRS of the stored geometry'),
  attributes: z.record(z.string(), AttributeInfo),
  featureCount: z.number().int(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
  contentVersion: z.number().int().describe('bumped on every import; tilesets record which version they were built from'),
  importReport: ImportReport.nullable(),
  updatedAt: z.string(),
});
export type Layer = z.infer<typeof Layer>;
