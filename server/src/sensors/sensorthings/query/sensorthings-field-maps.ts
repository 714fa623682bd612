/**
 * The field maps of the SensorThings entity sets over the sensor_* tables, with the entity's
 * row as alias `e` (as entity-sets.ts selects it). Single navigations (an Observation's
 * Datastream, a Datastream's Thing) are scalar subqueries on their primary key; a Thing's
 * Locations/location (also `Thing/Locations/location` of a Datastream and
 * `Datastream/Thing/Locations/location` of an Observation) is the collection of its location
 * geometries, so geo.intersects and geo.distance ask "any of its locations". Other paths
 * through collections are refused.
 */
import type { EntitySetName } from '../entity-sets.ts';
import type { FieldMap, FieldSpec } from './field-map.ts';

/** The fields of a related row reached by `where`, under a path prefix (`Datastream/`). */
function related(prefix: string, from: string, where: string, columns: Record<string, [string, FieldSpec['type']]>): Record<string, FieldSpec> {
  return Object.fromEntries(Object.entries(columns).map(([name, [column, type]]) => [`${prefix}${name}`, { sql: `(SELECT ${column} FROM ${from} WHERE ${where})`, type }]));
}

const THING: Record<string, [string, FieldSpec['type']]> = { name: ['r.name', 'string'], description: ['r.description', 'string'], properties: ['r.properties', 'json'] };
const NAMED: Record<string, [string, FieldSpec['type']]> = { name: ['r.name', 'string'], description: ['r.description', 'string'] };
const OBSERVED_PROPERTY: Record<string, [string, FieldSpec['type']]> = { ...NAMED, definition: ['r.definition', 'string'] };
const DATASTREAM: Record<string, [string, FieldSpec['type']]> = { ...THING, unitOfMeasurement: ['r.unit_of_measurement', 'json'], observationType: ['r.observation_type', 'string'] };

/** The locations of the Thing whose id is `thingId` as one geometry collection. */
function thingLocations(thingId: string): FieldSpec {
  return { sql: `(SELECT ST_Collect(l.geom) FROM sensor_thing_locations tl JOIN sensor_locations l ON l.id = tl.location_id WHERE tl.thing_id = ${thingId})`, type: 'geometry' };
}

const id: FieldSpec = { sql: 'e.id', type: 'number', notNull: true };
const text = (column: string): FieldSpec => ({ sql: `e.${column}`, type: 'string', notNull: true });
const json = (column: string): FieldSpec => ({ sql: `e.${column}`, type: 'json' });

/** Field maps per entity set. */
export const SENSORTHINGS_FIELD_MAPS: Readonly<Record<EntitySetName, FieldMap>> = {
  Things: {
    set: 'Things',
    fields: {
      id,
      name: text('name'),
      description: text('description'),
      properties: json('properties'),
      'Locations/location': thingLocations('e.id'),
    },
    collections: ['Locations', 'Datastreams', 'HistoricalLocations'],
  },
  Locations: {
    set: 'Locations',
    fields: { id, name: text('name'), description: text('description'), encodingType: text('encoding_type'), location: { sql: 'e.geom', type: 'geometry', notNull: true }, properties: json('properties') },
    collections: ['Things', 'HistoricalLocations'],
  },
  Sensors: {
    set: 'Sensors',
    fields: { id, name: text('name'), description: text('description'), encodingType: text('encoding_type'), metadata: text('metadata'), properties: json('properties') },
    collections: ['Datastreams'],
  },
  ObservedProperties: {
    set: 'ObservedProperties',
    fields: { id, name: text('name'), definition: text('definition'), description: text('description'), properties: json('properties') },
    collections: ['Datastreams'],
  },
  Datastreams: {
    set: 'Datastreams',
    fields: {
      id,
      name: text('name'),
      description: text('description'),
      unitOfMeasurement: json('unit_of_measurement'),
      observationType: text('observation_type'),
      properties: json('properties'),
      'Thing/id': { sql: 'e.thing_id', type: 'number', notNull: true },
      ...related('Thing/', 'sensor_things r', 'r.id = e.thing_id', THING),
      'Thing/Locations/location': thingLocations('e.thing_id'),
      'Sensor/id': { sql: 'e.sensor_id', type: 'number', notNull: true },
      ...related('Sensor/', 'sensor_sensors r', 'r.id = e.sensor_id', NAMED),
      'ObservedProperty/id': { sql: 'e.observed_property_id', type: 'number', notNull: true },
      ...related('ObservedProperty/', 'sensor_observed_properties r', 'r.id = e.observed_property_id', OBSERVED_PROPERTY),
    },
    collections: ['Observations'],
  },
  Observations: {
    set: 'Observations',
    fields: {
      id,
      phenomenonTime: { sql: 'e.phenomenon_time', type: 'datetime', notNull: true },
      resultTime: { sql: 'e.result_time', type: 'datetime' },
      result: json('result'),
      parameters: json('parameters'),
      'Datastream/id': { sql: 'e.datastream_id', type: 'number', notNull: true },
      ...related('Datastream/', 'sensor_datastreams r', 'r.id = e.datastream_id', DATASTREAM),
      'Datastream/Thing/id': { sql: '(SELECT r.thing_id FROM sensor_datastreams r WHERE r.id = e.datastream_id)', type: 'number' },
      ...related('Datastream/Thing/', 'sensor_datastreams d JOIN sensor_things r ON r.id = d.thing_id', 'd.id = e.datastream_id', THING),
      'Datastream/Thing/Locations/location': thingLocations('(SELECT d.thing_id FROM sensor_datastreams d WHERE d.id = e.datastream_id)'),
      'Datastream/Sensor/id': { sql: '(SELECT r.sensor_id FROM sensor_datastreams r WHERE r.id = e.datastream_id)', type: 'number' },
      ...related('Datastream/Sensor/', 'sensor_datastreams d JOIN sensor_sensors r ON r.id = d.sensor_id', 'd.id = e.datastream_id', NAMED),
      'Datastream/ObservedProperty/id': { sql: '(SELECT r.observed_property_id FROM sensor_datastreams r WHERE r.id = e.datastream_id)', type: 'number' },
      ...related('Datastream/ObservedProperty/', 'sensor_datastreams d JOIN sensor_observed_properties r ON r.id = d.observed_property_id', 'd.id = e.datastream_id', OBSERVED_PROPERTY),
    },
  },
};
