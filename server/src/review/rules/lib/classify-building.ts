import type { BuildingClass, BuildingUse } from '@cimtwin/schemas';

/** Height above which a building is high-rise (GB 50016-2014 5.1.1, 2.1.1). */
export const HIGH_RISE_HEIGHT: Readonly<Record<BuildingUse, number>> = { residential: 27, public: 24 };

/**
 * 高层 or 单、多层 per GB 50016-2014 2.1.1 / 5.1.1: residential buildings higher than 27 m,
 * other civil buildings higher than 24 m and of more than one storey (a single-storey public
 * building is 单层 whatever its height).
 */
export function classifyBuilding(use: BuildingUse, height: number, aboveGroundStoreys: number): BuildingClass {
  if (use === 'residential') return height > HIGH_RISE_HEIGHT.residential ? 'high-rise' : 'single-multi-storey';
  return height > HIGH_RISE_HEIGHT.public && aboveGroundStoreys > 1 ? 'high-rise' : 'single-multi-storey';
}
