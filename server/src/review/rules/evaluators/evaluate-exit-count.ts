import { findAtGradeExternalDoors } from '../lib/find-external-doors.ts';
import { numberParam, type RuleContext, type RuleEvaluator } from '../lib/rule-context.ts';
import { groupStairUnits, stairServesLevel } from '../lib/stair-units.ts';
import type { StoreyLevel } from '../lib/storey-levels.ts';

/** 安全出口数量: exits of each storey against 5.5.8 (public) / 5.5.25 (residential) / 5.5.5 (basements). */
export const evaluateExitCount: RuleEvaluator = async (ctx) => {
  const { facts, tally } = ctx;
  const [outline, doors, stairs, flights, external, { use, basis: useBasis }, { height, basis: heightBasis }] = await Promise.all([
    facts.outline(),
    facts.elements(['IfcDoor']),
    facts.elements(['IfcStair']),
    facts.elements(['IfcStairFlight']),
    findAtGradeExternalDoors(ctx.knex, ctx.model, facts),
    facts.buildingUse(),
    facts.fireCodeHeight(),
  ]);
  const units = groupStairUnits(stairs, flights);
  const storeys = outline.storeys.filter((s) => s.area > 0);
  const aboveGround = storeys.filter((s) => s.level.location === 'above-ground');
  tally.note(`Building use ${use} (${useBasis}); height ${height === null ? 'unknown' : `${height.toFixed(2)} m`} (${heightBasis}); ${units.length} stair(s); ${external.size} external door(s) at grade.`);
  for (const storey of storeys) {
    const level = storey.level;
    const atGrade = outline.base?.level.globalId === level.globalId;
    const doorExits = atGrade ? doors.filter((d) => external.has(d.globalId)).length : 0;
    const stairExits = atGrade ? 0 : units.filter((u) => stairServesLevel(u, level.elevation)).length;
    const exits = doorExits + stairExits;
    const [required, why] = requiredExits(ctx, use, height, level, storey.area, aboveGround.length, atGrade);
    const subject = { globalId: level.globalId, ifcClass: 'IfcBuildingStorey', name: level.name };
    const counted = atGrade ? `${doorExits} external door(s)` : `${stairExits} stair(s) reaching the floor`;
    tally.judge(
      subject,
      { requirement: '安全出口数量 number of exits', measured: exits, required: `≥ ${required}`, unit: null },
      exits >= required,
      exits >= required
        ? `${exits} exit(s) (${counted}); ${required} required: ${why}.`
        : `Only ${exits} exit(s) (${counted}); ${required} required: ${why}.`,
    );
  }
  if (storeys.length === 0) tally.note('No storey has an outline: the model has no walls or spaces.');
};

function requiredExits(ctx: RuleContext, use: string, height: number | null, level: StoreyLevel, area: number, aboveGroundStoreys: number, atGrade: boolean): [number, string] {
  const two = numberParam(ctx, 'minExits');
  const a = `${area.toFixed(1)} m²`;
  if (level.location !== 'above-ground') {
    const max = numberParam(ctx, 'basementSingleExitMaxArea');
    return area <= max ? [1, `basement storey of ${a} ≤ ${max} m² (5.5.5)`] : [two, `basement storey of ${a} > ${max} m² (5.5.5)`];
  }
  if (use === 'residential') {
    const always = numberParam(ctx, 'residentialAlwaysTwoExitsHeight');
    const max = numberParam(ctx, 'residentialSingleExitMaxArea');
    if (height !== null && height > always) return [two, `residential building higher than ${always} m (5.5.25)`];
    return area <= max ? [1, `residential storey of ${a} ≤ ${max} m² (5.5.25; unit-door distance not measured)`] : [two, `residential storey of ${a} > ${max} m² (5.5.25)`];
  }
  const max = numberParam(ctx, 'publicSingleExitMaxArea');
  const occupancy = String(ctx.params.occupancy ?? 'general');
  if (area > max || occupancy === 'childcare-elderly') return [two, occupancy === 'childcare-elderly' ? 'childcare / elderly care: no single-exit exception (5.5.8)' : `public storey of ${a} > ${max} m² (5.5.8)`];
  if (aboveGroundStoreys === 1 || atGrade) return [1, `single-storey building or first storey of ${a} ≤ ${max} m² (5.5.8 item 1; ≤ 50 people assumed)`];
  const storeys = numberParam(ctx, 'publicSingleExitMaxStoreys');
  const rating12 = (ctx.params.fireResistanceRating ?? '1-2') === '1-2';
  if (rating12 && aboveGroundStoreys <= storeys && !['medical', 'medical-ward', 'entertainment'].includes(occupancy)) {
    return [1, `${aboveGroundStoreys}-storey 一、二级 building, storey of ${a} ≤ ${max} m² (Table 5.5.8; occupant limit not measured)`];
  }
  return [two, `public building of ${aboveGroundStoreys} storeys (5.5.8)`];
}
