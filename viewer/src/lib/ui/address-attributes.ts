import type { StandardAddress } from '../api/address-types.ts';
import { label, type Language } from '../i18n/labels.ts';
import { addressRows } from './address-rows.ts';
import { createElement } from './create-element.ts';

/**
 * A standard address in the attribute panel: code, full text and level, each element under its
 * level name (`address-element-{level}`), aliases and source.
 */
export function addressAttributes(address: StandardAddress, language: Language): HTMLElement {
  const rows = addressRows(address, language).map((row) =>
    createElement('tr', { testId: `address-${row.key}` }, [
      createElement('th', { scope: 'row' }, [row.label]),
      createElement('td', {}, [row.value]),
    ]),
  );
  return createElement('div', { className: 'cimtwin-address', testId: 'address-details', 'data-code': address.code, 'data-level': address.level }, [
    createElement('h3', {}, [label(language, 'addressDetails')]),
    createElement('table', { className: 'cimtwin-attributes' }, [createElement('tbody', {}, rows)]),
  ]);
}
