import { z } from 'zod';
import { AlarmValueSource } from './alarm-condition.ts';
import { AlarmRule } from './alarm-rule.ts';

/** Keys of the observed properties the default rules are written for, with their units. */
export const ALARM_OBSERVED_PROPERTIES = {
  combustibleGas: { key: 'combustible-gas', unit: '%LEL', nameZh: '可燃气体浓度', nameEn: 'combustible gas concentration' },
  manholeCoverTilt: { key: 'manhole-cover-tilt', unit: '°', nameZh: '井盖倾角', nameEn: 'manhole cover tilt' },
  manholeCoverOpen: { key: 'manhole-cover-open', unit: '1', nameZh: '井盖开启/位移', nameEn: 'manhole cover open or displaced (1) or closed (0)' },
  waterDepthAboveSurface: { key: 'water-depth-above-surface', unit: 'cm', nameZh: '积水深度', nameEn: 'water depth above the cover or road surface' },
  waterSupplyPressure: { key: 'water-supply-pressure', unit: 'MPa', nameZh: '供水压力', nameEn: 'water supply pressure' },
  pm25: { key: 'pm2.5', unit: 'µg/m³', nameZh: 'PM2.5 小时浓度', nameEn: 'PM2.5, hourly mean' },
  carbonMonoxide: { key: 'co', unit: 'mg/m³', nameZh: '一氧化碳小时浓度', nameEn: 'carbon monoxide, hourly mean' },
  nitrogenDioxide: { key: 'no2', unit: 'µg/m³', nameZh: '二氧化氮小时浓度', nameEn: 'nitrogen dioxide, hourly mean' },
} as const;

/** A default rule: the rule (scoped to an observed property), its names, and where it comes from. */
export const AlarmDefault = z.object({
  rule: AlarmRule,
  nameZh: z.string().min(1),
  nameEn: z.string().min(1),
  enabledByDefault: z.boolean().describe('false for optional rules a deployment switches on'),
  source: AlarmValueSource.describe('for the rule as a whole: the choice of severities, durations and clear; each threshold carries its own'),
});
export type AlarmDefault = z.infer<typeof AlarmDefault>;
/** A default rule as written, before defaults of the schema are filled in. */
export type AlarmDefaultInput = z.input<typeof AlarmDefault>;

/** Provenance of choices made for cimtwin's defaults rather than taken from a document. */
export const CIMTWIN_ALARM_CHOICE = 'cimtwin default chosen to be reasonable, not taken from a standard; set per deployment';
