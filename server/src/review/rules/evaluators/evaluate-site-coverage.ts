import { MODEL_SUBJECT } from '../lib/check-tally.ts';
import { round } from '../lib/element-values.ts';
import { loadPlanningSite } from '../lib/planning-site.ts';
import { optionalNumberParam, type RuleEvaluator } from '../lib/rule-context.ts';

/** 建筑密度: building base area over site area, in percent. */
export const evaluateSiteCoverage: RuleEvaluator = async (ctx) => {
  const max = optionalNumberParam(ctx, 'maxSiteCoverage');
  if (max === null) {
    ctx.tally.note('Not applicable: the planning conditions give no site coverage (maxSiteCoverage).');
    return;
  }
  const site = await loadPlanningSite(ctx);
  if (!site) {
    ctx.tally.note('Not applicable: no parcel and no siteArea given.');
    return;
  }
  const requirement = '建筑密度 site coverage';
  const { base } = await ctx.facts.outline();
  if (!base) {
    ctx.tally.missing(MODEL_SUBJECT, { requirement, required: `≤ ${max}`, unit: '%' }, 'No above-ground storey outline found: the model has no walls, columns or spaces at ground level.');
    return;
  }
  const coverage = round((base.area / site.siteArea) * 100, 2);
  ctx.tally.note(`Base area ${base.area.toFixed(2)} m² (outline of ${base.level.name ?? base.level.globalId}), ${site.basis}: coverage ${coverage} %.`);
  ctx.tally.judge(
    MODEL_SUBJECT,
    { requirement, measured: coverage, required: `≤ ${max}`, unit: '%' },
    coverage <= max + 1e-9,
    coverage <= max + 1e-9
      ? `Site coverage ${coverage} % (${base.area.toFixed(2)} m² / ${site.siteArea.toFixed(2)} m²) is within ${max} %.`
      : `Site coverage ${coverage} % (${base.area.toFixed(2)} m² / ${site.siteArea.toFixed(2)} m²) exceeds ${max} %.`,
  );
};
