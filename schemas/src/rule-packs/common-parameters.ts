import type { z } from 'zod';
import type { RuleParameter } from './rule-pack.ts';

// Pack parameters several packs share, written once so their meaning cannot drift apart.

type ParameterInput = z.input<typeof RuleParameter>;

/** 住宅 / 公共建筑; `auto` infers it from the rooms (dwelling rooms found → residential). */
export const BUILDING_USE_PARAMETER: ParameterInput = {
  type: 'enum',
  title: '建筑使用性质 Building use',
  description:
    'residential (住宅建筑) or public (公共建筑). auto: residential when the model has spaces recognised as bedrooms, living rooms or kitchens, public otherwise; the report says which was used.',
  options: ['auto', 'residential', 'public'],
  default: 'auto',
};

/** The outdoor design ground level, in model coordinates. */
export const GROUND_ELEVATION_PARAMETER: ParameterInput = {
  type: 'number',
  title: '室外设计地面标高 Outdoor design ground elevation',
  description:
    'Elevation of the outdoor design ground (室外设计地面) in model metres (the model ±0.00 is 0). Heights are measured from it and storeys whose floor lies below it are basements or semi-basements. Enter the real value, e.g. -0.45.',
  unit: 'm',
  default: 0,
  minimum: -50,
  maximum: 50,
};

/** Height above a storey floor where storey outlines are cut, like a plan drawing. */
export const OUTLINE_CUT_HEIGHT_PARAMETER: ParameterInput = {
  type: 'number',
  title: '平面剖切高度 Plan cut height',
  description:
    'Height above each storey floor at which the storey outline is taken: walls, columns, curtain walls and spaces whose vertical extent crosses this plane make up the outline. Parts of sloped-roof storeys lower than this are left out, as GB/T 50353-2013 3.0.3 leaves out parts with a clear height under 1.20 m.',
  unit: 'm',
  default: 1.2,
  minimum: 0.1,
  maximum: 3,
};

/** Building height for classification, when the model's own is not to be used. */
export const BUILDING_HEIGHT_PARAMETER: ParameterInput = {
  type: 'number',
  title: '建筑高度 Building height',
  description:
    'Building height per GB 50016-2014 Appendix A (flat roof: to the roof surface; sloped roof: mean of eaves and ridge). null: measured from the model roofs above the outdoor design ground.',
  unit: 'm',
  default: null,
  nullable: true,
  minimum: 0,
};

/** 全部设置自动灭火系统 (GB 50016-2014 5.3.1 note 1, 5.5.17 note 3). */
export const SPRINKLERS_PARAMETER: ParameterInput = {
  type: 'boolean',
  title: '全部设置自动灭火系统 Fully sprinklered',
  description: 'true when the whole building has an automatic fire-extinguishing system (自动灭火系统); compartment areas double and evacuation distances grow by 25 %.',
  default: false,
};
