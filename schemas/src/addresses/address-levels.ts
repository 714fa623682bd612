import { z } from 'zod';

/**
 * The element levels of a standard address (标准地址), after the public-security address element
 * levels of GA/T 2000.32: administrative divisions, then the street network, then the building
 * and what is inside it. The order is the order the elements are written in.
 */
export const ADDRESS_LEVELS = [
  'province', // 省、自治区、直辖市
  'city', // 地级市、自治州 (a municipality repeats its province)
  'district', // 区、县、县级市
  'town', // 乡、镇、街道
  'community', // 社区、村 (居委会、村委会)
  'devzone', // 开发区、园区
  'road', // 街、路、巷 (and 弄 named as roads)
  'roadNo', // 门牌号: 100号, 100弄5号, 100弄5支弄3号
  'poi', // 小区、大厦、单位
  'building', // 楼栋: 幢、栋、座、号楼
  'unit', // 单元
  'floor', // 楼层
  'room', // 户室
] as const;
export const AddressLevel = z.enum(ADDRESS_LEVELS);
export type AddressLevel = z.infer<typeof AddressLevel>;

/** Levels named by the administrative division code of GB/T 2260 (and the town codes beneath it). */
export const DIVISION_LEVELS = ['province', 'city', 'district', 'town', 'community'] as const satisfies readonly AddressLevel[];
export type DivisionLevel = (typeof DIVISION_LEVELS)[number];

/** The position of a level in the written order; a deeper level has a larger rank. */
export function addressLevelRank(level: AddressLevel): number {
  return ADDRESS_LEVELS.indexOf(level);
}

/** Chinese names of the levels, for reports and the viewer. */
export const ADDRESS_LEVEL_NAMES: Record<AddressLevel, string> = {
  province: '省级',
  city: '市级',
  district: '区县',
  town: '乡镇街道',
  community: '社区村',
  devzone: '开发区园区',
  road: '街路巷',
  roadNo: '门牌号',
  poi: '小区单位',
  building: '楼栋',
  unit: '单元',
  floor: '楼层',
  room: '户室',
};
