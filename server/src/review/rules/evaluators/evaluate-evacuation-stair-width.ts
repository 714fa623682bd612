import { subjectOf } from '../lib/check-tally.ts';
import { findBoolean, findNumber, round } from '../lib/element-values.ts';
import { planRect, rectDistance } from '../lib/plan-geometry.ts';
import type { ElementRow } from '../lib/review-model.ts';
import { numberParam, type RuleContext, type RuleEvaluator } from '../lib/rule-context.ts';
import { stairOfFlight } from '../lib/stair-units.ts';

/** Property names that state a stair's clear width (not a generic "Width", which exporters use for other things). */
const STAIR_WIDTH = /^(clear ?width|净宽|净宽度|梯段净宽|梯段宽度|nutzbare lichte breite|lichte breite|actual run width|run width)$/i;
/** A railing this close to a flight's side runs along it. */
const RAILING_REACH = 0.3;

/** 疏散楼梯净宽: flights (or stairs without flights) against 5.5.18 / Table 5.5.18 / 5.5.30. */
export const evaluateEvacuationStairWidth: RuleEvaluator = async (ctx) => {
  const { facts, tally } = ctx;
  const [stairs, flights, railings, { use }, { buildingClass }, { height }] = await Promise.all([
    facts.elements(['IfcStair']),
    facts.elements(['IfcStairFlight']),
    facts.elements(['IfcRailing']),
    facts.buildingUse(),
    facts.buildingClass(),
    facts.fireCodeHeight(),
  ]);
  const fireExitFalse = (e: ElementRow | null): boolean => !!e && findBoolean(e, /^FireExit$/i, { sets: /^Pset_Stair(Flight)?Common$/i, from: ['properties'] })?.value === false;
  const withFlights = new Set<string>();
  for (const flight of flights) {
    const stair = stairOfFlight(flight, stairs);
    if (stair) withFlights.add(stair.globalId);
    if (fireExitFalse(flight) || fireExitFalse(stair)) {
      tally.skip(subjectOf(flight), 'evacuation stair', 'FireExit is false: not an evacuation stair, not checked.');
      continue;
    }
    const explicit = findNumber(flight, STAIR_WIDTH) ?? (stair ? findNumber(stair, STAIR_WIDTH) : null);
    const measured = explicit ? { width: explicit.value, basis: explicit.source } : flight.bbox ? { width: narrowSide(flight.bbox), basis: 'narrow side of the flight box' } : null;
    const hasRailing = flight.bbox ? railings.some((r) => r.bbox && rectDistance(planRect(r.bbox), planRect(flight.bbox!)) <= RAILING_REACH) : false;
    judge(ctx, flight, measured, requiredWidth(ctx, use, buildingClass, height, hasRailing));
  }
  for (const stair of stairs) {
    if (withFlights.has(stair.globalId)) continue;
    if (fireExitFalse(stair)) {
      tally.skip(subjectOf(stair), 'evacuation stair', 'FireExit is false: not an evacuation stair, not checked.');
      continue;
    }
    const explicit = findNumber(stair, STAIR_WIDTH);
    const hasRailing = stair.bbox ? railings.some((r) => r.bbox && rectDistance(planRect(r.bbox), planRect(stair.bbox!)) <= RAILING_REACH) : false;
    judge(ctx, stair, explicit ? { width: explicit.value, basis: explicit.source } : null, requiredWidth(ctx, use, buildingClass, height, hasRailing), 'The stair has no IfcStairFlight and no clear-width property (ClearWidth, 净宽 …); its box does not give the width of a winding or spiral stair.');
  }
  if (tally.outcome.applicable === 0) tally.note('The model has no stairs (or none is an evacuation stair).');
};

function judge(ctx: RuleContext, element: ElementRow, measured: { width: number; basis: string } | null, [required, role]: [number, string], missingMessage = 'The flight has neither geometry nor a clear-width property.'): void {
  const requirement = `疏散楼梯净宽 clear width, ${role}`;
  if (!measured) return void ctx.tally.missing(subjectOf(element), { requirement, required: `≥ ${required}`, unit: 'm' }, missingMessage);
  const width = round(measured.width);
  ctx.tally.judge(
    subjectOf(element),
    { requirement, measured: width, required: `≥ ${required}`, unit: 'm' },
    width >= required - 1e-9,
    width >= required - 1e-9 ? `Stair width ${width} m (${measured.basis}) meets ${required} m.` : `Stair width ${width} m (${measured.basis}) is less than the ${required} m required (${role}).`,
  );
}

function requiredWidth(ctx: RuleContext, use: string, buildingClass: string, height: number | null, hasRailing: boolean): [number, string] {
  if (use === 'residential') {
    const low = height !== null && height <= numberParam(ctx, 'lowResidentialHeight');
    return low && hasRailing ? [numberParam(ctx, 'minStairWidthLowResidentialWithRailing'), '住宅≤18m一边设栏杆 (5.5.30)'] : [numberParam(ctx, 'minStairWidth'), '住宅疏散楼梯 (5.5.30)'];
  }
  if (buildingClass === 'high-rise') {
    const medical = ctx.params.occupancy === 'medical' || ctx.params.occupancy === 'medical-ward';
    return medical ? [numberParam(ctx, 'minStairWidthHighRiseMedical'), '高层医疗建筑 (表5.5.18)'] : [numberParam(ctx, 'minStairWidthHighRise'), '高层公共建筑 (表5.5.18)'];
  }
  return [numberParam(ctx, 'minStairWidth'), '公共建筑疏散楼梯 (5.5.18)'];
}

function narrowSide(bbox: readonly number[]): number {
  return Math.min(bbox[3] - bbox[0], bbox[4] - bbox[1]);
}
