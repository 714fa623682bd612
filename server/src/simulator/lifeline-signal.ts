/**
 * Values of simulated lifeline sensors as a pure function of time, so a restart, a backfill and
 * the live feed agree on what a sensor read at any instant. Each sensor kind has a baseline
 * with noise, and episodes: in every half-hour slot a sensor may have one (a gas build-up in a
 * well, a cover knocked askew, a cloudburst flooding a low point, a main burst dropping the
 * pressure), ramping up, holding and decaying again, with a peak drawn from a range that
 * reaches the default alarm thresholds some of the time and not always.
 */

export const LIFELINE_KINDS = ['combustible-gas', 'manhole-cover', 'waterlogging', 'water-pressure'] as const;
export type LifelineKind = (typeof LIFELINE_KINDS)[number];

interface KindSignal {
  /** Baseline at time t (ms) with noise u in [0, 1). */
  baseline(t: number, u: number): number;
  /** Chance of an episode per half-hour slot. */
  chance: number;
  /** Peak range [low, high] added to (or, negative, taken from) the baseline. */
  peak: [number, number];
  /** Ramp, hold and decay, minutes. */
  shape: [number, number, number];
  digits: number;
  min: number;
}

const SLOT_MS = 30 * 60_000;

const SIGNALS: Record<LifelineKind, KindSignal> = {
  'combustible-gas': { baseline: (_t, u) => 0.5 + 2 * u, chance: 0.12, peak: [15, 70], shape: [6, 10, 6], digits: 1, min: 0 },
  'manhole-cover': { baseline: (_t, u) => 0.3 + 0.6 * u, chance: 0.05, peak: [4, 30], shape: [1, 20, 1], digits: 1, min: 0 },
  waterlogging: { baseline: () => 0, chance: 0.06, peak: [4, 38], shape: [12, 10, 15], digits: 0, min: 0 },
  'water-pressure': {
    baseline: (t, u) => 0.3 + 0.03 * Math.sin(((t / 3_600_000 + 8) / 24) * 2 * Math.PI) + 0.01 * (u - 0.5),
    chance: 0.05,
    peak: [-0.25, -0.12],
    shape: [2, 12, 4],
    digits: 3,
    min: 0,
  },
};

/** The reading of sensor `seed` (any integer) of `kind` at `t` (ms since the epoch). */
export function lifelineValue(kind: LifelineKind, seed: number, t: number): number {
  const signal = SIGNALS[kind];
  let value = signal.baseline(t, unit(seed, Math.floor(t / 5000)));
  // An episode may still be running from the slot before.
  const slot = Math.floor(t / SLOT_MS);
  for (const s of [slot - 1, slot]) value += episode(signal, seed, s, t);
  const factor = 10 ** signal.digits;
  return Math.round(Math.max(signal.min, value) * factor) / factor;
}

function episode(signal: KindSignal, seed: number, slot: number, t: number): number {
  if (unit(seed * 7 + 1, slot) >= signal.chance) return 0;
  const start = slot * SLOT_MS + unit(seed * 7 + 2, slot) * SLOT_MS;
  const [ramp, hold, decay] = signal.shape.map((minutes) => minutes * 60_000);
  const peak = signal.peak[0] + unit(seed * 7 + 3, slot) * (signal.peak[1] - signal.peak[0]);
  const dt = t - start;
  if (dt < 0 || dt > ramp + hold + decay) return 0;
  if (dt < ramp) return (peak * dt) / ramp;
  if (dt < ramp + hold) return peak;
  return peak * (1 - (dt - ramp - hold) / decay);
}

/** A uniform number in [0, 1) from two integers (a 32-bit integer hash). */
export function unit(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}
