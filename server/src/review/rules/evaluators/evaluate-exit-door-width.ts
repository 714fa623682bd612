import { subjectOf } from '../lib/check-tally.ts';
import { findBoolean, findNumber, round, toNumber, type SourcedValue } from '../lib/element-values.ts';
import { findAtGradeExternalDoors } from '../lib/find-external-doors.ts';
import type { ElementRow } from '../lib/review-model.ts';
import { numberParam, type RuleContext, type RuleEvaluator } from '../lib/rule-context.ts';

/** Property names that state a door's clear (net) width. */
const CLEAR_WIDTH = /^(clear ?width|clear ?opening ?width|净宽|净宽度|门净宽|lichte ?breite|durchgangsbreite)$/i;

/** A door's clear width and how it was obtained. */
export interface DoorClearWidth {
  width: number;
  basis: string;
}

/** Clear width from a clear-width property, else OverallWidth (or a Width quantity) minus the frame allowance. */
export function doorClearWidth(door: ElementRow, frameDeduction: number): DoorClearWidth | null {
  const clear = findNumber(door, CLEAR_WIDTH);
  if (clear) return { width: clear.value, basis: `${clear.source} ${round(clear.value)} m` };
  const overall: SourcedValue<number> | null =
    toNumber(door.attributes.OverallWidth) !== null && toNumber(door.attributes.OverallWidth)! > 0
      ? { value: toNumber(door.attributes.OverallWidth)!, source: 'attributes.OverallWidth' }
      : findNumber(door, /^width$/i, { from: ['quantities'] });
  if (!overall) return null;
  return { width: overall.value - frameDeduction, basis: `${overall.source} ${round(overall.value)} m − ${frameDeduction} m frame allowance` };
}

/** 疏散门净宽: exit and external doors (or all doors) against 5.5.18 / 5.5.30 / GB 55037 7.1.4. */
export const evaluateExitDoorWidth: RuleEvaluator = async (ctx) => {
  const { facts, tally } = ctx;
  const [doors, external, { use, basis: useBasis }, { buildingClass, basis: classBasis }] = await Promise.all([
    facts.elements(['IfcDoor']),
    findAtGradeExternalDoors(ctx.knex, ctx.model, facts),
    facts.buildingUse(),
    facts.buildingClass(),
  ]);
  const deduction = numberParam(ctx, 'doorFrameDeduction');
  const scope = ctx.params.doorScope === 'all' ? 'all' : 'exits';
  tally.note(`Building use ${use} (${useBasis}); class ${buildingClass} (${classBasis}); ${external.size} external door(s) on the at-grade storey.`);
  const groundExit = groundExitRequirement(ctx, use, buildingClass);
  for (const door of doors) {
    const isExternal = external.has(door.globalId);
    const fireExit = findBoolean(door, /^FireExit$/i, { sets: /^Pset_DoorCommon$/i, from: ['properties'] })?.value === true;
    if (scope === 'exits' && !isExternal && !fireExit) continue;
    const [required, role] = isExternal ? groundExit : [numberParam(ctx, 'minExitDoorWidth'), use === 'residential' ? '户门、安全出口 (5.5.30)' : '疏散门、安全出口 (5.5.18)'];
    const requirement = `疏散门净宽 clear width, ${role}`;
    const clear = doorClearWidth(door, deduction);
    if (!clear) {
      tally.missing(subjectOf(door), { requirement, required: `≥ ${required}`, unit: 'm' }, 'The door has no OverallWidth, Width quantity or clear-width property; its clear width cannot be measured.');
      continue;
    }
    const width = round(clear.width);
    tally.judge(
      subjectOf(door),
      { requirement, measured: width, required: `≥ ${required}`, unit: 'm' },
      width >= required - 1e-9,
      width >= required - 1e-9
        ? `Clear width ${width} m (${clear.basis}) meets ${required} m.`
        : `Clear width ${width} m (${clear.basis}) is less than the ${required} m required for a ${role}.`,
    );
  }
  if (tally.outcome.applicable === 0) tally.note(scope === 'exits' ? 'No exit doors: no door has FireExit or IsExternal true and none stands in the outer wall of the at-grade storey.' : 'The model has no doors.');
};

function groundExitRequirement(ctx: RuleContext, use: string, buildingClass: string): [number, string] {
  if (use === 'public' && buildingClass === 'high-rise') {
    const medical = ctx.params.occupancy === 'medical' || ctx.params.occupancy === 'medical-ward';
    return medical
      ? [numberParam(ctx, 'minGroundExitDoorWidthHighRiseMedical'), '高层医疗建筑首层疏散外门 (表5.5.18)']
      : [numberParam(ctx, 'minGroundExitDoorWidthHighRise'), '高层公共建筑首层疏散外门 (表5.5.18)'];
  }
  return [numberParam(ctx, 'minGroundExitDoorWidth'), use === 'residential' ? '住宅首层疏散外门 (5.5.30)' : '首层疏散外门 (GB 55037 7.1.4)'];
}
