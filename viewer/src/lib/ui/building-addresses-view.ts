import type { AddressLevel, StandardAddress } from '../api/address-types.ts';
import { label, type LabelKey, type Language } from '../i18n/labels.ts';
import type { FeatureKey } from '../picking/feature-key.ts';
import { addressCountsText } from './address-counts-text.ts';
import { addressLevelLabel } from './address-labels.ts';
import { createElement } from './create-element.ts';

/** The standard addresses of the selected building: being read, read, or not readable. */
export type BuildingAddressesSection =
  | { key: FeatureKey; status: 'loading' }
  | { key: FeatureKey; status: 'shown'; addresses: StandardAddress[]; counts: Partial<Record<AddressLevel, number>> }
  | { key: FeatureKey; status: 'failed'; error: string };

/**
 * The 标准地址 section under a building's attributes: how many units and rooms it holds, then
 * each door plate, POI and building address by label and code; a click picks the address.
 * A failed read says so in a line, with the reason as its tooltip.
 */
export function buildingAddressesView(section: BuildingAddressesSection, language: Language, pick: (code: string) => void): HTMLElement {
  const t = (key: LabelKey) => label(language, key);
  const hint = (key: LabelKey, title?: string) => createElement('p', { className: 'cimtwin-hint', title }, [t(key)]);
  const parts: (HTMLElement | undefined)[] = [];
  if (section.status === 'loading') parts.push(hint('loading'));
  if (section.status === 'failed') parts.push(hint('buildingAddressesFailed', section.error));
  if (section.status === 'shown') {
    const counts = addressCountsText(section.counts, language);
    if (counts) parts.push(createElement('p', { className: 'cimtwin-address-counts', testId: 'building-address-counts' }, [counts]));
    if (section.addresses.length === 0) parts.push(hint('noBuildingAddresses'));
    else parts.push(createElement('ul', { className: 'cimtwin-building-address-list' }, section.addresses.map((address) => entry(address, language, pick))));
  }
  return createElement('section', { className: 'cimtwin-building-addresses', testId: 'building-addresses', 'data-status': section.status }, [
    createElement('h3', {}, [t('standardAddresses')]),
    ...parts,
  ]);
}

function entry(address: StandardAddress, language: Language, pick: (code: string) => void): HTMLElement {
  const button = createElement('button', { type: 'button', className: 'cimtwin-building-address', testId: 'building-address', 'data-code': address.code, title: address.fullText }, [
    createElement('strong', {}, [address.label || address.fullText]),
    createElement('span', { className: 'cimtwin-address-level' }, [addressLevelLabel(language, address.level)]),
    createElement('small', {}, [address.code]),
  ]);
  button.addEventListener('click', () => pick(address.code));
  return createElement('li', {}, [button]);
}
