import type { Knex } from 'knex';
import { DataError, type StandardAddress } from '@cimtwin/schemas';
import { ADDRESS_COLUMNS, toStandardAddress, type AddressRow } from '../store/read-addresses.ts';

/** The door plate nearest a point, its distance, and the building it belongs to. */
export interface ReverseGeocodeResult {
  address: StandardAddress;
  /** Metres from the point to the door plate. */
  distance: number;
  building: { layerId: string; featureId: number; contains: boolean } | null;
}

export const REVERSE_DEFAULTS = { radius: 100, maxRadius: 5000 } as const;

/**
 * Reverse geocoding: the nearest door plate (or POI) within `radius` metres of a point. A
 * door plate whose building contains the point wins over a nearer one across the street,
 * since someone who clicks inside a building means that building. Undefined when none is near.
 */
export async function reverseGeocode(knex: Knex, lon: number, lat: number, radius: number = REVERSE_DEFAULTS.radius): Promise<ReverseGeocodeResult | undefined> {
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || lon < -180 || lon > 180 || lat < -90 || lat > 90) {
    throw new DataError(`address-reverse: lon ${lon}, lat ${lat} is not a WGS 84 position; give lon in [-180, 180] and lat in [-90, 90]`);
  }
  if (!Number.isFinite(radius) || radius <= 0 || radius > REVERSE_DEFAULTS.maxRadius) {
    throw new DataError(`address-reverse: radius ${radius} m is out of range; give 0 < radius <= ${REVERSE_DEFAULTS.maxRadius}`);
  }
  const result = await knex.raw(
    `WITH p AS (SELECT ST_SetSRID(ST_MakePoint(?, ?), 4326) AS g),
     near AS (
       SELECT a.*, ST_Distance(a.geom::geography, p.g::geography) AS distance
       FROM standard_addresses a, p
       WHERE a.level IN ('roadNo', 'poi') AND a.geom IS NOT NULL
         AND a.geom && ST_Expand(p.g, ? / (111320.0 * greatest(cos(radians(ST_Y(p.g))), 0.01))) ORDER BY a.geom <-> p.g LIMIT 50)
     SELECT ${ADDRESS_COLUMNS}, a.distance,
       EXISTS (SELECT 1 FROM features f, p WHERE f.layer_id = a.building_layer_id AND f.source_id = a.building_source_id AND ST_Intersects(f.geom, p.g)) AS contains
     FROM near a WHERE a.distance <= ?
     ORDER BY contains DESC, a.distance, a.level_rank LIMIT 1`,
    [lon, lat, radius, radius],
  );
  const row = result.rows[0] as (AddressRow & { distance: number; contains: boolean }) | undefined;
  if (!row) return undefined;
  const address = toStandardAddress(row);
  return {
    address,
    distance: Math.round(Number(row.distance) * 10) / 10,
    building: address.building ? { ...address.building, contains: Boolean(row.contains) } : null,
  };
}
