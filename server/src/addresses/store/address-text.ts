import { ADDRESS_LEVELS, type AddressElements, type AddressLevel } from '@cimtwin/schemas';

/** Levels written in the label: from the road (or the development zone or POI) down. */
const LABEL_LEVELS: readonly AddressLevel[] = ['road', 'roadNo', 'poi', 'building', 'unit', 'floor', 'room'];

/**
 * Every element written together in order, a municipality's city not repeated
 * (上海市黄浦区…, not 上海市上海市黄浦区…).
 */
export function fullAddressText(elements: AddressElements): string {
  const parts: string[] = [];
  for (const level of ADDRESS_LEVELS) {
    const value = elements[level];
    if (!value) continue;
    if (level === 'city' && value === elements.province) continue;
    parts.push(value);
  }
  return parts.join('');
}

/** The part people say: from the road down, or from the POI when there is no road. */
export function addressLabel(elements: AddressElements): string {
  const label = LABEL_LEVELS.map((level) => elements[level] ?? '').join('');
  if (label) return label;
  return elements.devzone ?? elements.community ?? elements.town ?? elements.district ?? elements.city ?? elements.province ?? '';
}
