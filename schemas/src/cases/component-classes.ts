import { z } from 'zod';
import { checkClassTable, MajorClass, MinorClass } from './case-class-entry.ts';
import { GB_T_30428_2_ONE_CATALOGUE, GB_T_30428_2_RECALLED, GB_T_30428_2_TWO_CATALOGUES } from './case-code-sources.ts';

// City components (管理部件) of GB/T 30428.2: six major classes and a representative set of minor
// classes, not the whole table. The manhole covers 0101-0114 and a few more are recalled and given
// the same code by two independent public system catalogues; the other minor classes are seen in
// one catalogue only. A city's own minor classes (local extensions) are not listed.

const TWO = { source: GB_T_30428_2_TWO_CATALOGUES, provenance: 'general-knowledge', verified: false } as const;
const ONE = { source: GB_T_30428_2_ONE_CATALOGUE, provenance: 'general-knowledge', verified: false } as const;
const RECALLED = { source: GB_T_30428_2_RECALLED, provenance: 'general-knowledge', verified: false } as const;

type Origin = typeof TWO | typeof ONE | typeof RECALLED;

function minor(code: string, nameZh: string, nameEn: string, origin: Origin, aliases: string[] = [], note: string | null = null) {
  return { ...origin, kind: 'component', majorCode: code.slice(0, 2), code, nameZh, nameEn, aliases, note } as const;
}

/** The six component major classes (部件大类). */
export const COMPONENT_MAJOR_CLASSES: readonly MajorClass[] = z.array(MajorClass).parse([
  { ...TWO, kind: 'component', code: '01', nameZh: '公用设施', nameEn: 'public utilities' },
  { ...TWO, kind: 'component', code: '02', nameZh: '道路交通', nameEn: 'roads and traffic' },
  { ...TWO, kind: 'component', code: '03', nameZh: '市容环境', nameEn: 'city appearance and sanitation' },
  { ...TWO, kind: 'component', code: '04', nameZh: '园林绿化', nameEn: 'parks and greening' },
  { ...TWO, kind: 'component', code: '05', nameZh: '房屋土地', nameEn: 'buildings and land' },
  { ...RECALLED, kind: 'component', code: '06', nameZh: '其他设施', nameEn: 'other facilities' },
]);

/** A representative set of component minor classes (部件小类); see each entry's `source`. */
export const COMPONENT_MINOR_CLASSES: readonly MinorClass[] = z.array(MinorClass).parse([
  minor('0101', '上水井盖', 'water supply manhole cover', TWO, ['给水井盖', '自来水井盖']),
  minor('0102', '污水井盖', 'sewer manhole cover', TWO),
  minor('0103', '雨水井盖', 'stormwater manhole cover', TWO),
  minor('0104', '雨水箅子', 'stormwater inlet grate', TWO, ['雨水篦子', '雨箅子']),
  minor('0105', '电力井盖', 'electric power manhole cover', TWO, ['供电井盖']),
  minor('0106', '路灯井盖', 'street lighting manhole cover', TWO),
  minor('0107', '通信井盖', 'telecommunications manhole cover', TWO, ['通讯井盖', '电信井盖'], 'the catalogues name it 电信井盖; the standard is recalled as 通讯井盖'),
  minor('0108', '电视井盖', 'cable television manhole cover', TWO, ['有线电视井盖']),
  minor('0109', '网络井盖', 'data network manhole cover', TWO),
  minor('0110', '热力井盖', 'district heating manhole cover', TWO),
  minor('0111', '燃气井盖', 'gas manhole cover', TWO),
  minor('0112', '公安井盖', 'police manhole cover', TWO),
  minor('0113', '消防设施', 'fire-fighting facilities', TWO, ['消防栓', '消火栓', '消防井盖'], 'fire hydrants are filed here; one catalogue names the class 消防井盖 and lists 消火栓 separately (local)'),
  minor('0114', '无主井盖', 'manhole cover of unknown owner', TWO, ['不明井盖', '其它井盖', '其他井盖']),
  minor('0115', '通信交接箱', 'telecommunications cross-connect cabinet', TWO, ['电信交接箱', '信息交接箱', '通讯交接箱']),
  minor('0116', '电力设施', 'electric power equipment', TWO, ['电力设施（设备）']),
  minor('0118', '路灯', 'street lamp', TWO),
  minor('0201', '停车场', 'car park', ONE),
  minor('0202', '停车咪表', 'parking meter', ONE),
  minor('0203', '公交站亭', 'bus shelter', ONE, ['公共交通站亭']),
  minor('0205', '过街天桥', 'pedestrian bridge', ONE, ['人行天桥']),
  minor('0206', '地下通道', 'pedestrian underpass', ONE),
  minor('0209', '交通标志牌', 'traffic sign', ONE),
  minor('0213', '路名牌', 'street name sign', ONE),
  minor('0214', '交通信号灯', 'traffic signal', ONE, [], 'code from one catalogue only; check against the standard first'),
  minor('0301', '公共厕所', 'public toilet', TWO),
  minor('0304', '垃圾间', 'refuse room', TWO, ['垃圾间（楼）', '垃圾箱房']),
  minor('0305', '垃圾箱', 'litter bin', TWO, ['废物箱', '果皮箱', '垃圾桶']),
  minor('0307', '广告牌匾', 'advertising signboard', ONE),
  minor('0401', '古树名木', 'old and notable tree', ONE),
  minor('0402', '行道树', 'street tree', ONE),
  minor('0404', '花架花钵', 'planter and flower stand', ONE),
  minor('0405', '绿地', 'green space', ONE),
  minor('0406', '雕塑', 'sculpture', ONE, ['城市雕塑']),
  minor('0407', '街头座椅', 'street bench', ONE, ['街头坐椅']),
  minor('0501', '宣传栏', 'notice board', ONE),
  minor('0502', '人防工事', 'civil air defence works', ONE),
  minor('0601', '重大危险源', 'major hazard installation', RECALLED),
]);

checkClassTable(COMPONENT_MAJOR_CLASSES, COMPONENT_MINOR_CLASSES);
