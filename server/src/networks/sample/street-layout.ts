import type { RoadClass } from './read-road-lines.ts';

// The generator's cross-section, in the order GB 50289-2016 (section 4.1) gives from the
// building line inwards: power and telecom outermost, then water and gas, drains under the
// carriageway.
// The offsets are choices of this generator, not values of the standard; see the README of
// data-samples/shanghai-lujiazui/networks for the table.

/** The six systems of the sample, by their point-number prefix. */
export type SystemCode = 'JS' | 'YS' | 'WS' | 'RQ' | 'DL' | 'TX';

/** How a system carries its medium, which decides depths, sizes and the depth reference. */
export type SystemKind = 'pressure' | 'gravity' | 'duct';

/** One pipe system of the sample and where it runs in the street. */
export interface SystemLayout {
  code: SystemCode;
  /** CJJ 61 main type 代号 (管线类型). */
  pipeType: 'JS' | 'PS' | 'RQ' | 'DL' | 'TX';
  /** CJJ 61 subtype 代号 (小类). */
  subtype: string;
  title: string;
  kind: SystemKind;
  /** Side A (+1, the street side facing north-east) or side B (-1). */
  side: 1 | -1;
  /** Distance from the centreline of a two-way street, metres. */
  offset: Record<RoadClass, number>;
  /** Distance from the drawn line of one carriageway of a divided road, metres. */
  dividedOffset: Record<RoadClass, number>;
  /** Road classes the system is laid under before connecting its pieces. */
  roadClasses: readonly RoadClass[];
  owner: string;
}

const MAIN: readonly RoadClass[] = ['primary', 'secondary'];
const MAJOR: readonly RoadClass[] = ['primary', 'secondary', 'tertiary'];
const ALL: readonly RoadClass[] = ['primary', 'secondary', 'tertiary', 'minor'];

/** The systems in output order with the generator's cross-section. */
export const SYSTEM_LAYOUTS: readonly SystemLayout[] = Object.freeze([
  {
    code: 'JS', pipeType: 'JS', subtype: 'JP', title: '给水管网（生成）', kind: 'pressure', side: 1,
    offset: { primary: 14, secondary: 10.5, tertiary: 7.5, minor: 3.5, link: 2.5 },
    dividedOffset: { primary: 7, secondary: 6, tertiary: 5, minor: 3.5, link: 2.5 },
    roadClasses: ALL, owner: '上海城投水务',
  },
  {
    code: 'YS', pipeType: 'PS', subtype: 'YS', title: '雨水管网（生成）', kind: 'gravity', side: 1,
    offset: { primary: 5, secondary: 4, tertiary: 3, minor: 1.5, link: 1.2 },
    dividedOffset: { primary: 2.5, secondary: 2, tertiary: 2, minor: 1.5, link: 1.2 },
    roadClasses: ALL, owner: '上海市城市排水有限公司',
  },
  {
    code: 'WS', pipeType: 'PS', subtype: 'WS', title: '污水管网（生成）', kind: 'gravity', side: -1,
    offset: { primary: 5, secondary: 4, tertiary: 3, minor: 1.5, link: 1.2 },
    dividedOffset: { primary: 2.5, secondary: 2, tertiary: 2, minor: 1.5, link: 1.2 },
    roadClasses: ALL, owner: '上海市城市排水有限公司',
  },
  {
    code: 'RQ', pipeType: 'RQ', subtype: 'TR', title: '燃气管网（生成）', kind: 'pressure', side: -1,
    offset: { primary: 14, secondary: 10.5, tertiary: 7.5, minor: 3.5, link: 2.5 },
    dividedOffset: { primary: 7, secondary: 6, tertiary: 5, minor: 3.5, link: 2.5 },
    roadClasses: MAJOR, owner: '上海燃气',
  },
  {
    code: 'DL', pipeType: 'DL', subtype: 'GD', title: '电力管网（生成）', kind: 'duct', side: 1,
    offset: { primary: 17.5, secondary: 13, tertiary: 10, minor: 5.5, link: 4 },
    dividedOffset: { primary: 10, secondary: 8.5, tertiary: 7, minor: 5.5, link: 4 },
    roadClasses: MAIN, owner: '国网上海市电力公司',
  },
  {
    code: 'TX', pipeType: 'TX', subtype: 'DX', title: '通信管网（生成）', kind: 'duct', side: -1,
    offset: { primary: 17.5, secondary: 13, tertiary: 10, minor: 5.5, link: 4 },
    dividedOffset: { primary: 10, secondary: 8.5, tertiary: 7, minor: 5.5, link: 4 },
    roadClasses: MAIN, owner: '中国电信上海分公司',
  },
] satisfies SystemLayout[]);

/** Rank of a road class, higher for wider streets; decides which street a junction follows. */
export const ROAD_CLASS_RANK: Record<RoadClass, number> = { primary: 4, secondary: 3, tertiary: 2, minor: 1, link: 0 };

/** The layout of system `code`. */
export function systemLayout(code: SystemCode): SystemLayout {
  const layout = SYSTEM_LAYOUTS.find((entry) => entry.code === code);
  if (!layout) throw new Error(`street-layout: no system ${code}`);
  return layout;
}
