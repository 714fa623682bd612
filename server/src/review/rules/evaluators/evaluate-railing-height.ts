import { subjectOf } from '../lib/check-tally.ts';
import { findNumber, round, type SourcedValue } from '../lib/element-values.ts';
import type { ElementRow } from '../lib/review-model.ts';
import { numberParam, patternParam, type RuleEvaluator } from '../lib/rule-context.ts';

/** A railing is a stair railing or a guard at a drop, with its height when the model gives one. */
export interface RailingReading {
  kind: 'stair' | 'guard';
  /** Height property (Pset_RailingCommon.Height first), or null. */
  heightProperty: SourcedValue<number> | null;
  /** Vertical extent of its box, m. */
  boxHeight: number | null;
}

/**
 * Reads a railing: it follows a stair when it belongs to one or its box rises more than
 * `slopeTolerance` above its height (a guard's box is as tall as the guard).
 */
export function readRailing(railing: ElementRow, slopeTolerance: number): RailingReading {
  const heightProperty =
    findNumber(railing, /^height$/i, { sets: /^Pset_RailingCommon$/i, from: ['properties'] }) ??
    findNumber(railing, /^(height|höhe|高度|栏杆高度)$/i, { from: ['properties', 'quantities'] });
  const boxHeight = railing.bbox ? railing.bbox[5] - railing.bbox[2] : null;
  const inStair = railing.spatialPath.some((p) => p.ifcClass === 'IfcStair' || p.ifcClass === 'IfcStairFlight');
  const sloped = boxHeight !== null && boxHeight - (heightProperty?.value ?? 1.2) > slopeTolerance;
  return { kind: inStair || sloped ? 'stair' : 'guard', heightProperty, boxHeight };
}

/** 临空处防护栏杆高度 (GB 50352-2019 6.7.3). */
export const evaluateGuardHeight: RuleEvaluator = async (ctx) => {
  const railings = await ctx.facts.elements(['IfcRailing']);
  const tolerance = numberParam(ctx, 'slopeTolerance');
  const roof = patternParam(ctx, 'roofStoreyPattern');
  const threshold = numberParam(ctx, 'highDropThreshold');
  for (const railing of railings) {
    const reading = readRailing(railing, tolerance);
    if (reading.kind === 'stair') continue;
    if (railing.predefinedType === 'HANDRAIL' && ctx.params.treatHorizontalHandrailsAsGuards !== true) {
      ctx.tally.skip(subjectOf(railing), 'guard', 'Typed HANDRAIL and treatHorizontalHandrailsAsGuards is off: not checked as a guard.');
      continue;
    }
    const drop = railing.bbox ? railing.bbox[2] - ctx.facts.groundElevation : null;
    const onRoof = railing.storeyName !== null && roof.test(railing.storeyName);
    const [required, why] = onRoof
      ? [numberParam(ctx, 'minGuardHeightRoof'), `上人屋面 (storey ${railing.storeyName})`]
      : drop !== null && drop >= threshold
        ? [numberParam(ctx, 'minGuardHeightHighDrop'), `临空高度 ${round(drop, 2)} m ≥ ${threshold} m`]
        : [numberParam(ctx, 'minGuardHeight'), `临空高度 ${drop === null ? 'unknown' : `${round(drop, 2)} m`} < ${threshold} m`];
    const requirement = `栏杆高度 guard height, ${why}`;
    const height = reading.heightProperty ? { value: reading.heightProperty.value, source: reading.heightProperty.source } : reading.boxHeight !== null ? { value: reading.boxHeight, source: 'height of the railing box' } : null;
    if (!height) {
      ctx.tally.missing(subjectOf(railing), { requirement, required: `≥ ${required}`, unit: 'm' }, 'The railing has neither a Height property nor geometry.');
      continue;
    }
    const h = round(height.value);
    const typed = railing.predefinedType === 'HANDRAIL' ? ' Typed HANDRAIL but horizontal and outside stairs, so checked as a guard.' : '';
    ctx.tally.judge(
      subjectOf(railing),
      { requirement, measured: h, required: `≥ ${required}`, unit: 'm' },
      h >= required - 1e-9,
      h >= required - 1e-9 ? `Guard height ${h} m (${height.source}) meets ${required} m.${typed}` : `Guard height ${h} m (${height.source}) is below the ${required} m required (${why}).${typed}`,
    );
  }
  if (ctx.tally.outcome.applicable === 0) ctx.tally.note('No guard railings: the model has no railings outside stairs.');
};

/** 楼梯扶手高度 (GB 50352-2019 6.8.8): stair railings, from their height property. */
export const evaluateStairHandrailHeight: RuleEvaluator = async (ctx) => {
  const railings = await ctx.facts.elements(['IfcRailing']);
  const tolerance = numberParam(ctx, 'slopeTolerance');
  const required = numberParam(ctx, 'minHandrailHeight');
  for (const railing of railings) {
    const reading = readRailing(railing, tolerance);
    if (reading.kind !== 'stair') continue;
    const requirement = '楼梯扶手高度 stair handrail height';
    if (!reading.heightProperty) {
      ctx.tally.missing(subjectOf(railing), { requirement, required: `≥ ${required}`, unit: 'm' }, 'The stair railing has no Height property (Pset_RailingCommon.Height); the box of a sloped railing does not give its height above the nosing line.');
      continue;
    }
    const h = round(reading.heightProperty.value);
    ctx.tally.judge(
      subjectOf(railing),
      { requirement, measured: h, required: `≥ ${required}`, unit: 'm' },
      h >= required - 1e-9,
      h >= required - 1e-9 ? `Handrail height ${h} m (${reading.heightProperty.source}).` : `Handrail height ${h} m (${reading.heightProperty.source}) is below the recommended ${required} m.`,
    );
  }
  if (ctx.tally.outcome.applicable === 0) ctx.tally.note('No stair railings in the model.');
};
