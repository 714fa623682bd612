import type { AlarmValueSource } from './alarm-condition.ts';
import { ALARM_OBSERVED_PROPERTIES as P, CIMTWIN_ALARM_CHOICE, type AlarmDefaultInput } from './alarm-default-entry.ts';

// Default rules for 城市生命线 (lifeline) sensors: combustible gas in wells, manhole covers,
// waterlogging and water supply pressure. Only the gas set points are read from a transcription
// of a standard; the rest is published or local practice. Nothing is verified against a printed
// standard; a reviewer who checks a value sets `verified` and `provenance` on that entry.

type Source = Omit<AlarmValueSource, 'note'> & { note?: string | null };

const GB_50493_GAS: Source = {
  source:
    'GB/T 50493-2019 石油化工可燃气体和有毒气体检测报警设计标准 5.5.2: 一级报警设定值 ≤ 25 %LEL, 二级 ≤ 50 %LEL, as quoted at www.fire114.cn/index/article/detail?i=141920; a petrochemical-plant standard that gas monitoring in wells and manholes borrows; GB 15322.1-2019 (point detectors, alarm set point within 1–25 %LEL) recalled only',
  provenance: 'secondary-transcription',
  verified: false,
  note: 'the standard gives upper limits (≤); the defaults sit at the limits, the first level as minor and the second as critical',
};

const CHOICE: Source = { source: CIMTWIN_ALARM_CHOICE, provenance: 'general-knowledge', verified: false };

const WATERLOGGING_PRACTICE: Source = {
  source:
    'local waterlogging practice: urban inundation grades of 3–10 cm light, 10–25 cm moderate, > 25 cm severe (as quoted at qilemall.com/xwdt/js/403.html); GB 51222-2017 (one lane ≤ 15 cm of water) recalled; 27 cm recalled as a road-closure depth in Beijing practice; Shanghai underpasses close above 25 cm (xmwb.xinmin.cn/html/2015-11/25/content_8_4.htm), other cities use 40 cm',
  provenance: 'general-knowledge',
  verified: false,
  note: 'local practice defaults; set them from the city\'s own waterlogging plan',
};

const SERVICE_PRESSURE: Source = {
  source:
    'CJ/T 316-2009 城镇供水服务 6.2 (管网末梢压力不应低于 14 m, referring to CJJ 58 3.1.3) as quoted at zwmlty.com/news_info.asp?id=535, commonly given as 0.14 MPa; GB 50013 minimum service heads (10 m for one storey, 12 m for two, 4 m more per storey) recalled; CJJ 207 not found in a transcription',
  provenance: 'secondary-transcription',
  verified: false,
  note: null,
};

/** Default rules for lifeline sensors. */
export const LIFELINE_ALARM_DEFAULTS: readonly AlarmDefaultInput[] = [
  {
    nameZh: '井内可燃气体浓度超限',
    nameEn: 'combustible gas in a well or manhole',
    enabledByDefault: true,
    source: { ...CHOICE, note: 'no duration: a gas alarm must not wait; clear below 20 %LEL so a value hovering at 25 does not raise alarm after alarm' },
    rule: {
      kind: 'threshold',
      id: 'default-combustible-gas',
      alarmType: 'gas-high',
      observedProperty: P.combustibleGas.key,
      unit: P.combustibleGas.unit,
      create: {
        minor: { comparison: { operator: '>=', value: 25 }, source: GB_50493_GAS },
        critical: { comparison: { operator: '>=', value: 50 }, source: GB_50493_GAS },
      },
      clear: { comparison: { operator: '<', value: 20 }, source: CHOICE },
    },
  },
  {
    nameZh: '井内可燃气体监测中断',
    nameEn: 'gas detector in a well went silent',
    enabledByDefault: false,
    source: { ...CHOICE, note: 'fits a detector reporting every few minutes; longer report intervals need a longer silence' },
    rule: { kind: 'no-data', id: 'default-combustible-gas-no-data', alarmType: 'no-data', observedProperty: P.combustibleGas.key, afterSeconds: 30 * 60, severity: 'minor' },
  },
  {
    nameZh: '井盖倾斜',
    nameEn: 'manhole cover tilted',
    enabledByDefault: true,
    source: { ...CHOICE, note: 'tilt and open share the alarm type manhole-cover, so one alarm per cover shows the worse of the two' },
    rule: {
      kind: 'threshold',
      id: 'default-manhole-cover-tilt',
      alarmType: 'manhole-cover',
      observedProperty: P.manholeCoverTilt.key,
      unit: P.manholeCoverTilt.unit,
      create: {
        major: {
          comparison: { operator: '>', value: 15 },
          source: { source: 'smart manhole cover vendor practice (tilt alarms commonly set between 5° and 15°, e.g. 5° for theft alarms at www.jijiacn.com/page196?article_id=428)', provenance: 'general-knowledge', verified: false, note: null },
        },
      },
    },
  },
  {
    nameZh: '井盖开启或位移',
    nameEn: 'manhole cover open or displaced',
    enabledByDefault: true,
    source: CHOICE,
    rule: {
      kind: 'threshold',
      id: 'default-manhole-cover-open',
      alarmType: 'manhole-cover',
      observedProperty: P.manholeCoverOpen.key,
      unit: P.manholeCoverOpen.unit,
      create: { critical: { comparison: { operator: '==', value: 1 }, source: CHOICE } },
    },
  },
  {
    nameZh: '路面积水',
    nameEn: 'waterlogging above a cover or road surface',
    enabledByDefault: true,
    source: WATERLOGGING_PRACTICE,
    rule: {
      kind: 'threshold',
      id: 'default-waterlogging',
      alarmType: 'waterlogging',
      observedProperty: P.waterDepthAboveSurface.key,
      unit: P.waterDepthAboveSurface.unit,
      create: {
        minor: { comparison: { operator: '>=', value: 10 }, source: WATERLOGGING_PRACTICE },
        major: { comparison: { operator: '>=', value: 15 }, source: WATERLOGGING_PRACTICE },
        critical: { comparison: { operator: '>=', value: 27 }, source: WATERLOGGING_PRACTICE },
      },
    },
  },
  {
    nameZh: '供水压力偏低',
    nameEn: 'water supply pressure low',
    enabledByDefault: true,
    source: { ...CHOICE, note: 'five minutes so that a pressure transient does not raise the major alarm' },
    rule: {
      kind: 'threshold',
      id: 'default-water-pressure-low',
      alarmType: 'water-pressure-low',
      observedProperty: P.waterSupplyPressure.key,
      unit: P.waterSupplyPressure.unit,
      create: {
        major: { comparison: { operator: '<', value: 0.14 }, durationSeconds: 300, source: SERVICE_PRESSURE },
        critical: { comparison: { operator: '<', value: 0.07 }, source: { ...CHOICE, note: 'half the minimum service pressure: supply is failing' } },
      },
    },
  },
  {
    nameZh: '供水压力偏高',
    nameEn: 'water supply pressure high',
    enabledByDefault: false,
    source: { ...CHOICE, note: 'networks are mostly run below about 0.5 MPa; set from the zone\'s design pressure' },
    rule: {
      kind: 'threshold',
      id: 'default-water-pressure-high',
      alarmType: 'water-pressure-high',
      observedProperty: P.waterSupplyPressure.key,
      unit: P.waterSupplyPressure.unit,
      create: {
        warning: { comparison: { operator: '>', value: 0.5 }, durationSeconds: 300, source: CHOICE },
        major: { comparison: { operator: '>', value: 0.6 }, durationSeconds: 300, source: CHOICE },
      },
    },
  },
];
