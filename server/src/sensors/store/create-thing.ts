import type { Knex } from 'knex';
import { DataError, ThingInput, DatastreamInput, type EntityReference } from '@cimtwin/schemas';
import { zodProblem } from './zod-problem.ts';

/** Ids of what a deep insert created. */
export interface CreatedThing {
  thingId: number;
  locationIds: number[];
  datastreamIds: number[];
}

const isReference = (value: unknown): value is EntityReference => typeof value === 'object' && value !== null && '@iot.id' in value;

/**
 * Creates a Thing with its Locations and Datastreams (each with its Sensor and ObservedProperty,
 * new or referenced) in one transaction — the deep insert of SensorThings 10.2. A reference to
 * an entity that does not exist is a DataError and nothing is created.
 */
export async function createThing(knex: Knex, body: unknown): Promise<CreatedThing> {
  const parsed = ThingInput.safeParse(body);
  if (!parsed.success) throw new DataError(`sensorthings: the Thing is not valid: ${zodProblem(parsed.error)}`);
  const thing = parsed.data;
  return knex.transaction(async (trx) => {
    const [{ id: thingId }] = await trx('sensor_things').insert({ name: thing.name, description: thing.description, properties: JSON.stringify(thing.properties ?? {}) }).returning('id');
    const locationIds: number[] = [];
    for (const location of thing.Locations) {
      let locationId: number;
      if (isReference(location)) locationId = await existing(trx, 'sensor_locations', 'Location', location['@iot.id']);
      else {
        const inserted = await trx.raw(
          `INSERT INTO sensor_locations (name, description, encoding_type, properties, geom) VALUES (?, ?, ?, ?::jsonb, ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)) RETURNING id`,
          [location.name, location.description, location.encodingType, JSON.stringify(location.properties ?? {}), JSON.stringify(location.location)],
        );
        locationId = Number(inserted.rows[0].id);
      }
      await trx('sensor_thing_locations').insert({ thing_id: thingId, location_id: locationId });
      locationIds.push(locationId);
    }
    const datastreamIds: number[] = [];
    for (const datastream of thing.Datastreams) datastreamIds.push(await insertDatastream(trx, { ...datastream, Thing: { '@iot.id': Number(thingId) } }));
    return { thingId: Number(thingId), locationIds, datastreamIds };
  });
}

/** Creates one Datastream (its Thing referenced; Sensor and ObservedProperty new or referenced). */
export async function createDatastream(knex: Knex, body: unknown): Promise<number> {
  const parsed = DatastreamInput.safeParse(body);
  if (!parsed.success) throw new DataError(`sensorthings: the Datastream is not valid: ${zodProblem(parsed.error)}`);
  if (!parsed.data.Thing) throw new DataError('sensorthings: a Datastream needs its Thing: {"Thing": {"@iot.id": …}}');
  return knex.transaction((trx) => insertDatastream(trx, parsed.data));
}

async function insertDatastream(trx: Knex.Transaction, datastream: DatastreamInput): Promise<number> {
  const thingId = await existing(trx, 'sensor_things', 'Thing', datastream.Thing!['@iot.id']);
  const sensor = datastream.Sensor;
  const sensorId = isReference(sensor)
    ? await existing(trx, 'sensor_sensors', 'Sensor', sensor['@iot.id'])
    : Number((await trx('sensor_sensors').insert({ name: sensor.name, description: sensor.description, encoding_type: sensor.encodingType, metadata: sensor.metadata, properties: JSON.stringify(sensor.properties ?? {}) }).returning('id'))[0].id);
  const property = datastream.ObservedProperty;
  const propertyId = isReference(property)
    ? await existing(trx, 'sensor_observed_properties', 'ObservedProperty', property['@iot.id'])
    : Number((await trx('sensor_observed_properties').insert({ name: property.name, definition: property.definition, description: property.description, properties: JSON.stringify(property.properties ?? {}) }).returning('id'))[0].id);
  const [{ id }] = await trx('sensor_datastreams')
    .insert({
      name: datastream.name,
      description: datastream.description,
      unit_of_measurement: JSON.stringify(datastream.unitOfMeasurement),
      observation_type: datastream.observationType,
      properties: JSON.stringify(datastream.properties ?? {}),
      thing_id: thingId,
      sensor_id: sensorId,
      observed_property_id: propertyId,
    })
    .returning('id');
  return Number(id);
}

async function existing(trx: Knex.Transaction, table: string, entity: string, id: number): Promise<number> {
  const row = await trx(table).where({ id }).first('id');
  if (!row) throw new DataError(`sensorthings: there is no ${entity} with @iot.id ${id}; create it first or send it whole`);
  return Number(row.id);
}
