import { spaceAreas } from './element-values.ts';
import type { ReviewFacts } from './review-facts.ts';
import { floorAreaFactor } from './storey-levels.ts';

/** Above-ground floor area (m²) and one line per storey saying how it was counted. */
export interface FloorArea {
  area: number;
  parts: string[];
}

/**
 * Above-ground floor area (计容建筑面积 before local rules):
 * - storey-outline: each above-ground storey's outline area, in full at a storey height of
 *   2.20 m and more, half below (GB/T 50353-2013 3.0.1);
 * - space-gross: the sum of the gross floor areas of the spaces on above-ground storeys
 *   (net where gross is missing); walls are not in it, so it reads lower.
 */
export async function aboveGroundFloorArea(facts: ReviewFacts, method: 'storey-outline' | 'space-gross'): Promise<FloorArea> {
  const levels = await facts.levels();
  const aboveGround = new Set(levels.filter((l) => l.location === 'above-ground').map((l) => l.globalId));
  if (method === 'space-gross') {
    let area = 0;
    let spaces = 0;
    for (const { space } of await facts.rooms()) {
      if (!space.storeyGlobalId || !aboveGround.has(space.storeyGlobalId)) continue;
      const { gross, net } = spaceAreas(space);
      area += gross?.value ?? net?.value ?? 0;
      spaces++;
    }
    return { area, parts: [`${spaces} spaces on above-ground storeys, gross floor areas summed`] };
  }
  const outline = await facts.outline();
  let area = 0;
  const parts: string[] = [];
  for (const storey of outline.storeys) {
    if (storey.level.location !== 'above-ground' || storey.area <= 0) continue;
    const factor = floorAreaFactor(storey.level.height);
    area += storey.area * factor;
    parts.push(`${storey.level.name ?? storey.level.globalId} ${storey.area.toFixed(2)} m²${factor === 1 ? '' : ` × ${factor} (storey height ${storey.level.height.toFixed(2)} m < 2.20 m)`}`);
  }
  return { area, parts };
}
