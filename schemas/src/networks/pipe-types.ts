import { z } from 'zod';
import { CJJ61_APPENDIX_B_TRANSCRIPTION, CodeListSource } from './code-list-provenance.ts';

// CJJ 61-2017 classifies underground pipelines into 8 main types (大类), each with subtypes
// (小类), a two-letter 代号, a numeric 代码 and a map colour. The values below follow one public
// transcription of Appendix B (see CJJ61_APPENDIX_B_TRANSCRIPTION); the telecom operator
// subtypes DX/YD/LT are common in local survey specifications but are not in that
// transcription, so they carry provenance 'general-knowledge' and no numeric code.

/** The 8 main pipe types of CJJ 61-2017, by 代号. */
export const PIPE_TYPE_CODES = ['JS', 'PS', 'RQ', 'RL', 'DL', 'TX', 'GY', 'QT'] as const;
export const PipeTypeCode = z.enum(PIPE_TYPE_CODES);
export type PipeTypeCode = z.infer<typeof PipeTypeCode>;

/** An sRGB colour as three 0-255 integers. */
export const RgbColour = z.tuple([z.number().int().min(0).max(255), z.number().int().min(0).max(255), z.number().int().min(0).max(255)]);
export type RgbColour = z.infer<typeof RgbColour>;

/** A subtype (小类) of a main pipe type. */
export const PipeSubtype = CodeListSource.extend({
  code: z.string().regex(/^[A-Z]{2}$/).describe('代号, two capital letters, unique within the main type'),
  numericCode: z.string().regex(/^\d{2}$/).nullable().describe('两位代码 as used in digits 3-4 of the feature code; null when not in the standard table'),
  nameZh: z.string(),
  nameEn: z.string(),
  colourName: z.string().nullable().describe('colour name when the subtype has its own colour, else null (the main type colour applies)'),
  colour: RgbColour.nullable(),
});
export type PipeSubtype = z.infer<typeof PipeSubtype>;

/** A main pipe type (大类) with its colour and subtypes. */
export const PipeType = CodeListSource.extend({
  code: PipeTypeCode,
  numericCode: z.string().regex(/^\d$/).describe('一位代码, digit 2 of the feature code'),
  nameZh: z.string(),
  nameEn: z.string(),
  colourName: z.string().nullable().describe('颜色 as named in the standard; null when it differs by subtype'),
  colour: RgbColour.nullable(),
  subtypes: z.array(PipeSubtype),
});
export type PipeType = z.infer<typeof PipeType>;

const B = { source: CJJ61_APPENDIX_B_TRANSCRIPTION, provenance: 'secondary-transcription', verified: false } as const;
const LOCAL_PRACTICE = {
  source: 'telecom operator subtypes used in many Chinese city survey specifications; not in the CJJ 61-2017 Appendix B transcription',
  provenance: 'general-knowledge',
  verified: false,
} as const;

function subtype(code: string, numericCode: string | null, nameZh: string, nameEn: string, origin: CodeListSource = B, colour?: [string, [number, number, number]]) {
  return { ...origin, code, numericCode, nameZh, nameEn, colourName: colour?.[0] ?? null, colour: colour?.[1] ?? null };
}

/** CJJ 61-2017 pipe types with subtypes and colours; see each entry's `source` and `verified`. */
export const PIPE_TYPES: readonly PipeType[] = z.array(PipeType).parse([
  {
    ...B, code: 'JS', numericCode: '1', nameZh: '给水', nameEn: 'water supply', colourName: '天蓝', colour: [0, 255, 255],
    subtypes: [
      subtype('JY', '01', '原水', 'raw water'),
      subtype('SS', '02', '输水', 'water transmission'),
      subtype('ZS', '03', '中水', 'reclaimed water'),
      subtype('JP', '04', '配水', 'water distribution'),
      subtype('JZ', '05', '直饮水', 'direct drinking water'),
      subtype('XS', '06', '消防水', 'fire water'),
      subtype('LS', '07', '绿化水', 'irrigation water'),
      subtype('JH', '08', '循环水', 'circulating water'),
    ],
  },
  {
    ...B, code: 'PS', numericCode: '2', nameZh: '排水', nameEn: 'drainage', colourName: '褐', colour: [76, 57, 38],
    subtypes: [
      subtype('YS', '01', '雨水', 'stormwater'),
      subtype('WS', '02', '污水', 'sewage'),
      subtype('HS', '03', '雨污合流', 'combined sewer'),
    ],
  },
  {
    ...B, code: 'RQ', numericCode: '3', nameZh: '燃气', nameEn: 'gas', colourName: '粉红', colour: [255, 0, 255],
    subtypes: [
      subtype('MQ', '01', '煤气', 'manufactured gas'),
      subtype('YH', '02', '液化气', 'liquefied petroleum gas'),
      subtype('TR', '03', '天然气', 'natural gas'),
    ],
  },
  {
    ...B, code: 'RL', numericCode: '4', nameZh: '热力', nameEn: 'district heating', colourName: '橘黄', colour: [255, 128, 0],
    subtypes: [subtype('RS', '01', '热水', 'hot water'), subtype('ZQ', '02', '蒸汽', 'steam')],
  },
  {
    ...B, code: 'DL', numericCode: '5', nameZh: '电力', nameEn: 'electric power', colourName: '大红', colour: [255, 0, 0],
    subtypes: [
      subtype('GD', '01', '供电', 'power supply'),
      subtype('LD', '02', '路灯', 'street lighting'),
      subtype('XH', '03', '交通信号', 'traffic signals'),
      subtype('DC', '04', '电车', 'tram and trolleybus power'),
      subtype('GG', '05', '广告', 'advertising lighting'),
    ],
  },
  {
    ...B, code: 'TX', numericCode: '6', nameZh: '通信', nameEn: 'telecommunications', colourName: '绿', colour: [0, 255, 0],
    subtypes: [
      subtype('DH', '01', '电话', 'telephone'),
      subtype('DS', '02', '有线电视', 'cable television'),
      subtype('XX', '03', '信息网络', 'data network'),
      subtype('GB', '04', '广播', 'broadcasting'),
      subtype('DX', null, '电信', 'China Telecom', LOCAL_PRACTICE),
      subtype('YD', null, '移动', 'China Mobile', LOCAL_PRACTICE),
      subtype('LT', null, '联通', 'China Unicom', LOCAL_PRACTICE),
    ],
  },
  {
    ...B, code: 'GY', numericCode: '7', nameZh: '工业', nameEn: 'industrial', colourName: '黑', colour: [0, 0, 0],
    subtypes: [
      subtype('QQ', '01', '氢气', 'hydrogen'),
      subtype('YQ', '02', '氧气', 'oxygen'),
      subtype('GQ', '03', '乙炔', 'acetylene'),
      subtype('YX', '04', '乙烯', 'ethylene'),
      subtype('BQ', '05', '苯', 'benzene'),
      subtype('LQ', '06', '氯气', 'chlorine'),
      subtype('DQ', '07', '氮气', 'nitrogen'),
      subtype('EY', '08', '二氧化碳', 'carbon dioxide'),
      subtype('AQ', '09', '氨气', 'ammonia'),
      subtype('JB', '10', '甲苯', 'toluene'),
    ],
  },
  {
    ...B, code: 'QT', numericCode: '8', nameZh: '其他', nameEn: 'other or unknown', colourName: null, colour: null,
    subtypes: [
      subtype('ZH', '01', '综合管沟', 'utility tunnel', B, ['黑', [0, 0, 0]]),
      subtype('BM', '02', '不明管线', 'unidentified pipeline', B, ['紫', [102, 0, 204]]),
    ],
  },
]);

/** The main pipe type with this 代号 (case-insensitive), or undefined. */
export function findPipeType(code: string): PipeType | undefined {
  const upper = code.trim().toUpperCase();
  return PIPE_TYPES.find((type) => type.code === upper);
}

/** The subtype `subtypeCode` of main type `typeCode` (both 代号, case-insensitive), or undefined. */
export function findPipeSubtype(typeCode: string, subtypeCode: string): PipeSubtype | undefined {
  const upper = subtypeCode.trim().toUpperCase();
  return findPipeType(typeCode)?.subtypes.find((entry) => entry.code === upper);
}

/** The map colour of a pipe: the subtype's own colour, else the main type's; null when neither has one. */
export function pipeColour(typeCode: string, subtypeCode?: string): RgbColour | null {
  const own = subtypeCode === undefined ? undefined : findPipeSubtype(typeCode, subtypeCode)?.colour;
  return own ?? findPipeType(typeCode)?.colour ?? null;
}
