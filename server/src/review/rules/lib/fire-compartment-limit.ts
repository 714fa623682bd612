import type { BuildingClass } from '@cimtwin/schemas';
import type { StoreyLocation } from './storey-levels.ts';

/** The limits of GB 50016-2014 Table 5.3.1 / GB 55037-2022 4.3.16, as the pack parameters give them. */
export interface CompartmentLimits {
  maxAreaHighRise: number;
  maxAreaRating12: number;
  maxAreaRating3: number;
  maxAreaRating4: number;
  maxAreaUnderground: number;
  maxAreaUndergroundEquipment: number;
  sprinklerFactor: number;
}

/** What decides a compartment's limit. */
export interface CompartmentSituation {
  location: StoreyLocation;
  buildingClass: BuildingClass;
  fireResistanceRating: '1-2' | '3' | '4';
  sprinklers: boolean;
  /** A basement compartment of equipment rooms (设备用房). */
  equipment: boolean;
}

/** The largest allowed area of a compartment (m²) and the row of the table it came from. */
export function fireCompartmentLimit(situation: CompartmentSituation, limits: CompartmentLimits): { limit: number; basis: string } {
  let base: number;
  let row: string;
  if (situation.location !== 'above-ground') {
    base = situation.equipment ? limits.maxAreaUndergroundEquipment : limits.maxAreaUnderground;
    row = situation.equipment ? '地下或半地下设备用房' : '地下或半地下建筑（室）';
  } else if (situation.buildingClass === 'high-rise') {
    base = limits.maxAreaHighRise;
    row = '高层民用建筑';
  } else if (situation.fireResistanceRating === '1-2') {
    base = limits.maxAreaRating12;
    row = '单、多层民用建筑 一、二级';
  } else if (situation.fireResistanceRating === '3') {
    base = limits.maxAreaRating3;
    row = '单、多层民用建筑 三级';
  } else {
    base = limits.maxAreaRating4;
    row = '单、多层民用建筑 四级';
  }
  if (!situation.sprinklers) return { limit: base, basis: `${row} ${base} m²` };
  const limit = base * limits.sprinklerFactor;
  return { limit, basis: `${row} ${base} m² × ${limits.sprinklerFactor} (全部设置自动灭火系统)` };
}
