import { subjectOf } from '../lib/check-tally.ts';
import { round } from '../lib/element-values.ts';
import { stepSize } from '../lib/read-stair-values.ts';
import { tableParam, type RuleEvaluator } from '../lib/rule-context.ts';
import { stairOfFlight } from '../lib/stair-units.ts';

/** 踏步宽度和高度 (GB 50352-2019 Table 6.8.10): riser at most, tread at least the category values. */
export const evaluateStairStepDimensions: RuleEvaluator = async (ctx) => {
  const [stairs, flights] = await Promise.all([ctx.facts.elements(['IfcStair']), ctx.facts.elements(['IfcStairFlight'])]);
  const category = String(ctx.params.stairCategory ?? 'other');
  const limits = tableParam(ctx, 'stepLimits')[category];
  ctx.tally.note(`Stair category ${category}: tread ≥ ${limits.minTread} m, riser ≤ ${limits.maxRiser} m.`);
  const withFlights = new Set(flights.map((f) => stairOfFlight(f, stairs)?.globalId).filter(Boolean));
  for (const element of [...flights, ...stairs.filter((s) => !withFlights.has(s.globalId))]) {
    const riser = stepSize(element, 'riser');
    const tread = stepSize(element, 'tread');
    const requirement = '踏步高度/宽度 riser height and tread length';
    const required = `riser ≤ ${limits.maxRiser}, tread ≥ ${limits.minTread}`;
    if (!riser.value || !tread.value) {
      const bad = [...riser.implausible, ...tread.implausible].map((c) => `${c.source} = ${round(c.value, 4)} (≈ ${round(c.value * 0.3048, 3)} m if it were feet)`);
      ctx.tally.missing(
        subjectOf(element),
        { requirement, required, unit: 'm', measured: riser.value?.value ?? null },
        bad.length
          ? `Implausible step sizes, likely exported in the wrong unit: ${bad.join('; ')}. Fix the export (RiserHeight/TreadLength in metres).`
          : `The element carries no ${[!riser.value ? 'RiserHeight' : '', !tread.value ? 'TreadLength' : ''].filter(Boolean).join(' or ')}.`,
      );
      continue;
    }
    const r = round(riser.value.value);
    const t = round(tread.value.value);
    const ok = r <= limits.maxRiser + 1e-9 && t >= limits.minTread - 1e-9;
    const problems = [r > limits.maxRiser + 1e-9 ? `riser ${r} m > ${limits.maxRiser} m` : '', t < limits.minTread - 1e-9 ? `tread ${t} m < ${limits.minTread} m` : ''].filter(Boolean);
    ctx.tally.judge(
      subjectOf(element),
      { requirement, measured: r, required, unit: 'm' },
      ok,
      ok ? `Riser ${r} m (${riser.value.source}), tread ${t} m (${tread.value.source}).` : `${problems.join(', ')} (${riser.value.source}, ${tread.value.source}).`,
    );
  }
  if (ctx.tally.outcome.applicable === 0) ctx.tally.note('The model has no stairs.');
};
