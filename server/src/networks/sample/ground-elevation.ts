import { createSeededRandom } from './seeded-random.ts';

/** Ground elevation in metres (Wusong datum) at a projected point. */
export type GroundElevation = (x: number, y: number) => number;

/**
 * A smooth, gently undulating ground between 3.8 and 4.6 m (Wusong datum, the Shanghai city
 * datum; Lujiazui and the Bund lie at about 4 m): three long sine waves with seeded phases.
 * Smoothness matters more than realism: neighbouring manholes differ by centimetres.
 */
export function createGroundElevation(seed: number): GroundElevation {
  const random = createSeededRandom(seed);
  const phases = [random(), random(), random()].map((p) => p * 2 * Math.PI);
  return (x, y) => {
    const z = 4.2 + 0.2 * Math.sin(x / 270 + phases[0]) + 0.14 * Math.sin(y / 210 + phases[1]) + 0.08 * Math.sin((x + y) / 115 + phases[2]);
    return Math.min(4.6, Math.max(3.8, z));
  };
}
