import { z } from 'zod';
import { checkClassTable, MajorClass, MinorClass } from './case-class-entry.ts';
import { GB_T_30428_2_ONE_CATALOGUE, GB_T_30428_2_RECALLED, GB_T_30428_2_TWO_CATALOGUES } from './case-code-sources.ts';

// Events (管理事件) of GB/T 30428.2: six major classes and a representative set of minor classes.
// The numbering is the CJ/T 214-2007 one that city systems kept (街面秩序 05). Another numbering is
// in use in some deployed systems (街面秩序 04, 暴露垃圾 0110, 乱堆物堆料 0136); a reviewer should
// check which one the printed GB/T 30428.2 has before any value is verified.
// A broken manhole cover is not an event: it is a component case under the cover's class.

const TWO = { source: GB_T_30428_2_TWO_CATALOGUES, provenance: 'general-knowledge', verified: false } as const;
const ONE = { source: GB_T_30428_2_ONE_CATALOGUE, provenance: 'general-knowledge', verified: false } as const;
const RECALLED = { source: GB_T_30428_2_RECALLED, provenance: 'general-knowledge', verified: false } as const;

type Origin = typeof TWO | typeof ONE | typeof RECALLED;

function minor(code: string, nameZh: string, nameEn: string, origin: Origin, aliases: string[] = [], note: string | null = null) {
  return { ...origin, kind: 'event', majorCode: code.slice(0, 2), code, nameZh, nameEn, aliases, note } as const;
}

/** The six event major classes (事件大类). */
export const EVENT_MAJOR_CLASSES: readonly MajorClass[] = z.array(MajorClass).parse([
  { ...TWO, kind: 'event', code: '01', nameZh: '市容环境', nameEn: 'city appearance and sanitation' },
  { ...TWO, kind: 'event', code: '02', nameZh: '宣传广告', nameEn: 'advertising and notices' },
  { ...TWO, kind: 'event', code: '03', nameZh: '施工管理', nameEn: 'construction sites' },
  { ...TWO, kind: 'event', code: '04', nameZh: '突发事件', nameEn: 'emergencies' },
  { ...TWO, kind: 'event', code: '05', nameZh: '街面秩序', nameEn: 'street order' },
  { ...RECALLED, kind: 'event', code: '06', nameZh: '其他事件', nameEn: 'other events' },
]);

/** A representative set of event minor classes (事件小类); see each entry's `source`. */
export const EVENT_MINOR_CLASSES: readonly MinorClass[] = z.array(MinorClass).parse([
  minor('0101', '私搭乱建', 'unauthorised structure', TWO, ['违法建设', '新增建筑']),
  minor('0102', '暴露垃圾', 'exposed rubbish', TWO),
  minor('0103', '积存垃圾渣土', 'accumulated rubbish and spoil', TWO),
  minor('0104', '道路不洁', 'dirty road', TWO, ['道路保洁']),
  minor('0105', '水域不洁', 'dirty water body', TWO, ['河道保洁']),
  minor('0106', '绿地脏乱', 'dirty green space', TWO, ['绿地保洁']),
  minor('0107', '废弃车辆', 'abandoned vehicle', TWO),
  minor('0108', '废弃家具设备', 'abandoned furniture and appliances', TWO, ['废弃家具设施']),
  minor('0109', '非装饰性树挂', 'non-decorative things hung in trees', TWO),
  minor('0201', '非法小广告', 'illegal small adverts (乱张贴)', TWO, ['乱张贴', '非法张贴小广告', '街头张贴广告']),
  minor('0202', '违章张贴悬挂广告牌匾', 'unauthorised posted or hung signboards', TWO),
  minor('0203', '占道广告牌', 'advertising board on the footway', TWO),
  minor('0204', '街头散发广告', 'handing out flyers', TWO, ['街头散发小广告']),
  minor('0301', '施工扰民', 'construction nuisance', TWO),
  minor('0302', '工地扬尘', 'construction dust', TWO),
  minor('0401', '路面塌陷', 'road collapse', TWO),
  minor('0402', '自来水管破裂', 'burst water main', TWO, ['供水管道破裂']),
  minor('0403', '燃气管道破裂', 'gas pipe rupture', TWO),
  minor('0404', '下水道堵塞或破损', 'blocked or broken sewer', TWO, ['排水管道堵塞']),
  minor('0405', '热力管道破裂', 'burst heating pipe', ONE),
  minor('0406', '道路积水', 'waterlogged road', ONE, ['路面积水'], 'one catalogue files 道路积水 under 市容环境 instead'),
  minor('0407', '道路积雪结冰', 'snow and ice on the road', ONE),
  minor('0501', '无照经营游商', 'unlicensed street vendor', TWO),
  minor('0502', '流浪乞讨', 'begging', TWO),
  minor('0503', '占道废品收购', 'scrap buying on the street', TWO),
  minor('0504', '店外经营', 'trading outside the shop front', TWO, ['出店经营', '跨门经营']),
  minor('0505', '机动车乱停放', 'illegally parked motor vehicle', TWO),
  minor('0506', '非机动车乱停放', 'illegally parked bicycle or e-bike', TWO),
  minor('0507', '乱堆物堆料', 'goods or materials piled on the street', TWO),
  minor('0508', '商业噪音', 'commercial noise', TWO),
  minor('0509', '黑车拉客', 'unlicensed taxi touting', TWO),
  minor('0510', '露天烧烤', 'open-air barbecue', TWO),
]);

checkClassTable(EVENT_MAJOR_CLASSES, EVENT_MINOR_CLASSES);
