import { subjectOf } from '../lib/check-tally.ts';
import { numberParam, type RuleEvaluator } from '../lib/rule-context.ts';
import { riserCount } from '../lib/read-stair-values.ts';
import { stairOfFlight } from '../lib/stair-units.ts';

/** 梯段踏步级数 (GB 50352-2019 6.8.5): 3 to 18 risers per flight. */
export const evaluateStairFlightRisers: RuleEvaluator = async (ctx) => {
  const [stairs, flights] = await Promise.all([ctx.facts.elements(['IfcStair']), ctx.facts.elements(['IfcStairFlight'])]);
  const min = numberParam(ctx, 'minRisers');
  const max = numberParam(ctx, 'maxRisers');
  const withFlights = new Set(flights.map((f) => stairOfFlight(f, stairs)?.globalId).filter(Boolean));
  const checked = [...flights, ...stairs.filter((s) => !withFlights.has(s.globalId))];
  for (const element of checked) {
    const requirement = '梯段踏步级数 risers per flight';
    const count = riserCount(element);
    if (!count) {
      ctx.tally.missing(subjectOf(element), { requirement, required: `${min} – ${max}`, unit: null }, `The ${element.ifcClass === 'IfcStair' ? 'stair has no flights and' : 'flight'} carries no NumberOfRisers / NumberOfRiser (attribute or Pset_StairFlightCommon).`);
      continue;
    }
    const ok = count.value >= min && count.value <= max;
    ctx.tally.judge(
      subjectOf(element),
      { requirement, measured: count.value, required: `${min} – ${max}`, unit: null },
      ok,
      ok ? `${count.value} risers (${count.source}).` : `${count.value} risers (${count.source}); a flight needs at least ${min} and at most ${max}.`,
    );
  }
  if (checked.length === 0) ctx.tally.note('The model has no stairs.');
};
