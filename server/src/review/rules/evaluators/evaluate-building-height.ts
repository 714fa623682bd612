import { MODEL_SUBJECT } from '../lib/check-tally.ts';
import { round } from '../lib/element-values.ts';
import { measureBuildingHeight } from '../lib/measure-building-height.ts';
import { optionalNumberParam, type RuleEvaluator } from '../lib/rule-context.ts';

/** 建筑限高: building height above the outdoor design ground against the planning limit. */
export const evaluateBuildingHeight: RuleEvaluator = async (ctx) => {
  const maxHeight = optionalNumberParam(ctx, 'maxHeight');
  if (maxHeight === null) {
    ctx.tally.note('Not applicable: the planning conditions give no height limit (maxHeight).');
    return;
  }
  const method = ctx.params.heightMethod === 'roof-average' ? 'roof-average' : 'highest-point';
  const measured = await measureBuildingHeight(ctx.knex, ctx.model.id, ctx.facts.groundElevation, method);
  const requirement = `建筑高度 building height (${method})`;
  if (!measured) {
    ctx.tally.missing(MODEL_SUBJECT, { requirement, required: `≤ ${maxHeight}`, unit: 'm' }, 'The model has no element with geometry; the building height cannot be measured.');
    return;
  }
  const height = round(measured.height);
  ctx.tally.note(`Measured ${height} m above the outdoor ground at ${ctx.facts.groundElevation} m (${measured.basis}).`);
  ctx.tally.judge(
    measured.element,
    { requirement, measured: height, required: `≤ ${maxHeight}`, unit: 'm' },
    height <= maxHeight + 1e-9,
    height <= maxHeight + 1e-9
      ? `Building height ${height} m is within the limit of ${maxHeight} m.`
      : `Building height ${height} m exceeds the planning limit of ${maxHeight} m by ${round(height - maxHeight)} m (${measured.basis}).`,
  );
};
