import { label, propertyLabel, type Language } from '../i18n/labels.ts';

/** One row of the attribute panel. */
export interface AttributeRow {
  /** Property name as the API spells it. */
  key: string;
  /** Translated label. */
  label: string;
  /** Display text of the value. */
  value: string;
}

/** Properties shown first, in this order; the rest follow in the order the API sent them. */
export const LEADING_PROPERTIES: readonly string[] = ['name', 'height', 'kind'];

/** The attribute panel rows of a feature's properties: name, height and kind first. */
export function attributeRows(
  properties: Readonly<Record<string, unknown>>,
  language: Language,
): AttributeRow[] {
  const others = Object.keys(properties).filter((key) => !LEADING_PROPERTIES.includes(key));
  return [...LEADING_PROPERTIES, ...others].map((key) => ({
    key,
    label: propertyLabel(language, key),
    value: formatValue(key, properties[key], language),
  }));
}

/** Display text of one property value. */
export function formatValue(key: string, value: unknown, language: Language): string {
  if (value === null || value === undefined || value === '') {
    if (key === 'name') return label(language, 'unnamed');
    if (key === 'height') return label(language, 'unknownHeight');
    return '—';
  }
  if (key === 'height' && typeof value === 'number') {
    const rounded = Math.round(value * 10) / 10;
    return `${rounded} ${label(language, 'metres')}`;
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
