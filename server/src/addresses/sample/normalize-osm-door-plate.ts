/**
 * OSM `addr:street` + `addr:housenumber` as a road and a door plate. Real tags are messy:
 * 四川中路126弄 + 5~21 (a lane in the street name, a range), 130 F6 (a floor written into the
 * number), No. 33, 15甲, 99号, English street names. What cannot be read as a Chinese door
 * plate is refused with the reason, for the sample's report.
 */

/** A road and door plate read from OSM tags, or why not. */
export type OsmDoorPlate = { road: string; roadNo: string; note?: string } | { refused: string };

const HAN = /[\u4e00-\u9fff]/;
const LANE_IN_STREET = /^(.+?[路街道巷])(\d+弄)$/;

/** Reads a road and a door plate from the two tags. */
export function normalizeOsmDoorPlate(street: string | undefined, houseNumber: string | undefined): OsmDoorPlate {
  const streetText = (street ?? '').normalize('NFKC').replace(/\s+/g, '');
  const numberText = (houseNumber ?? '').normalize('NFKC').trim();
  if (!streetText) return { refused: 'no addr:street' };
  if (!HAN.test(streetText)) return { refused: `street "${streetText}" is not written in Chinese` };
  if (!numberText) return { refused: 'no addr:housenumber' };
  const lane = LANE_IN_STREET.exec(streetText);
  const road = lane ? lane[1] : streetText;
  let number = numberText.replace(/^no\.?\s*/i, '');
  const laneInNumber = /^(\d+弄)(.+)$/.exec(number);
  if (laneInNumber) number = laneInNumber[2];
  const prefix = lane ? lane[2] : laneInNumber ? laneInNumber[1] : '';
  let note: string | undefined;
  const floor = /^(\d+[甲乙丙丁]?)\s+F(\d+)$/i.exec(number);
  if (floor) {
    number = floor[1];
    note = `floor ${floor[2]} written in the house number`;
  }
  const single = /^(\d+)([甲乙丙丁]?)号?$/.exec(number);
  if (single) return { road, roadNo: `${prefix}${single[1]}${single[2]}号`, note };
  const range = /^(\d+)\s*[-~～]\s*(\d+)号?$/.exec(number);
  if (range && Number(range[2]) > Number(range[1])) return { road, roadNo: `${prefix}${range[1]}-${range[2]}号`, note };
  return { refused: `house number "${numberText}" is not a door plate number` };
}
