import { ADDRESS_LEVELS, type StandardAddress } from '../api/address-types.ts';
import { label, type Language } from '../i18n/labels.ts';
import { addressLevelLabel } from './address-labels.ts';

/** One row of an address in the attribute panel. */
export interface AddressRow {
  /** `code`, `full-text`, `level`, `element-{level}`, `aliases` or `source`; the row's `data-testid` is `address-{key}`. */
  key: string;
  /** Translated label. */
  label: string;
  /** Display text of the value. */
  value: string;
}

/**
 * The rows of a standard address: its code, full text and level, then each element in written
 * order (province down to room) under its level name, then aliases and source.
 */
export function addressRows(address: StandardAddress, language: Language): AddressRow[] {
  const elements = ADDRESS_LEVELS.flatMap((level) => {
    const value = address.elements[level];
    return value ? [{ key: `element-${level}`, label: addressLevelLabel(language, level), value }] : [];
  });
  return [
    { key: 'code', label: label(language, 'addressCode'), value: address.code },
    { key: 'full-text', label: label(language, 'fullAddress'), value: address.fullText },
    { key: 'level', label: label(language, 'addressLevel'), value: addressLevelLabel(language, address.level) },
    ...elements,
    { key: 'aliases', label: label(language, 'aliases'), value: address.aliases.length > 0 ? address.aliases.join(language === 'zh' ? '、' : ', ') : '—' },
    { key: 'source', label: label(language, 'addressSource'), value: address.source || '—' },
  ];
}
