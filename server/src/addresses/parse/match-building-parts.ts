// Rules for what is inside a compound: building (3号楼, 3幢, 3栋, A座, 3#), unit (2单元),
// floor (12层, 12楼, F12, 12F, B1) and room (1201室, 1201户, 1201房, a bare 1201 at the end),
// plus the northern shorthand 5-2-301 (building 5, unit 2, room 301).
// Values: a building keeps the word it is posted with (幢, 栋, 座, 号楼; 3# becomes 3号楼),
// since the standard address library records buildings by their posted names; floors are always
// N层 (basements BN层) and rooms N室, because 楼/F and 户/房 are notations of the same thing.
import type { RuleMatch } from './match-street-elements.ts';

const ID = '[A-Za-z]?\\d+[A-Za-z]?';
const BUILDING = new RegExp(`(${ID}|[A-Za-z])(号楼|幢|栋|座|#楼?)`, 'y');
/** 3号 or 3楼 used as a building number, when a unit follows (3楼2单元, 3号2单元). */
const BUILDING_BEFORE_UNIT = new RegExp(`(\\d+)(?:号|楼)(?=(?:${ID}|[A-Za-z])(?:单元|门))`, 'y');
const UNIT = new RegExp(`(${ID}|[A-Za-z])(单元|门(?![\\u3400-\\u9fff]))`, 'y');
const FLOOR = /(?:(B|-|负|地下)?(\d{1,3})(?:楼层|层|楼|F)(?!号)|F(\d{1,3})(?![\d号楼层])|B(\d)(?![\d号楼层]))/iy;
const ROOM = new RegExp(`(${ID})(室|户|房|号房|号)?`, 'y');
const TRIPLE = /(\d+)-(\d+)-(\d+)(?:室|号|户)?(?![\d-])/y;

function sticky(pattern: RegExp, text: string, start: number): RegExpExecArray | null {
  pattern.lastIndex = start;
  return pattern.exec(text);
}

/** A building at `start`: 3号楼, 3幢, A座, 3#, and 3号/3楼 when a unit follows (3楼2单元). */
export function matchBuilding(text: string, start: number): RuleMatch | null {
  const building = sticky(BUILDING, text, start);
  if (building) {
    const suffix = building[2].startsWith('#') ? '号楼' : building[2];
    return { end: start + building[0].length, value: `${building[1].toUpperCase()}${suffix}` };
  }
  const beforeUnit = sticky(BUILDING_BEFORE_UNIT, text, start);
  return beforeUnit ? { end: start + beforeUnit[0].length, value: `${beforeUnit[1]}号楼` } : null;
}

/** A unit at `start`: 2单元, 2门 (a numbered 门, not 东门). */
export function matchUnit(text: string, start: number): RuleMatch | null {
  const unit = sticky(UNIT, text, start);
  return unit ? { end: start + unit[0].length, value: `${unit[1].toUpperCase()}${unit[2]}` } : null;
}

/** A floor at `start`: 12层, 12楼, 12楼层, 12F, F12, B1, 地下1层; the value is N层 or BN层. */
export function matchFloor(text: string, start: number): RuleMatch | null {
  const floor = sticky(FLOOR, text, start);
  if (!floor) return null;
  const [all, basement, number, afterF, afterB] = floor;
  const value = afterB !== undefined ? `B${afterB}层` : basement ? `B${number}层` : `${number ?? afterF}层`;
  return { end: start + all.length, value };
}

/**
 * A room at `start`: 1201室, 1201户, 1201房, 1201号 (`withNumberSign`, when a building, unit or
 * floor is already known), or a bare 1201 when `bare` (at the end of the address).
 */
export function matchRoom(text: string, start: number, options: { withNumberSign: boolean; bareAllowed: (end: number) => boolean }): RuleMatch | null {
  const room = sticky(ROOM, text, start);
  if (!room) return null;
  const [all, id, suffix] = room;
  if (suffix === '号' && !options.withNumberSign) return null;
  const end = start + all.length;
  if (suffix === undefined && !options.bareAllowed(end)) return null;
  return { end, value: `${id.toUpperCase()}室` };
}

/** The shorthand building-unit-room 5-2-301. */
export function matchBuildingUnitRoom(text: string, start: number): { end: number; building: string; unit: string; room: string } | null {
  const triple = sticky(TRIPLE, text, start);
  if (!triple) return null;
  return { end: start + triple[0].length, building: `${triple[1]}号楼`, unit: `${triple[2]}单元`, room: `${triple[3]}室` };
}
