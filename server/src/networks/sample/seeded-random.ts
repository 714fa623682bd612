import { mulberry32 } from '../graph/generate-grid-network.ts';

/** A deterministic source of numbers in [0, 1); the same seed gives the same sequence. */
export type Random = () => number;

/**
 * mulberry32 (shared with the generated test grids): Math.random is never used, so a generator
 * run is reproducible byte for byte.
 */
export function createSeededRandom(seed: number): Random {
  return mulberry32(seed);
}

/**
 * A random source derived from a seed and a key (an OSM id, a system code), so that a draw for
 * one street does not shift when another street is added or removed.
 */
export function randomFor(seed: number, key: string | number): Random {
  let hash = 2166136261 ^ seed;
  for (const char of String(key)) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return createSeededRandom(hash);
}

/** One element of `items`, drawn with `random`. */
export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.min(items.length - 1, Math.floor(random() * items.length))];
}

/** An integer in [min, max], both included. */
export function randomInteger(random: Random, min: number, max: number): number {
  return min + Math.min(max - min, Math.floor(random() * (max - min + 1)));
}
