import { subjectOf } from '../lib/check-tally.ts';
import { round, spaceAreas, spacePerimeter } from '../lib/element-values.ts';
import { equivalentRectangleWidth, planRect } from '../lib/plan-geometry.ts';
import type { ElementRow } from '../lib/review-model.ts';
import { numberParam, tableParam, type RuleEvaluator } from '../lib/rule-context.ts';

/** A corridor's width: from net area and perimeter when the model gives both, else the narrow side of its box. */
export function corridorWidth(space: ElementRow): { width: number; basis: string } | null {
  const { net, gross } = spaceAreas(space);
  const area = net ?? gross;
  const perimeter = spacePerimeter(space);
  if (area && perimeter) {
    const width = equivalentRectangleWidth(area.value, perimeter.value);
    if (width !== null) return { width, basis: `rectangle of ${area.source} ${round(area.value, 2)} m² and ${perimeter.source} ${round(perimeter.value, 2)} m` };
  }
  if (!space.bbox) return null;
  const r = planRect(space.bbox);
  return { width: Math.min(r.x1 - r.x0, r.y1 - r.y0), basis: 'narrow side of the space box (no area and perimeter quantities)' };
}

/** 疏散走道净宽: corridor spaces against 5.5.18 / Table 5.5.18 / 5.5.30. */
export const evaluateCorridorWidth: RuleEvaluator = async (ctx) => {
  const { facts, tally } = ctx;
  const [rooms, { use }, { buildingClass }] = await Promise.all([facts.rooms(), facts.buildingUse(), facts.buildingClass()]);
  let required = numberParam(ctx, 'minCorridorWidth');
  let role = use === 'residential' ? '住宅疏散走道 (5.5.30)' : '公共建筑疏散走道 (5.5.18)';
  if (use === 'public' && buildingClass === 'high-rise') {
    const layout = ctx.params.corridorLayout === 'single-loaded' ? 'single-loaded' : 'double-loaded';
    const row = ctx.params.occupancy === 'medical' || ctx.params.occupancy === 'medical-ward' ? 'medical' : 'general';
    required = tableParam(ctx, 'minCorridorWidthHighRise')[row][layout];
    role = `高层${row === 'medical' ? '医疗' : '公共'}建筑${layout === 'single-loaded' ? '单面' : '双面'}布房走道 (表5.5.18)`;
  }
  tally.note(`Required ${required} m: ${role}.`);
  for (const { space, roomType } of rooms) {
    if (roomType?.type !== 'corridor') continue;
    const requirement = `疏散走道净宽 clear width, ${role}`;
    const measured = corridorWidth(space);
    if (!measured) {
      tally.missing(subjectOf(space), { requirement, required: `≥ ${required}`, unit: 'm' }, 'The corridor space has neither area and perimeter quantities nor geometry; its width cannot be measured.');
      continue;
    }
    const width = round(measured.width);
    tally.judge(
      subjectOf(space),
      { requirement, measured: width, required: `≥ ${required}`, unit: 'm' },
      width >= required - 1e-9,
      width >= required - 1e-9 ? `Corridor width ${width} m (${measured.basis}) meets ${required} m.` : `Corridor width ${width} m (${measured.basis}) is less than ${required} m.`,
    );
  }
  if (tally.outcome.applicable === 0) tally.note('No space is recognised as a corridor (走道, 走廊, corridor, Flur …).');
};
