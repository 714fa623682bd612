import type { AddressElements, AddressLevel } from '../api/address-types.ts';

/** Levels written in the label: from the road down. */
const LABEL_LEVELS: readonly AddressLevel[] = ['road', 'roadNo', 'poi', 'building', 'unit', 'floor', 'room'];

/**
 * The part of an address people say, from the road down (中山东一路18号), or the deepest area
 * when there is no road. Suggestions carry it from the server; a full StandardAddress does not,
 * so the viewer writes it the same way the server does.
 */
export function addressLabel(elements: AddressElements): string {
  const label = LABEL_LEVELS.map((level) => elements[level] ?? '').join('');
  if (label) return label;
  return elements.devzone ?? elements.community ?? elements.town ?? elements.district ?? elements.city ?? elements.province ?? '';
}
