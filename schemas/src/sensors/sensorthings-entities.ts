import { z } from 'zod';

/**
 * Inputs of the OGC SensorThings API 1.1 entities, as a client POSTs them (section 10: create,
 * with deep insert of related entities). Output shapes add `@iot.id`, `@iot.selfLink` and the
 * navigation links; see server/src/sensors/sensorthings.
 */

/** A reference to an entity that exists: `{"@iot.id": 3}`. */
export const EntityReference = z.object({ '@iot.id': z.union([z.number().int().positive(), z.string().regex(/^\d+$/).transform(Number)]) }).strict();
export type EntityReference = z.infer<typeof EntityReference>;

const Properties = z.record(z.string(), z.unknown()).optional();

/** A GeoJSON geometry in WGS 84 (a Point for most sensors). */
export const GeoJsonGeometry = z.object({ type: z.enum(['Point', 'LineString', 'Polygon', 'MultiPoint', 'MultiLineString', 'MultiPolygon']), coordinates: z.array(z.unknown()) });

export const LocationInput = z.object({
  name: z.string().min(1),
  description: z.string().default(''),
  encodingType: z.literal('application/geo+json').or(z.literal('application/vnd.geo+json')).default('application/geo+json'),
  location: GeoJsonGeometry.or(z.object({ type: z.literal('Feature'), geometry: GeoJsonGeometry }).transform((feature) => feature.geometry)),
  properties: Properties,
});
export type LocationInput = z.infer<typeof LocationInput>;

export const SensorInput = z.object({
  name: z.string().min(1),
  description: z.string().default(''),
  encodingType: z.string().default('application/pdf'),
  metadata: z.string().default(''),
  properties: Properties,
});
export type SensorInput = z.infer<typeof SensorInput>;

export const ObservedPropertyInput = z.object({
  name: z.string().min(1),
  definition: z.string().min(1).describe('URI of the property, e.g. http://vocabs.lter-europe.net/EnvThes/22035 (PM2.5)'),
  description: z.string().default(''),
  properties: Properties,
});
export type ObservedPropertyInput = z.infer<typeof ObservedPropertyInput>;

/** Unit of measurement: name, symbol (UCUM where there is one) and definition URI. */
export const UnitOfMeasurement = z.object({ name: z.string().nullable(), symbol: z.string().nullable(), definition: z.string().nullable() });

/** An ISO 8601 instant; a SensorThings interval `start/end` is read as its start. */
export const IsoInstant = z.string().refine((value) => !Number.isNaN(Date.parse(value.split('/')[0])), 'an ISO 8601 time, e.g. 2026-12-07T08:00:00Z');

export const ObservationInput = z.object({
  phenomenonTime: IsoInstant.optional().describe('when the value was true; the time of receipt when absent'),
  resultTime: IsoInstant.nullable().optional(),
  result: z.union([z.number(), z.string(), z.boolean(), z.null(), z.record(z.string(), z.unknown()), z.array(z.unknown())]),
  parameters: Properties,
  Datastream: EntityReference.optional(),
});
export type ObservationInput = z.infer<typeof ObservationInput>;

export const DatastreamInput = z.object({
  name: z.string().min(1),
  description: z.string().default(''),
  unitOfMeasurement: UnitOfMeasurement,
  observationType: z.string().default('http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement'),
  properties: Properties,
  Thing: EntityReference.optional(),
  Sensor: z.union([EntityReference, SensorInput]),
  ObservedProperty: z.union([EntityReference, ObservedPropertyInput]),
});
export type DatastreamInput = z.infer<typeof DatastreamInput>;

export const ThingInput = z.object({
  name: z.string().min(1),
  description: z.string().default(''),
  properties: Properties,
  Locations: z.array(z.union([EntityReference, LocationInput])).default([]),
  Datastreams: z.array(DatastreamInput.omit({ Thing: true })).default([]),
});
export type ThingInput = z.infer<typeof ThingInput>;
