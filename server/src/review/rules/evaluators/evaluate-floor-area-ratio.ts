import { MODEL_SUBJECT } from '../lib/check-tally.ts';
import { aboveGroundFloorArea } from '../lib/above-ground-floor-area.ts';
import { round } from '../lib/element-values.ts';
import { loadPlanningSite } from '../lib/planning-site.ts';
import { optionalNumberParam, type RuleEvaluator } from '../lib/rule-context.ts';

/** 容积率: above-ground floor area over site area, against the planning bounds. */
export const evaluateFloorAreaRatio: RuleEvaluator = async (ctx) => {
  const max = optionalNumberParam(ctx, 'maxFloorAreaRatio');
  const min = optionalNumberParam(ctx, 'minFloorAreaRatio');
  if (max === null && min === null) {
    ctx.tally.note('Not applicable: the planning conditions give no floor area ratio (maxFloorAreaRatio / minFloorAreaRatio).');
    return;
  }
  const site = await loadPlanningSite(ctx);
  if (!site) {
    ctx.tally.note('Not applicable: no parcel and no siteArea given.');
    return;
  }
  const method = ctx.params.floorAreaMethod === 'space-gross' ? 'space-gross' : 'storey-outline';
  const floorArea = await aboveGroundFloorArea(ctx.facts, method);
  const required = min !== null && max !== null ? `${min} – ${max}` : max !== null ? `≤ ${max}` : `≥ ${min}`;
  const requirement = '容积率 floor area ratio';
  if (floorArea.area <= 0) {
    ctx.tally.missing(MODEL_SUBJECT, { requirement, required, unit: null }, 'No above-ground floor area found: the model has no walls, columns or spaces on above-ground storeys.');
    return;
  }
  const far = round(floorArea.area / site.siteArea, 3);
  ctx.tally.note(`Floor area ${floorArea.area.toFixed(2)} m² (${method}: ${floorArea.parts.join('; ')}), ${site.basis}: FAR ${far}.`);
  const ok = (max === null || far <= max + 1e-9) && (min === null || far >= min - 1e-9);
  ctx.tally.judge(
    MODEL_SUBJECT,
    { requirement, measured: far, required, unit: null },
    ok,
    ok
      ? `Floor area ratio ${far} (${floorArea.area.toFixed(2)} m² / ${site.siteArea.toFixed(2)} m²) meets ${required}.`
      : `Floor area ratio ${far} (${floorArea.area.toFixed(2)} m² / ${site.siteArea.toFixed(2)} m²) is outside ${required}.`,
  );
};
