/** A deterministic source of numbers in [0, 1); the same seed gives the same sequence. */
export type Random = () => number;

/**
 * mulberry32: a 32-bit state, fast and well enough distributed for picking sizes and years.
 * Math.random is never used, so a generator run is reproducible byte for byte.
 */
export function createSeededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
