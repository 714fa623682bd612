/**
 * The entity sets of the SensorThings API 1.1 over the sensor_* tables: the SELECT of each, how
 * a row becomes an entity, and the navigation properties (which set, and the join condition
 * from the parent's id). One table of facts, so paths, $expand, $select and links are read
 * from it.
 */

/** Names of the entity sets. */
export const ENTITY_SETS = ['Things', 'Locations', 'Sensors', 'ObservedProperties', 'Datastreams', 'Observations'] as const;
export type EntitySetName = (typeof ENTITY_SETS)[number];

/** A navigation property: the target set and how its rows relate to the parent row `p`. */
export interface Navigation {
  set: EntitySetName;
  /** SQL condition on the target alias `e` relating it to the parent id `?` (a value, or a column in $expand). */
  where: string;
  /** One entity (Datastream/Thing) or a collection (Thing/Datastreams). */
  single: boolean;
}

export interface EntitySet {
  name: EntitySetName;
  /** Singular name, for single navigations and messages. */
  entity: string;
  /** `FROM …` with the alias `e`. */
  from: string;
  /** Select list over `e`. */
  columns: string;
  /** Property names of the entity (besides `@iot.id`), as `$select` names them. */
  properties: readonly string[];
  /** Default order. */
  order: string;
  toEntity(row: Record<string, any>): Record<string, unknown>;
  navigations: Record<string, Navigation>;
}

const iso = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string).toISOString());

export const ENTITY_SET_TABLE: Record<EntitySetName, EntitySet> = {
  Things: {
    name: 'Things',
    entity: 'Thing',
    from: 'sensor_things e',
    columns: 'e.id, e.name, e.description, e.properties',
    order: 'e.id',
    properties: ['name', 'description', 'properties'],
    toEntity: (r) => ({ name: r.name, description: r.description, properties: r.properties }),
    navigations: {
      Locations: { set: 'Locations', where: 'e.id IN (SELECT location_id FROM sensor_thing_locations WHERE thing_id = ?)', single: false },
      Datastreams: { set: 'Datastreams', where: 'e.thing_id = ?', single: false },
    },
  },
  Locations: {
    name: 'Locations',
    entity: 'Location',
    from: 'sensor_locations e',
    columns: 'e.id, e.name, e.description, e.encoding_type, e.properties, ST_AsGeoJSON(e.geom, 8) AS geojson',
    order: 'e.id',
    properties: ['name', 'description', 'encodingType', 'location', 'properties'],
    toEntity: (r) => ({ name: r.name, description: r.description, encodingType: r.encoding_type, location: JSON.parse(r.geojson), properties: r.properties }),
    navigations: { Things: { set: 'Things', where: 'e.id IN (SELECT thing_id FROM sensor_thing_locations WHERE location_id = ?)', single: false } },
  },
  Sensors: {
    name: 'Sensors',
    entity: 'Sensor',
    from: 'sensor_sensors e',
    columns: 'e.id, e.name, e.description, e.encoding_type, e.metadata, e.properties',
    order: 'e.id',
    properties: ['name', 'description', 'encodingType', 'metadata', 'properties'],
    toEntity: (r) => ({ name: r.name, description: r.description, encodingType: r.encoding_type, metadata: r.metadata, properties: r.properties }),
    navigations: { Datastreams: { set: 'Datastreams', where: 'e.sensor_id = ?', single: false } },
  },
  ObservedProperties: {
    name: 'ObservedProperties',
    entity: 'ObservedProperty',
    from: 'sensor_observed_properties e',
    columns: 'e.id, e.name, e.definition, e.description, e.properties',
    order: 'e.id',
    properties: ['name', 'definition', 'description', 'properties'],
    toEntity: (r) => ({ name: r.name, definition: r.definition, description: r.description, properties: r.properties }),
    navigations: { Datastreams: { set: 'Datastreams', where: 'e.observed_property_id = ?', single: false } },
  },
  Datastreams: {
    name: 'Datastreams',
    entity: 'Datastream',
    from: 'sensor_datastreams e',
    columns: `e.id, e.name, e.description, e.unit_of_measurement, e.observation_type, e.properties,
      (SELECT min(phenomenon_time) FROM sensor_observations o WHERE o.datastream_id = e.id) AS first_time,
      (SELECT max(phenomenon_time) FROM sensor_observations o WHERE o.datastream_id = e.id) AS last_time`,
    order: 'e.id',
    properties: ['name', 'description', 'unitOfMeasurement', 'observationType', 'phenomenonTime', 'properties'],
    toEntity: (r) => ({
      name: r.name,
      description: r.description,
      unitOfMeasurement: r.unit_of_measurement,
      observationType: r.observation_type,
      phenomenonTime: r.first_time ? `${iso(r.first_time)}/${iso(r.last_time)}` : null,
      properties: r.properties,
    }),
    navigations: {
      Thing: { set: 'Things', where: 'e.id = (SELECT thing_id FROM sensor_datastreams WHERE id = ?)', single: true },
      Sensor: { set: 'Sensors', where: 'e.id = (SELECT sensor_id FROM sensor_datastreams WHERE id = ?)', single: true },
      ObservedProperty: { set: 'ObservedProperties', where: 'e.id = (SELECT observed_property_id FROM sensor_datastreams WHERE id = ?)', single: true },
      Observations: { set: 'Observations', where: 'e.datastream_id = ?', single: false },
    },
  },
  Observations: {
    name: 'Observations',
    entity: 'Observation',
    from: 'sensor_observations e',
    columns: 'e.id, e.phenomenon_time, e.result_time, e.result, e.parameters',
    order: 'e.phenomenon_time, e.id',
    properties: ['phenomenonTime', 'resultTime', 'result', 'parameters'],
    toEntity: (r) => ({ phenomenonTime: iso(r.phenomenon_time), resultTime: iso(r.result_time), result: r.result, parameters: r.parameters }),
    navigations: { Datastream: { set: 'Datastreams', where: 'e.id = (SELECT datastream_id FROM sensor_observations WHERE id = ?)', single: true } },
  },
};

/** Whether a name is an entity set. */
export function isEntitySet(name: string): name is EntitySetName {
  return (ENTITY_SETS as readonly string[]).includes(name);
}
