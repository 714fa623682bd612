// The suffix-driven rules for the levels below the gazetteer's divisions, tried at one position
// in the written order of the levels: a town not in the gazetteer (only right after the
// divisions), a community (by its committee word, or …村 right after a division), a development
// zone, a road, its door plate, then building, unit, floor and room. The first rule that matches
// and may be placed (AddressParseState.canPlace) wins.
import { matchBuilding, matchBuildingUnitRoom, matchFloor, matchRoom, matchUnit } from './match-building-parts.ts';
import type { AddressParseState } from './address-parse-state.ts';
import { matchAddressNoise } from './match-address-noise.ts';
import { matchDoorPlate } from './match-door-plate.ts';
import { matchCommunityBySuffix, matchDevzone, matchRoad, matchTownBySuffix, type RuleMatch } from './match-street-elements.ts';

/** Words that end a POI name; a road name containing one is a POI followed by a road. */
const POI_WORDS = /(?:大厦|广场|中心|花园|小区|公寓|大楼|商场|商厦|酒店|宾馆|饭店|医院|学校|大学|中学|小学|公司|银行|市场|新村|家园|公馆)/;

/** What villages have below them and the standard levels do not: 村民小组 (六组), 自然村. */
const BELOW_COMMUNITY = /(?:[0-9一二三四五六七八九十]{1,3}(?:村民小组|组|队)|[\u3400-\u9fff]{1,6}?自然村)/y;

/** Confidence of what each rule finds: the suffix rules are reliable, names by suffix less so. */
const RULE_CONFIDENCE = { town: 0.6, community: 0.6, devzone: 0.8, road: 0.9, roadNo: 0.95, bareRoadNo: 0.75, part: 0.95, bareRoom: 0.8, triple: 0.85, numberedBuilding: 0.7 };

/** True when the text from `end` on is nothing or only filler and contact text. */
export function endsAddressAt(text: string, end: number): boolean {
  let position = end;
  while (position < text.length) {
    const noise = matchAddressNoise(text, position, false);
    if (!noise || noise.kind === 'neutral' || noise.end === position) return false;
    position = noise.end;
  }
  return true;
}

/**
 * A road at `start` whose name does not run through a POI: 金茂大厦世纪大道 is a POI and a road,
 * while 花园街 and 人民广场东路 are roads (at most one character after the POI word).
 */
export function matchRoadName(text: string, start: number): RuleMatch | null {
  const road = matchRoad(text, start);
  if (!road) return null;
  const poi = POI_WORDS.exec(road.value);
  if (!poi) return road;
  const rest = road.value.slice(poi.index + poi[0].length).replace(/(?:大道|大街|公路|胡同|路|街|巷|弄|道)(?:.{1,3}段)?$/, '');
  return [...rest].length >= 2 ? null : road;
}

function buildingParts(state: AddressParseState, start: number): number {
  const text = state.text;
  const inside = state.has('roadNo') || state.has('poi') || state.has('road') || state.has('building');
  if (inside && state.canPlace('building')) {
    const triple = matchBuildingUnitRoom(text, start);
    if (triple) {
      const confidence = RULE_CONFIDENCE.triple;
      const [buildingEnd, unitEnd] = [text.indexOf('-', start), text.indexOf('-', text.indexOf('-', start) + 1)];
      state.place('building', start, buildingEnd, triple.building, 'text', confidence);
      state.place('unit', buildingEnd + 1, unitEnd, triple.unit, 'text', confidence);
      state.place('room', unitEnd + 1, triple.end, triple.room, 'text', confidence);
      return triple.end;
    }
  }
  const tries: [Parameters<AddressParseState['place']>[0], () => RuleMatch | null, number][] = [
    ['building', () => matchBuilding(text, start), RULE_CONFIDENCE.part],
    ['building', () => (state.lastLevel === 'poi' && !state.has('roadNo') ? matchNumberedBuilding(text, start) : null), RULE_CONFIDENCE.numberedBuilding],
    ['unit', () => matchUnit(text, start), RULE_CONFIDENCE.part],
    ['floor', () => matchFloor(text, start), RULE_CONFIDENCE.part],
  ];
  for (const [level, match, confidence] of tries) {
    if (!state.canPlace(level)) continue;
    const found = match();
    if (!found) continue;
    state.place(level, start, found.end, found.value, 'text', confidence);
    return found.end;
  }
  if (!state.canPlace('room')) return -1;
  const afterParts = state.has('building') || state.has('unit') || state.has('floor');
  const room = matchRoom(text, start, { withNumberSign: afterParts, bareAllowed: (end) => (inside || afterParts) && endsAddressAt(text, end) });
  if (!room) return -1;
  const bare = !/[室户房号]/.test(text.slice(start, room.end));
  state.place('room', start, room.end, room.value, 'text', bare ? RULE_CONFIDENCE.bareRoom : RULE_CONFIDENCE.part);
  return room.end;
}

/** 5号 after a compound name without a door plate: the compound's building 5. */
function matchNumberedBuilding(text: string, start: number): RuleMatch | null {
  const match = /(\d+)号(?![楼院])/y;
  match.lastIndex = start;
  const found = match.exec(text);
  return found ? { end: start + found[0].length, value: `${found[1]}号楼` } : null;
}

/** Applies the first rule that fits at `start`; returns the position after it, or -1. */
export function applySuffixRules(state: AddressParseState, start: number): number {
  const text = state.text;
  if (state.afterDivision && state.chain.link('district') && !state.has('town') && state.canPlace('town')) {
    const town = matchTownBySuffix(text, start);
    if (town) {
      state.place('town', start, town.end, town.value, 'text', RULE_CONFIDENCE.town);
      return town.end;
    }
  }
  if (state.lastLevel === 'community') {
    BELOW_COMMUNITY.lastIndex = start;
    const below = BELOW_COMMUNITY.exec(text);
    if (below) {
      state.aside('remark', start, start + below[0].length);
      return start + below[0].length;
    }
  }
  if (state.canPlace('community')) {
    const community = matchCommunityBySuffix(text, start, state.afterDivision || state.lastLevel === 'town');
    if (community) {
      state.place('community', start, community.end, community.value, 'text', RULE_CONFIDENCE.community);
      return community.end;
    }
  }
  const street: [Parameters<AddressParseState['place']>[0], () => RuleMatch | null][] = [
    ['devzone', () => matchDevzone(text, start)],
    ['road', () => matchRoadName(text, start)],
  ];
  for (const [level, match] of street) {
    if (!state.canPlace(level)) continue;
    const found = match();
    if (!found) continue;
    state.place(level, start, found.end, found.value, 'text', RULE_CONFIDENCE[level as 'road' | 'devzone']);
    return found.end;
  }
  if (state.canPlace('roadNo')) {
    const plate = matchDoorPlate(text, start, state.lastLevel === 'road');
    if (plate) {
      const roadNoEnd = plate.room ? plate.room.start - 1 : plate.end;
      state.place('roadNo', start, roadNoEnd, plate.value, 'text', plate.bare ? RULE_CONFIDENCE.bareRoadNo : RULE_CONFIDENCE.roadNo);
      if (plate.room) {
        state.absorb(roadNoEnd, plate.room.start);
        state.place('room', plate.room.start, plate.end, plate.room.value, 'text', RULE_CONFIDENCE.triple, true);
      }
      return plate.end;
    }
  }
  return buildingParts(state, start);
}
