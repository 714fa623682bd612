import type { AddressLevel } from '../api/address-types.ts';
import { label, type LabelKey, type Language } from '../i18n/labels.ts';

const LEVEL_LABELS: Record<AddressLevel, LabelKey> = {
  province: 'levelProvince',
  city: 'levelCity',
  district: 'levelDistrict',
  town: 'levelTown',
  community: 'levelCommunity',
  devzone: 'levelDevzone',
  road: 'levelRoad',
  roadNo: 'levelRoadNo',
  poi: 'levelPoi',
  building: 'levelBuilding',
  unit: 'levelUnit',
  floor: 'levelFloor',
  room: 'levelRoom',
};

/** The name of an address element level, e.g. 门牌号 for roadNo; an unknown level keeps its own name. */
export function addressLevelLabel(language: Language, level: string): string {
  const key = LEVEL_LABELS[level as AddressLevel];
  return key ? label(language, key) : level;
}
