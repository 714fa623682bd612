/**
 * Options of the pipe-network mesh source (see create-pipe-mesh-source.ts) and their defaults.
 */
import type { PipeColourOverrides } from './pipe-colours.ts';

/** Maps a network point (x, y in the network's CRS, z elevation in metres) to the local model frame (east, north, up metres). */
export type ToLocal = (x: number, y: number, z: number) => [number, number, number];

/** Database row ids of the elements to draw; elements without one are left out. */
export interface PipeRowIds {
  links: ReadonlyMap<string, number>;
  nodes?: ReadonlyMap<string, number>;
}

/** Facts the placed network does not carry, looked up by id (e.g. from the source network). */
export interface PipeDetails {
  /** Material of a link. */
  linkMaterial?(linkId: string): string | null | undefined;
  /** Inside diameter of a shaft (manhole, well) in metres. */
  shaftDiameter?(nodeId: string): number | null | undefined;
}

/** Options of `createPipeMeshSource`. */
export interface PipeMeshOptions {
  /** Network point to model frame; see `localFrame`. */
  toLocal: ToLocal;
  rowIds: PipeRowIds;
  /** Colours replacing CJJ 61 ones, by `'PS'` or `'PS.YS'`. */
  colours?: PipeColourOverrides;
  /** Vertices round a tube or shaft: a number, or a function of the diameter (m). */
  segmentsPerCircle?: number | ((diameter: number) => number);
  /** Draw a ball at junctions and fittings (default: nothing, the pipes meet). */
  showFittings?: boolean;
  /** Bends sharper than this (degrees) get a round joint instead of a mitre; default 60. */
  roundJointAngle?: number;
  /** How far below the ground shafts stop (m), so they do not flicker against the terrain; default 0.05. */
  groundClearance?: number;
  /** How far above the ground hydrants stand (m); default 0.6. */
  hydrantHeight?: number;
  details?: PipeDetails;
}

/** Defaults of the scalar {@link PipeMeshOptions}, and the sizes of structures. */
export const PIPE_MESH_DEFAULTS = Object.freeze({
  showFittings: false,
  roundJointAngle: 60,
  groundClearance: 0.05,
  hydrantHeight: 0.6,
  /** Shaft diameter (m) of a manhole or well without a surveyed one. */
  shaftDiameter: 1.0,
  /** Shaft diameter (m) of a small, shallow one: pipes up to 0.3 m, depth up to 1.5 m. */
  smallShaftDiameter: 0.7,
  /** Diameter (m) of a hydrant barrel. */
  hydrantDiameter: 0.2,
});

/** Vertices round a circle of `diameter` metres: 8 below 0.2 m, 12 up to 0.6 m, 16 above. */
export function segmentsForDiameter(diameter: number): number {
  if (diameter < 0.2) return 8;
  if (diameter <= 0.6) return 12;
  return 16;
}

/** The ring resolution the options ask for, at least 3. */
export function segmentsFor(options: Pick<PipeMeshOptions, 'segmentsPerCircle'>, diameter: number): number {
  const chosen = options.segmentsPerCircle;
  const value = typeof chosen === 'number' ? chosen : chosen ? chosen(diameter) : segmentsForDiameter(diameter);
  return Math.max(3, Math.round(value));
}
