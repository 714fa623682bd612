import type { AddressLevel } from '../api/address-types.ts';
import { label, type LabelKey, type Language } from '../i18n/labels.ts';

/** The levels counted under a building's addresses, with the label of one and of many. */
const COUNTED_LEVELS: [AddressLevel, LabelKey, LabelKey][] = [
  ['unit', 'unitOne', 'unitMany'],
  ['room', 'roomOne', 'roomMany'],
];

/**
 * How many units and rooms a building's addresses hold, e.g. `3 单元 · 120 户室` or
 * `1 unit · 120 rooms`; levels without any are left out, and undefined when neither has any.
 */
export function addressCountsText(counts: Partial<Record<AddressLevel, number>>, language: Language): string | undefined {
  const parts = COUNTED_LEVELS.flatMap(([level, one, many]) => {
    const count = counts[level] ?? 0;
    return count > 0 ? [`${count} ${label(language, count === 1 ? one : many)}`] : [];
  });
  return parts.length > 0 ? parts.join(' · ') : undefined;
}
