import type { AlarmValueSource } from './alarm-condition.ts';
import { ALARM_OBSERVED_PROPERTIES as P, CIMTWIN_ALARM_CHOICE, type AlarmDefaultInput } from './alarm-default-entry.ts';

// Default rules for air quality, from the concentration bands of HJ 633-2012 表1. PM2.5 has only
// 24-hour bands there, so its rule applies them to hourly values held for three hours (four
// consecutive hourly values) rather than computing a 24-hour mean; CO and NO2 have 1-hour bands,
// which fit hourly values as they are. Warning is the upper limit of 良 (IAQI 100), minor of 轻度污染
// (150), major of 中度污染 (200), critical of 重度污染 (300).

const HJ_633: AlarmValueSource = {
  source:
    'HJ 633-2012 环境空气质量指数(AQI)技术规定(试行) 表1 空气质量分指数及对应的污染物项目浓度限值, recalled; the PM2.5 75 µg/m³ band agrees with the 24-hour limit of GB 3095-2012 表1 as quoted on public pages; not checked against the printed standard',
  provenance: 'general-knowledge',
  verified: false,
  note: null,
};

const CHOICE: AlarmValueSource = { source: CIMTWIN_ALARM_CHOICE, provenance: 'general-knowledge', verified: false, note: null };

const pm25Band = (value: number) => ({ comparison: { operator: '>' as const, value }, durationSeconds: 3 * 3600, source: HJ_633 });
const hourBand = (value: number) => ({ comparison: { operator: '>' as const, value }, source: HJ_633 });

/** Default rules for air-quality sensors. */
export const AIR_QUALITY_ALARM_DEFAULTS: readonly AlarmDefaultInput[] = [
  {
    nameZh: 'PM2.5 污染',
    nameEn: 'PM2.5 pollution',
    enabledByDefault: true,
    source: { ...CHOICE, note: 'three hours on hourly values; the bands are HJ 633-2012 24-hour bands' },
    rule: {
      kind: 'threshold',
      id: 'default-pm2.5',
      alarmType: 'pm2.5-pollution',
      observedProperty: P.pm25.key,
      unit: P.pm25.unit,
      create: { warning: pm25Band(75), minor: pm25Band(115), major: pm25Band(150), critical: pm25Band(250) },
    },
  },
  {
    nameZh: 'PM2.5 监测中断',
    nameEn: 'PM2.5 monitor went silent',
    enabledByDefault: false,
    source: CHOICE,
    rule: { kind: 'no-data', id: 'default-pm2.5-no-data', alarmType: 'no-data', observedProperty: P.pm25.key, afterSeconds: 3 * 3600, severity: 'warning' },
  },
  {
    nameZh: '一氧化碳污染',
    nameEn: 'carbon monoxide pollution',
    enabledByDefault: false,
    source: { ...CHOICE, note: 'HJ 633-2012 1-hour bands; hourly values in µg/m³ (as some data sets give CO) must be divided by 1,000 first' },
    rule: {
      kind: 'threshold',
      id: 'default-co',
      alarmType: 'co-pollution',
      observedProperty: P.carbonMonoxide.key,
      unit: P.carbonMonoxide.unit,
      create: { warning: hourBand(10), minor: hourBand(35), major: hourBand(60), critical: hourBand(90) },
    },
  },
  {
    nameZh: '二氧化氮污染',
    nameEn: 'nitrogen dioxide pollution',
    enabledByDefault: false,
    source: { ...CHOICE, note: 'HJ 633-2012 1-hour bands' },
    rule: {
      kind: 'threshold',
      id: 'default-no2',
      alarmType: 'no2-pollution',
      observedProperty: P.nitrogenDioxide.key,
      unit: P.nitrogenDioxide.unit,
      create: { warning: hourBand(200), minor: hourBand(700), major: hourBand(1200), critical: hourBand(2340) },
    },
  },
];
