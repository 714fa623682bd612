// Storey heights and whether a storey is below ground, from the storey elevations of the
// import summary and the vertical extent of the elements on each storey.
//
// GB 50016-2014 2.1.6 / 2.1.7: a room whose floor lies below the outdoor design ground by more
// than 1/3 of its clear height is a semi-basement (半地下室), by more than 1/2 a basement
// (地下室). The storey height (floor to floor) stands in for the clear height, which the
// model does not give per room; that reads a storey as slightly less underground.

/** Where a storey stands relative to the outdoor design ground. */
export type StoreyLocation = 'above-ground' | 'semi-basement' | 'basement';

/** One storey with its height and location. */
export interface StoreyLevel {
  globalId: string;
  name: string | null;
  /** Floor level, model metres. */
  elevation: number;
  /** Floor to floor (the top storey: floor to the top of its elements), m; 0 when unknown. */
  height: number;
  location: StoreyLocation;
}

/** A storey as the import summary lists it. */
export interface StoreyInput {
  globalId: string;
  name: string | null;
  elevation: number | null;
}

/**
 * Levels of the storeys, lowest first. A storey without elevation takes the lowest bottom of its
 * elements; one with neither is left out.
 */
export function describeStoreyLevels(
  storeys: readonly StoreyInput[],
  elementRanges: ReadonlyMap<string, { minZ: number; maxZ: number }>,
  groundElevation: number,
): StoreyLevel[] {
  const placed = storeys
    .map((s) => ({ ...s, elevation: s.elevation ?? elementRanges.get(s.globalId)?.minZ ?? null }))
    .filter((s): s is StoreyInput & { elevation: number } => s.elevation !== null)
    .sort((a, b) => a.elevation - b.elevation);
  return placed.map((storey, i) => {
    const next = placed[i + 1];
    const top = elementRanges.get(storey.globalId)?.maxZ;
    const height = next ? next.elevation - storey.elevation : top !== undefined ? Math.max(0, top - storey.elevation) : 0;
    return { globalId: storey.globalId, name: storey.name, elevation: storey.elevation, height, location: storeyLocation(storey.elevation, height, groundElevation) };
  });
}

/** Basement, semi-basement or above ground, by how deep the floor lies under the outdoor ground. */
export function storeyLocation(elevation: number, height: number, groundElevation: number): StoreyLocation {
  const depth = groundElevation - elevation;
  if (depth <= 1e-6 || height <= 0) return 'above-ground';
  if (depth > height / 2) return 'basement';
  if (depth > height / 3) return 'semi-basement';
  return 'above-ground';
}

/** GB/T 50353-2013 3.0.1: full area at a storey height of 2.20 m and more, half below. */
export function floorAreaFactor(storeyHeight: number, fullAreaHeight = 2.2): number {
  return storeyHeight >= fullAreaHeight - 1e-6 ? 1 : 0.5;
}
