import { DIVISION_LEVELS, type AddressElements } from '@cimtwin/schemas';
import type { AddressGazetteer } from '../parse/address-gazetteer.ts';
import { parseAddress } from '../parse/parse-address.ts';
import type { DivisionResolver } from './import-addresses.ts';

/**
 * A DivisionResolver on the gazetteer: the division names of a row are parsed together
 * (上海市黄浦区外滩街道, or 浦东 alone), the official names of what was found replace what was
 * written (浦东 → 浦东新区) and the levels above are filled in; the deepest code found is the
 * row's division code. A written name the gazetteer does not know is kept, with a warning.
 */
export function divisionResolver(gazetteer: AddressGazetteer): DivisionResolver {
  const cache = new Map<string, ReturnType<DivisionResolver>>();
  return (elements: AddressElements) => {
    const written = DIVISION_LEVELS.map((level) => elements[level] ?? '').join('');
    let found = cache.get(written);
    if (!found) {
      const parsed = parseAddress(written, gazetteer);
      const divisions: AddressElements = {};
      for (const level of DIVISION_LEVELS) {
        const value = parsed.elements[level] ?? elements[level];
        if (value) divisions[level] = value;
      }
      const codes = parsed.codes;
      const unknown = DIVISION_LEVELS.filter((level) => elements[level] && !parsed.elements[level]);
      found = {
        elements: divisions,
        divisionCode: codes.community ?? codes.town ?? codes.district ?? codes.city ?? codes.province ?? null,
        warning: unknown.length > 0 ? `${unknown.map((level) => elements[level]).join(', ')} not found among the administrative divisions; kept as written` : undefined,
      };
      cache.set(written, found);
    }
    return { ...found, elements: { ...elements, ...found.elements } };
  };
}
