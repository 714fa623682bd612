import { DataError } from '@cimtwin/schemas';
import type { UserPlacement } from './resolve-georeference.ts';

/** Reads `--origin lon,lat[,height]` and `--rotation deg`. */
export function parsePlacement(origin: string | undefined, rotation: string | undefined): UserPlacement | undefined {
  if (origin === undefined) {
    if (rotation !== undefined) throw new DataError('placement: --rotation needs --origin lon,lat,height');
    return undefined;
  }
  const parts = origin.split(',').map(Number);
  if ((parts.length !== 2 && parts.length !== 3) || parts.some((n) => !Number.isFinite(n)) || Math.abs(parts[0]) > 180 || Math.abs(parts[1]) > 90) {
    throw new DataError(`placement: --origin "${origin}" is not lon,lat[,height] in degrees and metres, e.g. --origin 121.4990,31.2397,4`);
  }
  const rotationDeg = rotation === undefined ? 0 : Number(rotation);
  if (!Number.isFinite(rotationDeg)) throw new DataError(`placement: --rotation "${rotation}" is not a number of degrees`);
  return { origin: [parts[0], parts[1], parts[2] ?? 0], rotationDeg };
}
