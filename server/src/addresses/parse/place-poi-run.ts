// A POI (小区, 大厦, 单位) has no suffix to be read by: it is what stands between the door plate
// and the building (88号 SOHO现代城 3号楼). When no rule fits at a position, the run of text up
// to the next thing a rule recognises (a building, unit, floor or room, a door plate, a road,
// filler words, a remark in brackets) is taken as one POI, if the address is anchored: some
// element came before it, a building part follows it, or it ends like a POI (…小区, …大厦,
// …花园). Otherwise the run is text the parser cannot place ("hello"), and so is a run that
// stops at a division continuing the ones found (青岛市北区山东省青岛市市北区…: the words before
// the divisions start again are left unparsed, not made a POI that would block them).
import { matchBuilding, matchBuildingUnitRoom, matchFloor, matchRoom, matchUnit } from './match-building-parts.ts';
import type { AddressGazetteer } from './address-gazetteer.ts';
import type { AddressParseState } from './address-parse-state.ts';
import { endsAddressAt, matchRoadName } from './apply-suffix-rules.ts';
import { matchAddressNoise } from './match-address-noise.ts';
import { matchDoorPlate } from './match-door-plate.ts';

const POI_SUFFIX =
  /(?:小区|大厦|花园|公寓|中心|广场|大楼|新村|家园|公馆|商城|商场|酒店|宾馆|饭店|医院|学校|大学|学院|中学|小学|幼儿园|公司|银行|超市|市场|大院|宿舍|苑|园|城|府|庭|院|里|坊|村|馆|站|所|局|厂)$/;
const HAS_NAME = /[\u3400-\u9fffA-Za-z]/;
/** Longer runs are sentences or several addresses run together, not one name. */
const POI_MAX_LENGTH = 40;
const CHINESE = /[\u3400-\u9fff]/;

function partAt(text: string, position: number): boolean {
  return (
    matchBuildingUnitRoom(text, position) !== null ||
    matchBuilding(text, position) !== null ||
    matchUnit(text, position) !== null ||
    matchFloor(text, position) !== null ||
    matchRoom(text, position, { withNumberSign: false, bareAllowed: (end) => endsAddressAt(text, end) }) !== null
  );
}

/** A road starts at `position`, after a POI name ending there or after text that is not Chinese. */
function roadStartsAt(text: string, start: number, position: number): boolean {
  if (!matchRoadName(text, position)) return false;
  return !CHINESE.test(text[position - 1]) || POI_SUFFIX.test(text.slice(start, position));
}

/** A division's full name at `position` that continues the divisions found, or repeats one. */
function divisionNameAt(gazetteer: AddressGazetteer, state: AddressParseState, position: number): boolean {
  for (const match of gazetteer.matchesAt(state.text, position)) {
    if (match.form !== 'name' || match.target.kind !== 'division') continue;
    const entry = match.target.entry;
    if (state.chain.contains(entry) || (state.canLink(entry.level) && state.chain.accepts(entry))) return true;
  }
  return false;
}

/** Places the POI (or leaves the unplaceable run) starting at `start`; returns where it ends. */
export function placePoiRun(state: AddressParseState, start: number, gazetteer: AddressGazetteer): number {
  const text = state.text;
  let end = start + 1;
  let beforePart = false;
  let beforeDivision = false;
  for (; end < text.length; end++) {
    if (text[end] === '(') break;
    if (state.afterDivision && divisionNameAt(gazetteer, state, end)) {
      beforeDivision = true;
      break;
    }
    if (partAt(text, end)) {
      beforePart = true;
      break;
    }
    const noise = matchAddressNoise(text, end, false);
    if (noise && noise.kind !== 'neutral') break;
    if (!state.has('roadNo') && matchDoorPlate(text, end, false)) break;
    if (!state.has('road') && roadStartsAt(text, start, end)) break;
  }
  const nameEnd = text[end - 1] === '-' && end - 1 > start ? end - 1 : end;
  const run = text.slice(start, nameEnd);
  const anchored = state.placedCount > 0 || beforePart || POI_SUFFIX.test(run);
  const length = [...run].length;
  if (!beforeDivision && HAS_NAME.test(run) && length >= 2 && length <= POI_MAX_LENGTH && anchored) {
    state.place('poi', start, nameEnd, run, 'text', POI_SUFFIX.test(run) ? 0.85 : 0.7);
    if (nameEnd < end) state.absorb(nameEnd, end);
  } else state.leave(start, end);
  return end;
}
