import type { ReviewFinding } from '../api/review-types.ts';
import { label, type Language } from '../i18n/labels.ts';

/** A measured value for the panel: missing as `—`, numbers to three decimals, with the unit. */
export function formatMeasured(finding: Pick<ReviewFinding, 'measured' | 'unit'>, language: Language): string {
  const { measured, unit } = finding;
  if (measured === null || measured === '') return '—';
  if (typeof measured === 'boolean') return label(language, measured ? 'yes' : 'no');
  if (typeof measured === 'number') return withUnit(String(Math.round(measured * 1000) / 1000), unit);
  return withUnit(measured, unit);
}

/** A required value for the panel, with the unit (`≥ 0.9 m`); `—` when the rule asks nothing measurable. */
export function formatRequired(finding: Pick<ReviewFinding, 'required' | 'unit'>): string {
  if (finding.required === '' || finding.required === '—') return '—';
  return withUnit(finding.required, finding.unit);
}

function withUnit(text: string, unit: string | null): string {
  return unit ? `${text} ${unit}` : text;
}
