// The door plate (门牌号) after a road: 100号, 100弄, 100弄5号, 100弄5支弄3号, 15甲号 (also
// written 15甲), ranges 151-171号 and 5~21号, No. 33, and a bare number right after the road
// (南京路100, 春树街2-1) read as 100号 and 2-1号, 附1号院, and the lane shorthand 58弄11-802
// (house 11, room 802). Values are canonical: ASCII digits, '-' for a range, 号 after the
// house number. A number followed by 楼 is a building (3号楼), not a door plate, so
// 100弄3号楼 gives the door plate 100弄 and leaves 3号楼 to the building rule.
import type { RuleMatch } from './match-street-elements.ts';

/** A door plate, whether it was written without its 号, and a room written with it (58弄11-802). */
export interface DoorPlateMatch extends RuleMatch {
  bare: boolean;
  room?: { start: number; value: string };
}

const LANE = /(\d+)弄(?:(\d+)支弄)?/y;
const HOUSE = /(附)?(\d+)(?:[-~至到](\d+))?(?:([甲乙丙丁])号|号([甲乙丙丁])?|([甲乙丙丁])(?![号楼幢栋座]))(?!楼)(院)?/y;
const NUMBER_SIGN = /No\.?(\d+)(?![\d号])/iy;
const BARE = /(\d{1,4})(?:-(\d{1,4}))?(?=$|[\u3400-\u9fff])(?![\d]|[号弄幢栋座楼层室户单#]|支弄)/y;
/** 58弄11-802: house 11 of the lane, room 802 (the room has three or more digits). */
const HOUSE_ROOM = /(\d+)-(\d{3,5})(?![\d号-])/y;

function sticky(pattern: RegExp, text: string, start: number): RegExpExecArray | null {
  pattern.lastIndex = start;
  return pattern.exec(text);
}

function readHouse(text: string, start: number): { end: number; value: string } | null {
  const house = sticky(HOUSE, text, start);
  if (!house) return null;
  const [all, annex, from, to, beforeHao, afterHao, noHao, yard] = house;
  const branch = beforeHao ?? afterHao ?? noHao ?? '';
  const value = `${annex ?? ''}${from}${to ? `-${to}` : ''}${branch}号${yard ?? ''}`;
  return { end: start + all.length, value };
}

/**
 * A door plate at `start`, or `null`. `afterRoad` allows the bare form (a number with no 号 right
 * after a road, followed by the end or by a name).
 */
export function matchDoorPlate(text: string, start: number, afterRoad: boolean): DoorPlateMatch | null {
  const numberSign = sticky(NUMBER_SIGN, text, start);
  if (numberSign) return { end: start + numberSign[0].length, value: `${numberSign[1]}号`, bare: false };
  const lane = sticky(LANE, text, start);
  if (lane) {
    const laneValue = `${lane[1]}弄${lane[2] ? `${lane[2]}支弄` : ''}`;
    const laneEnd = start + lane[0].length;
    const house = readHouse(text, laneEnd);
    if (house) return { end: house.end, value: laneValue + house.value, bare: false };
    const houseRoom = sticky(HOUSE_ROOM, text, laneEnd);
    if (houseRoom) {
      const roomStart = laneEnd + houseRoom[1].length + 1;
      return { end: laneEnd + houseRoom[0].length, value: `${laneValue}${houseRoom[1]}号`, bare: false, room: { start: roomStart, value: `${houseRoom[2]}室` } };
    }
    return { end: laneEnd, value: laneValue, bare: false };
  }
  const house = readHouse(text, start);
  if (house) return { ...house, bare: false };
  if (!afterRoad) return null;
  const bare = sticky(BARE, text, start);
  return bare ? { end: start + bare[0].length, value: `${bare[1]}${bare[2] ? `-${bare[2]}` : ''}号`, bare: true } : null;
}
