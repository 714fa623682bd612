import { z } from 'zod';
import { ClauseReference } from '../rule-packs/rule-pack.ts';
import { BurialClass } from './burial-method.ts';
import { CodeListSource } from './code-list-provenance.ts';
import { GasPressureClass } from './gas-pressure-class.ts';
import { PipeTypeCode } from './pipe-types.ts';

// GB 50289-2016 城市工程管线综合规划规范 as data: the minimum horizontal clear distances between
// pipelines and between pipelines and buildings (表4.1.9), and the minimum vertical clear
// distances where pipelines cross (表4.1.14). Clear distance is outer edge to outer edge.
//
// Where the values come from: no public transcription of the 2016 tables could be found (the
// reference material searched held the 1998 edition's 附表一/附表二, GB 50028's gas table and
// the notes of the 2016 table as other standards quote them). The values below are written
// from knowledge of the 2016 tables as used in pipe-coordination practice, so every entry has
// provenance 'general-knowledge' and verified: false, and some carry a note where the value is
// less certain or differs from the 1998 edition. The clause and table numbers (4.1.9, 4.1.14)
// are unchecked too. A reviewer with the printed standard checks entry by entry, sets
// `verified` and `provenance: 'standard-text'`, and corrects what differs.
//
// CJJ 61 types map onto the table's rows: JS 给水 (JS with subtype ZS 中水 is 再生水), PS 污水、雨水,
// RQ 燃气 by pressure class, RL 热力 (direct-buried; in a trench the 管沟 column), DL 电力 and
// TX 通信 by burial form. GY industrial and QT other pipelines are not in the table.

/** Where the recalled values come from; every entry names one of these in `source`. */
export const GB50289_2016_RECALLED =
  'GB 50289-2016 表4.1.9 / 表4.1.14 as recalled from pipe-coordination practice; no transcription of the 2016 table was found to copy from; clause and table numbers unchecked; not checked against the printed standard';

/** Recalled values that agree with GB 50028's gas table as a public page quotes it. */
export const GB50289_2016_RECALLED_GAS =
  'GB 50289-2016 表4.1.9 as recalled; the low and medium pressure values agree with GB 50028 表6.3.3-1 as quoted at m.wenku365.com/p-56712111.html (燃气管道的安全距离); not checked against the printed GB 50289-2016';

/** Recalled values that agree with the 1998 edition's vertical table as a public page quotes it. */
export const GB50289_2016_RECALLED_1998 =
  'GB 50289-2016 表4.1.14 as recalled; agrees with GB 50289-98 附表二 as quoted at m.jianbiaoku.com/webarbs/book/9072/236683.shtml and m.wenku365.com/p-56712111.html; not checked against the printed GB 50289-2016';

/** What one side of a table cell is about: a pipe type (with conditions) or a building. */
export const ClearanceSide = z.object({
  party: z.union([PipeTypeCode, z.literal('building')]),
  label: z.string().describe('the row or column as the table names it, e.g. 燃气管线 中压A'),
  subtypes: z.array(z.string()).nullable().default(null).describe('only these CJJ 61 subtypes (代号)'),
  excludeSubtypes: z.array(z.string()).nullable().default(null).describe('any subtype but these'),
  pressureClasses: z.array(GasPressureClass).nullable().default(null).describe('only gas of these pressure classes'),
  diameter: z
    .object({ above: z.number().nullable(), upTo: z.number().nullable() })
    .nullable()
    .default(null)
    .describe('only pipes with above < diameter ≤ upTo (m); a null bound is open'),
  burial: z.array(BurialClass).nullable().default(null).describe('only these burial forms'),
});
export type ClearanceSide = z.infer<typeof ClearanceSide>;

/** One cell of 表4.1.9 (horizontal) or 表4.1.14 (vertical); the pair is unordered. */
export const ClearanceEntry = CodeListSource.extend({
  id: z.string().regex(/^[hv]-[a-z0-9-]+$/),
  between: z.tuple([ClearanceSide, ClearanceSide]),
  horizontal: z.number().positive().nullable().describe('minimum horizontal clear distance (m)'),
  vertical: z.number().positive().nullable().describe('minimum vertical clear distance at a crossing (m)'),
  clause: ClauseReference,
  note: z.string().nullable(),
}).refine((entry) => (entry.horizontal === null) !== (entry.vertical === null), { message: 'an entry gives a horizontal or a vertical distance, each from its own table' });
export type ClearanceEntry = z.infer<typeof ClearanceEntry>;

/** A clearance table: entries with unique ids. */
export const ClearanceTable = z.array(ClearanceEntry).superRefine((entries, context) => {
  const ids = new Set<string>();
  for (const entry of entries) {
    if (ids.has(entry.id)) context.addIssue({ code: 'custom', message: `clearance entry id ${entry.id} is used twice` });
    ids.add(entry.id);
  }
});

type SideInput = z.input<typeof ClearanceSide>;
type Source = string;

const TABLE_4_1_9 = { standard: 'GB 50289', year: '2016', clause: '表4.1.9', title: '工程管线之间及其与建（构）筑物之间的最小水平净距' };
const TABLE_4_1_14 = { standard: 'GB 50289', year: '2016', clause: '表4.1.14', title: '工程管线交叉时的最小垂直净距' };

function side(party: SideInput['party'], label: string, conditions: Omit<SideInput, 'party' | 'label'> = {}): SideInput {
  return { party, label, ...conditions };
}

function horizontal(id: string, a: SideInput, b: SideInput, metres: number, note: string | null = null, source: Source = GB50289_2016_RECALLED) {
  return { source, provenance: 'general-knowledge', verified: false, id: `h-${id}`, between: [a, b], horizontal: metres, vertical: null, clause: TABLE_4_1_9, note };
}

function vertical(id: string, a: SideInput, b: SideInput, metres: number, note: string | null = null, source: Source = GB50289_2016_RECALLED) {
  return { source, provenance: 'general-knowledge', verified: false, id: `v-${id}`, between: [a, b], horizontal: null, vertical: metres, clause: TABLE_4_1_14, note };
}

const BUILDING = side('building', '建（构）筑物');
const WATER = side('JS', '给水管线', { excludeSubtypes: ['ZS'] });
const WATER_SMALL = side('JS', '给水管线 d≤200mm', { excludeSubtypes: ['ZS'], diameter: { above: null, upTo: 0.2 } });
const WATER_LARGE = side('JS', '给水管线 d>200mm', { excludeSubtypes: ['ZS'], diameter: { above: 0.2, upTo: null } });
const RECLAIMED = side('JS', '再生水管线', { subtypes: ['ZS'] });
const DRAIN = side('PS', '污水、雨水管线');
const GAS = side('RQ', '燃气管线');
const gas = (label: string, ...pressureClasses: GasPressureClass[]) => side('RQ', `燃气管线 ${label}`, { pressureClasses });
const GAS_LOW = gas('低压', 'low');
const GAS_MEDIUM = gas('中压', 'medium-B', 'medium-A');
const GAS_LOW_MEDIUM = gas('低压、中压', 'low', 'medium-B', 'medium-A');
const GAS_UP_TO_SUB_HIGH_B = gas('低压至次高压B', 'low', 'medium-B', 'medium-A', 'sub-high-B');
const GAS_MEDIUM_B = gas('中压B', 'medium-B');
const GAS_MEDIUM_A = gas('中压A', 'medium-A');
const GAS_SUB_HIGH_B = gas('次高压B', 'sub-high-B');
const GAS_SUB_HIGH_A = gas('次高压A', 'sub-high-A');
const GAS_SMALL = side('RQ', '燃气管线 DN≤300mm', { diameter: { above: null, upTo: 0.3 } });
const GAS_LARGE = side('RQ', '燃气管线 DN>300mm', { diameter: { above: 0.3, upTo: null } });
const HEAT = side('RL', '热力管线');
const HEAT_DIRECT = side('RL', '直埋热力管线', { burial: ['direct'] });
const HEAT_TRENCH = side('RL', '管沟（热力管沟）', { burial: ['trench', 'tunnel'] });
const POWER = side('DL', '电力管线');
const POWER_DIRECT = side('DL', '电力管线 直埋', { burial: ['direct'] });
const POWER_DUCT = side('DL', '电力管线 保护管', { burial: ['duct', 'trench', 'tunnel'] });
const TELECOM = side('TX', '通信管线');
const TELECOM_DIRECT = side('TX', '通信管线 直埋', { burial: ['direct'] });
const TELECOM_DUCT = side('TX', '通信管线 管道、通道', { burial: ['duct', 'trench', 'tunnel'] });

const SUB_HIGH_A_WALL = 'note 3 of the table: 次高压A may come to 6.5 m with protection or wall ≥ 9.5 mm, 3.0 m with wall ≥ 11.9 mm (as other standards quote the note)';
const TRENCH_AS_DUCT = 'a cable trench or tunnel is read as the 保护管 / 通道 column; the 管沟 row may apply instead';
const TRENCH_COLUMN = 'heat in a trench is read as the 管沟 column, measured to the trench outer wall; less certain than the direct-buried row';
const SLAB = '* in the table: 0.25 m where a separating slab (隔板) is laid between them';

const HORIZONTAL = [
  // Buildings (structures): measured to the foundation, for sub-high pressure gas to the outer wall
  horizontal('building-water-small', BUILDING, WATER_SMALL, 1.0),
  horizontal('building-water-large', BUILDING, WATER_LARGE, 3.0),
  horizontal('building-drain', BUILDING, DRAIN, 2.5),
  horizontal('building-reclaimed', BUILDING, RECLAIMED, 1.0),
  horizontal('building-gas-low', BUILDING, GAS_LOW, 0.7, null, GB50289_2016_RECALLED_GAS),
  horizontal('building-gas-medium-b', BUILDING, GAS_MEDIUM_B, 1.0),
  horizontal('building-gas-medium-a', BUILDING, GAS_MEDIUM_A, 1.5, null, GB50289_2016_RECALLED_GAS),
  horizontal('building-gas-sub-high-b', BUILDING, GAS_SUB_HIGH_B, 5.0, 'to the outer wall where it leaves the ground (note 2)'),
  horizontal('building-gas-sub-high-a', BUILDING, GAS_SUB_HIGH_A, 13.5, SUB_HIGH_A_WALL),
  horizontal('building-heat-direct', BUILDING, HEAT_DIRECT, 3.0),
  horizontal('building-heat-trench', BUILDING, HEAT_TRENCH, 0.5, TRENCH_COLUMN),
  horizontal('building-power', BUILDING, POWER, 0.6),
  horizontal('building-telecom-direct', BUILDING, TELECOM_DIRECT, 1.0),
  horizontal('building-telecom-duct', BUILDING, TELECOM_DUCT, 1.5),
  // Water supply
  horizontal('water-small-drain', WATER_SMALL, DRAIN, 1.0),
  horizontal('water-large-drain', WATER_LARGE, DRAIN, 1.5),
  horizontal('water-reclaimed', WATER, RECLAIMED, 0.5),
  horizontal('water-gas-low-medium', WATER, GAS_LOW_MEDIUM, 0.5, null, GB50289_2016_RECALLED_GAS),
  horizontal('water-gas-sub-high-b', WATER, GAS_SUB_HIGH_B, 1.0),
  horizontal('water-gas-sub-high-a', WATER, GAS_SUB_HIGH_A, 1.5),
  horizontal('water-heat-direct', WATER, HEAT_DIRECT, 1.5),
  horizontal('water-heat-trench', WATER, HEAT_TRENCH, 1.5, TRENCH_COLUMN),
  horizontal('water-power', WATER, POWER, 0.5),
  horizontal('water-telecom', WATER, TELECOM, 1.0),
  // Sewers and storm drains
  horizontal('drain-reclaimed', DRAIN, RECLAIMED, 0.5),
  horizontal('drain-gas-low', DRAIN, GAS_LOW, 1.0, null, GB50289_2016_RECALLED_GAS),
  horizontal('drain-gas-medium', DRAIN, GAS_MEDIUM, 1.2, null, GB50289_2016_RECALLED_GAS),
  horizontal('drain-gas-sub-high-b', DRAIN, GAS_SUB_HIGH_B, 1.5),
  horizontal('drain-gas-sub-high-a', DRAIN, GAS_SUB_HIGH_A, 2.0),
  horizontal('drain-heat-direct', DRAIN, HEAT_DIRECT, 1.5),
  horizontal('drain-heat-trench', DRAIN, HEAT_TRENCH, 1.5, TRENCH_COLUMN),
  horizontal('drain-power', DRAIN, POWER, 0.5),
  horizontal('drain-telecom', DRAIN, TELECOM, 1.0),
  // Reclaimed water
  horizontal('reclaimed-gas-low-medium', RECLAIMED, GAS_LOW_MEDIUM, 0.5),
  horizontal('reclaimed-gas-sub-high-b', RECLAIMED, GAS_SUB_HIGH_B, 1.0),
  horizontal('reclaimed-gas-sub-high-a', RECLAIMED, GAS_SUB_HIGH_A, 1.5),
  horizontal('reclaimed-heat-direct', RECLAIMED, HEAT_DIRECT, 1.0),
  horizontal('reclaimed-heat-trench', RECLAIMED, HEAT_TRENCH, 1.5, TRENCH_COLUMN),
  horizontal('reclaimed-power', RECLAIMED, POWER, 0.5),
  horizontal('reclaimed-telecom', RECLAIMED, TELECOM, 1.0),
  // Gas
  horizontal('gas-small-gas-small', GAS_SMALL, GAS_SMALL, 0.4, 'read as: both pipes DN≤300', GB50289_2016_RECALLED_GAS),
  horizontal('gas-large-gas', GAS_LARGE, GAS, 0.5, 'read as: either pipe DN>300', GB50289_2016_RECALLED_GAS),
  horizontal('gas-low-medium-heat-direct', GAS_LOW_MEDIUM, HEAT_DIRECT, 1.0),
  horizontal('gas-sub-high-b-heat-direct', GAS_SUB_HIGH_B, HEAT_DIRECT, 1.5),
  horizontal('gas-sub-high-a-heat-direct', GAS_SUB_HIGH_A, HEAT_DIRECT, 2.0),
  horizontal('gas-low-heat-trench', GAS_LOW, HEAT_TRENCH, 1.0, TRENCH_COLUMN),
  horizontal('gas-medium-heat-trench', GAS_MEDIUM, HEAT_TRENCH, 1.5, TRENCH_COLUMN),
  horizontal('gas-sub-high-b-heat-trench', GAS_SUB_HIGH_B, HEAT_TRENCH, 2.0, TRENCH_COLUMN),
  horizontal('gas-sub-high-a-heat-trench', GAS_SUB_HIGH_A, HEAT_TRENCH, 4.0, TRENCH_COLUMN),
  horizontal('gas-low-medium-power-direct', GAS_LOW_MEDIUM, POWER_DIRECT, 0.5, null, GB50289_2016_RECALLED_GAS),
  horizontal('gas-sub-high-b-power-direct', GAS_SUB_HIGH_B, POWER_DIRECT, 1.0),
  horizontal('gas-sub-high-a-power-direct', GAS_SUB_HIGH_A, POWER_DIRECT, 1.5),
  horizontal('gas-to-sub-high-b-power-duct', GAS_UP_TO_SUB_HIGH_B, POWER_DUCT, 1.0, TRENCH_AS_DUCT, GB50289_2016_RECALLED_GAS),
  horizontal('gas-sub-high-a-power-duct', GAS_SUB_HIGH_A, POWER_DUCT, 1.5, TRENCH_AS_DUCT),
  horizontal('gas-low-medium-telecom-direct', GAS_LOW_MEDIUM, TELECOM_DIRECT, 0.5, null, GB50289_2016_RECALLED_GAS),
  horizontal('gas-sub-high-b-telecom-direct', GAS_SUB_HIGH_B, TELECOM_DIRECT, 1.0),
  horizontal('gas-sub-high-a-telecom-direct', GAS_SUB_HIGH_A, TELECOM_DIRECT, 1.5),
  horizontal('gas-to-sub-high-b-telecom-duct', GAS_UP_TO_SUB_HIGH_B, TELECOM_DUCT, 1.0, TRENCH_AS_DUCT, GB50289_2016_RECALLED_GAS),
  horizontal('gas-sub-high-a-telecom-duct', GAS_SUB_HIGH_A, TELECOM_DUCT, 1.5, TRENCH_AS_DUCT),
  // Heat, power, telecom
  horizontal('heat-direct-power', HEAT_DIRECT, POWER, 2.0),
  horizontal('heat-direct-telecom', HEAT_DIRECT, TELECOM, 1.0),
  horizontal('heat-trench-power', HEAT_TRENCH, POWER, 2.0, `${TRENCH_COLUMN}; taken equal to the direct-buried row`),
  horizontal('heat-trench-telecom', HEAT_TRENCH, TELECOM, 1.0, `${TRENCH_COLUMN}; taken equal to the direct-buried row`),
  horizontal('power-telecom', POWER, TELECOM, 0.5, 'less certain: recalled as 0.5 for both burial forms'),
];

const VERTICAL = [
  vertical('water-water', WATER, WATER, 0.15, null, GB50289_2016_RECALLED_1998),
  vertical('drain-water', DRAIN, WATER, 0.4, null, GB50289_2016_RECALLED_1998),
  vertical('drain-drain', DRAIN, DRAIN, 0.15, null, GB50289_2016_RECALLED_1998),
  vertical('heat-water', HEAT, WATER, 0.15, null, GB50289_2016_RECALLED_1998),
  vertical('heat-drain', HEAT, DRAIN, 0.15, null, GB50289_2016_RECALLED_1998),
  vertical('heat-heat', HEAT, HEAT, 0.15, null, GB50289_2016_RECALLED_1998),
  vertical('gas-water', GAS, WATER, 0.15, null, GB50289_2016_RECALLED_1998),
  vertical('gas-drain', GAS, DRAIN, 0.15, null, GB50289_2016_RECALLED_1998),
  vertical('gas-heat', GAS, HEAT, 0.15, 'note 2 of the table: for polyethylene gas pipes CJJ 63 applies', GB50289_2016_RECALLED_1998),
  vertical('gas-gas', GAS, GAS, 0.15, null, GB50289_2016_RECALLED_1998),
  vertical('telecom-direct-water', TELECOM_DIRECT, WATER, 0.5, null, GB50289_2016_RECALLED_1998),
  vertical('telecom-direct-drain', TELECOM_DIRECT, DRAIN, 0.5, null, GB50289_2016_RECALLED_1998),
  vertical('telecom-direct-heat', TELECOM_DIRECT, HEAT, 0.25, 'the 1998 edition gave 0.15; 0.25 is recalled for 2016'),
  vertical('telecom-direct-gas', TELECOM_DIRECT, GAS, 0.5, null, GB50289_2016_RECALLED_1998),
  vertical('telecom-direct-telecom', TELECOM_DIRECT, TELECOM, 0.25, null, GB50289_2016_RECALLED_1998),
  vertical('telecom-duct-water', TELECOM_DUCT, WATER, 0.15, TRENCH_AS_DUCT, GB50289_2016_RECALLED_1998),
  vertical('telecom-duct-drain', TELECOM_DUCT, DRAIN, 0.15, TRENCH_AS_DUCT, GB50289_2016_RECALLED_1998),
  vertical('telecom-duct-heat', TELECOM_DUCT, HEAT, 0.25, 'the 1998 edition gave 0.15; 0.25 is recalled for 2016'),
  vertical('telecom-duct-gas', TELECOM_DUCT, GAS, 0.15, TRENCH_AS_DUCT, GB50289_2016_RECALLED_1998),
  vertical('telecom-duct-telecom-duct', TELECOM_DUCT, TELECOM_DUCT, 0.25, null, GB50289_2016_RECALLED_1998),
  vertical('power-direct-water', POWER_DIRECT, WATER, 0.5, `${SLAB}; the 1998 edition gave 0.15`),
  vertical('power-direct-drain', POWER_DIRECT, DRAIN, 0.5, SLAB),
  vertical('power-direct-heat', POWER_DIRECT, HEAT, 0.5, SLAB),
  vertical('power-direct-gas', POWER_DIRECT, GAS, 0.5, SLAB),
  vertical('power-direct-telecom', POWER_DIRECT, TELECOM, 0.5, SLAB),
  vertical('power-direct-power', POWER_DIRECT, POWER, 0.5, SLAB),
  vertical('power-duct-water', POWER_DUCT, WATER, 0.25, TRENCH_AS_DUCT),
  vertical('power-duct-drain', POWER_DUCT, DRAIN, 0.25, TRENCH_AS_DUCT),
  vertical('power-duct-heat', POWER_DUCT, HEAT, 0.25, TRENCH_AS_DUCT),
  vertical('power-duct-gas', POWER_DUCT, GAS, 0.15, TRENCH_AS_DUCT),
  vertical('power-duct-telecom', POWER_DUCT, TELECOM, 0.25, TRENCH_AS_DUCT),
  vertical('power-duct-power-duct', POWER_DUCT, POWER_DUCT, 0.25, TRENCH_AS_DUCT),
  vertical('reclaimed-water', RECLAIMED, WATER, 0.5),
  vertical('reclaimed-drain', RECLAIMED, DRAIN, 0.4),
  vertical('reclaimed-heat', RECLAIMED, HEAT, 0.15),
  vertical('reclaimed-gas', RECLAIMED, GAS, 0.15),
  vertical('reclaimed-telecom', RECLAIMED, TELECOM, 0.15),
  vertical('reclaimed-power-direct', RECLAIMED, POWER_DIRECT, 0.5, SLAB),
  vertical('reclaimed-power-duct', RECLAIMED, POWER_DUCT, 0.25, TRENCH_AS_DUCT),
  vertical('reclaimed-reclaimed', RECLAIMED, RECLAIMED, 0.15),
];

/**
 * GB 50289-2016 表4.1.9 and 表4.1.14 as data, validated at load. No value is verified against the
 * printed standard; see GB50289_2016_RECALLED and each entry's `source` and `note`.
 */
export const GB50289_CLEARANCES: readonly ClearanceEntry[] = Object.freeze(ClearanceTable.parse([...HORIZONTAL, ...VERTICAL]));
