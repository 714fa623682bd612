import { subjectOf } from '../lib/check-tally.ts';
import { round, spaceAreas } from '../lib/element-values.ts';
import type { RoomType } from '@cimtwin/schemas';
import { tableParam, type RuleEvaluator } from '../lib/rule-context.ts';

/** The clause each checked room type comes from (GB 50096-2011). */
const CLAUSE_OF: Partial<Record<string, string>> = {
  'bedroom-double': '5.2.1',
  'bedroom-single': '5.2.1',
  bedsitter: '5.2.1',
  'living-room': '5.2.2',
  kitchen: '5.3.1',
  'kitchen-smallest-dwelling': '5.3.1',
  bathroom: '5.4.1',
  toilet: '5.4.2',
};

const LABEL: Partial<Record<string, string>> = {
  'bedroom-double': '双人卧室 double bedroom',
  'bedroom-single': '单人卧室 single bedroom',
  bedsitter: '兼起居的卧室 bedsitter',
  'living-room': '起居室（厅） living room',
  kitchen: '厨房 kitchen',
  'kitchen-smallest-dwelling': '厨房（最小套型） kitchen of the smallest dwelling',
  bathroom: '卫生间 bathroom',
  toilet: '卫生间（便器、洗面器） WC',
};

/** 套内房间最小使用面积 (GB 50096-2011 5.2–5.4): recognised rooms against their minimum usable area. */
export const evaluateRoomArea: RuleEvaluator = async (ctx) => {
  const rooms = await ctx.facts.rooms();
  const table = tableParam(ctx, 'minAreas');
  const checked = new Set<RoomType>(ctx.rule.applicability.roomTypes ?? []);
  const other: string[] = [];
  for (const { space, roomType } of rooms) {
    if (!roomType) {
      const names = [space.attributes.LongName, space.name, space.objectType].filter((n) => typeof n === 'string' && n !== '').join(' / ');
      ctx.tally.skip(subjectOf(space), 'room type', `Room type not recognised from "${names || 'no name'}": not checked. Name the space with its use (卧室, 起居室, 厨房, 卫生间 …) to have it checked.`);
      continue;
    }
    if (!checked.has(roomType.type)) {
      other.push(`${roomType.text} (${roomType.type})`);
      continue;
    }
    const row = rowOf(roomType.type, ctx.params.unspecifiedBedroom === 'single', ctx.params.smallestDwelling === true);
    const minArea = table[row]?.minArea;
    if (minArea === undefined) continue;
    const clause = `GB 50096-2011 ${CLAUSE_OF[row] ?? ''}`.trim();
    const requirement = `使用面积 usable area, ${LABEL[row] ?? row}${roomType.type === 'bedroom' ? ' (bedroom not named double or single)' : ''}`;
    const { net, gross } = spaceAreas(space);
    const area = net ?? gross;
    if (!area) {
      ctx.tally.missing(subjectOf(space), { requirement, required: `≥ ${minArea}`, unit: 'm²', clause }, 'The space has no NetFloorArea or GrossFloorArea quantity; its usable area cannot be measured. Export base quantities (Qto_SpaceBaseQuantities).');
      continue;
    }
    const measured = round(area.value, 2);
    const grossNote = net ? '' : ' (gross area: the model gives no net area)';
    ctx.tally.judge(
      subjectOf(space),
      { requirement, measured, required: `≥ ${minArea}`, unit: 'm²', clause },
      measured >= minArea - 1e-9,
      measured >= minArea - 1e-9
        ? `"${roomType.text}" ${measured} m² (${area.source})${grossNote} ≥ ${minArea} m².`
        : `"${roomType.text}" has ${measured} m² (${area.source})${grossNote}, less than the ${minArea} m² of a ${LABEL[row] ?? row}.`,
    );
  }
  if (other.length) ctx.tally.note(`Recognised but without an area rule: ${other.join(', ')}.`);
  const unrecognised = ctx.tally.outcome.findings.filter((f) => f.severity === 'info').length;
  if (unrecognised) ctx.tally.note(`${unrecognised} space(s) of unrecognised type not checked (listed as info findings).`);
};

function rowOf(type: RoomType, unspecifiedSingle: boolean, smallestDwelling: boolean): string {
  if (type === 'bedroom') return unspecifiedSingle ? 'bedroom-single' : 'bedroom-double';
  if (type === 'kitchen' && smallestDwelling) return 'kitchen-smallest-dwelling';
  return type;
}
