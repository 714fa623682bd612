export { ADDRESS_LEVELS, AddressLevel, DIVISION_LEVELS, addressLevelRank, ADDRESS_LEVEL_NAMES } from './address-levels.ts';
export type { DivisionLevel } from './address-levels.ts';
export { AddressElements, DivisionCodes, ElementSource, ParsedElement, ParsedAddress } from './address-elements.ts';
export { StandardAddress } from './standard-address.ts';
