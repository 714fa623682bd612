// One canonical written form per element value, so that a parse and a hand-labelled address
// compare equal when they mean the same: the text normalisation of the parser, then for the
// numbered levels the value their rule gives (5~21号 -> 5-21号, No.33 -> 33号, 15甲 -> 15甲号,
// 3# -> 3号楼, 12楼 / F12 -> 12层, 1201 / 1201户 -> 1201室). A value a rule does not read whole
// is kept as normalised text.
import type { AddressLevel } from '@cimtwin/schemas';
import { matchBuilding, matchFloor, matchRoom, matchUnit } from './match-building-parts.ts';
import { matchDoorPlate } from './match-door-plate.ts';
import type { RuleMatch } from './match-street-elements.ts';
import { normalizeAddressText } from './normalize-address-text.ts';

const RULES: Partial<Record<AddressLevel, (text: string) => RuleMatch | null>> = {
  roadNo: (text) => matchDoorPlate(text, 0, true),
  building: (text) => matchBuilding(text, 0),
  unit: (text) => matchUnit(text, 0),
  floor: (text) => matchFloor(text, 0),
  room: (text) => matchRoom(text, 0, { withNumberSign: true, bareAllowed: () => true }),
};

/** The canonical form of an element value of `level` (see the file note). */
export function normalizeElementValue(level: AddressLevel, value: string): string {
  const text = normalizeAddressText(value).text;
  const rule = RULES[level];
  const read = rule?.(text);
  return read && read.end === text.length ? read.value : text;
}
