import { z } from 'zod';

// Gas pipes are graded by design pressure (GB 50028 城镇燃气设计规范 6.1.6): 低压 below 0.01 MPa,
// 中压B to 0.2, 中压A to 0.4, 次高压B to 0.8, 次高压A to 1.6, 高压B to 2.5, 高压A to 4.0 MPa.
// Surveys record 压力 as a class name ("中压A"), a bare grade ("中压", which leaves A or B open)
// or a figure ("0.4MPa", "5kPa"), so reading one gives the set of classes it can mean.

/** Gas pressure classes, lowest first. */
export const GAS_PRESSURE_CLASSES = ['low', 'medium-B', 'medium-A', 'sub-high-B', 'sub-high-A', 'high-B', 'high-A'] as const;
export const GasPressureClass = z.enum(GAS_PRESSURE_CLASSES);
export type GasPressureClass = z.infer<typeof GasPressureClass>;

/** Upper bound of each class in MPa (a class runs from the previous bound, exclusive, to its own). */
const UPPER_MPA: Record<GasPressureClass, number> = {
  low: 0.01,
  'medium-B': 0.2,
  'medium-A': 0.4,
  'sub-high-B': 0.8,
  'sub-high-A': 1.6,
  'high-B': 2.5,
  'high-A': 4.0,
};

const NAMES: [RegExp, GasPressureClass[]][] = [
  [/^(次高压|sub-?high|shp)\s*-?a(级)?$/, ['sub-high-A']],
  [/^(次高压|sub-?high|shp)\s*-?b(级)?$/, ['sub-high-B']],
  [/^(次高压|sub-?high|shp)$/, ['sub-high-B', 'sub-high-A']],
  [/^(高压|high|hp)\s*-?a(级)?$/, ['high-A']],
  [/^(高压|high|hp)\s*-?b(级)?$/, ['high-B']],
  [/^(高压|high|hp)$/, ['high-B', 'high-A']],
  [/^(中压|medium|mp)\s*-?a(级)?$/, ['medium-A']],
  [/^(中压|medium|mp)\s*-?b(级)?$/, ['medium-B']],
  [/^(中压|medium|mp)$/, ['medium-B', 'medium-A']],
  [/^(低压|low|lp)$/, ['low']],
];

/**
 * The classes a surveyed 压力 value can mean: one class for "中压A" or "0.3MPa", two for "中压",
 * none when the text is empty or not understood (then the class is unknown).
 */
export function gasPressureClasses(text: string | null | undefined): GasPressureClass[] {
  if (text === null || text === undefined) return [];
  const value = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (value === '') return [];
  for (const [pattern, classes] of NAMES) if (pattern.test(value)) return classes;
  const figure = /^(\d+(?:\.\d+)?)\s*(mpa|kpa|pa)?$/.exec(value);
  if (!figure) return [];
  const scale = figure[2] === 'kpa' ? 0.001 : figure[2] === 'pa' ? 1e-6 : 1;
  const mpa = Number(figure[1]) * scale;
  if (mpa < UPPER_MPA.low) return ['low'];
  const found = GAS_PRESSURE_CLASSES.find((name) => name !== 'low' && mpa <= UPPER_MPA[name]);
  return found ? [found] : [];
}
