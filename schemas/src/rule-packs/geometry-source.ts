import { z } from 'zod';

// Planning conditions refer to city geometry: the parcel (用地红线) and the road red lines
// (道路红线). A caller gives them inline as GeoJSON in WGS 84 longitude/latitude, or points at a
// feature already imported into a layer, so a parcel layer from the planning bureau can be
// reviewed against without copying coordinates around.

const Position = z.array(z.number()).min(2).max(3);
const Ring = z.array(Position).min(4);

/** A GeoJSON geometry a planning condition can use (WGS 84, longitude/latitude). */
export const PlanningGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(Ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(Ring).min(1)).min(1) }),
  z.object({ type: z.literal('LineString'), coordinates: z.array(Position).min(2) }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(Position).min(2)).min(1) }),
]);
export type PlanningGeometry = z.infer<typeof PlanningGeometry>;

/**
 * A feature of an imported layer, by its row id (unique across layers, so the layer may be
 * left out), its source id or its name (both need the layer).
 */
export const FeatureReference = z
  .object({
    layerId: z.string().min(1).optional(),
    featureId: z
      .union([z.number().int(), z.string().regex(/^\d+$/)])
      .transform((v) => Number(v))
      .optional()
      .describe('row id in the features table'),
    sourceId: z.string().optional().describe('id the feature had in its source file'),
    featureName: z.string().optional().describe('value of the feature name column'),
  })
  .refine((ref) => [ref.featureId, ref.sourceId, ref.featureName].filter((v) => v !== undefined).length === 1, {
    message: 'a feature reference names exactly one of featureId, sourceId or featureName',
  })
  .refine((ref) => ref.featureId !== undefined || ref.layerId !== undefined, { message: 'a feature reference by sourceId or featureName needs its layerId' });
export type FeatureReference = z.infer<typeof FeatureReference>;

/** Inline GeoJSON (a geometry or a Feature) or a reference to a stored feature. */
export const GeometrySource = z.preprocess(
  (value) => (value && typeof value === 'object' && (value as { type?: unknown }).type === 'Feature' ? (value as { geometry?: unknown }).geometry : value),
  z.union([PlanningGeometry, FeatureReference]),
);
export type GeometrySource = z.infer<typeof GeometrySource>;

/** A road red line with its own required setback (规划条件 often differ per road). */
export const RedLine = z.object({
  name: z.string().optional().describe('road name, shown in findings'),
  minSetback: z.number().min(0).optional().describe('m; the pack parameter minRedLineSetback when absent'),
  source: GeometrySource,
});
export type RedLine = z.infer<typeof RedLine>;

/** The red lines of a planning review. */
export const RedLines = z.array(RedLine);
export type RedLines = z.infer<typeof RedLines>;
