/**
 * How measured and required values read in the outputs. Numbers keep up to six decimals: a
 * coarser rounding could print a failing 2500.0004 m² as "2500", which reads as a pass.
 */
import type { ReviewValue } from '@cimtwin/schemas';
import type { ReviewLabels } from './review-labels.ts';

/** A number without float noise (0.30000000000000004 → "0.3") and without exponent below 1e21. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toFixed(6));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** A measured value with its unit; missing values read "(missing)". */
export function formatMeasured(value: ReviewValue, unit: string | null, labels: ReviewLabels): string {
  if (value === null) return labels.missingValue;
  if (typeof value === 'boolean') return value ? labels.yes : labels.no;
  if (typeof value === 'number') return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
  return value;
}

/** A required value (already text, e.g. "≤ 2500") with its unit. */
export function formatRequired(required: string, unit: string | null): string {
  return unit && required.trim() !== '' && required !== '—' ? `${required} ${unit}` : required;
}
