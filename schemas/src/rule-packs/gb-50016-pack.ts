import { RulePack } from './rule-pack.ts';
import {
  BUILDING_HEIGHT_PARAMETER,
  BUILDING_USE_PARAMETER,
  GROUND_ELEVATION_PARAMETER,
  OUTLINE_CUT_HEIGHT_PARAMETER,
  SPRINKLERS_PARAMETER,
} from './common-parameters.ts';

const GB50016 = { standard: 'GB 50016', year: '2014', edition: '2018年版' } as const;
const GB55037 = { standard: 'GB 55037', year: '2022' } as const;

/**
 * GB 50016-2014 (2018年版) 建筑设计防火规范, civil buildings, with GB 55037-2022 建筑防火通用规范
 * where the general code restates or tightens a value. Values are those of fire resistance
 * rating 一、二级 unless the rule says otherwise.
 */
export const GB_50016_PACK: RulePack = RulePack.parse({
  id: 'gb-50016',
  version: '1.0.0',
  title: 'GB 50016-2014(2018年版) 建筑设计防火规范 — 民用建筑',
  description:
    'Fire compartments, evacuation widths, number of exits and evacuation distances of civil buildings (GB 50016-2014 (2018) chapter 5, with GB 55037-2022 where it supersedes). The building use, class and sprinkler status are parameters; auto values are inferred from the model and stated in the report.',
  standards: [
    { ...GB50016, clause: null, title: '建筑设计防火规范' },
    { ...GB55037, clause: null, title: '建筑防火通用规范' },
  ],
  parameters: {
    buildingUse: BUILDING_USE_PARAMETER,
    buildingClass: {
      type: 'enum',
      title: '建筑分类 Building class',
      description: 'high-rise (高层: residential > 27 m, other civil buildings > 24 m and more than one storey, GB 50016-2014 5.1.1) or single-multi-storey (单、多层). auto: from the building height.',
      options: ['auto', 'high-rise', 'single-multi-storey'],
      default: 'auto',
    },
    buildingHeight: BUILDING_HEIGHT_PARAMETER,
    fireResistanceRating: {
      type: 'enum',
      title: '耐火等级 Fire resistance rating',
      description: '1-2 (一、二级), 3 (三级) or 4 (四级). High-rise buildings must be 一、二级 (5.1.3).',
      options: ['1-2', '3', '4'],
      default: '1-2',
    },
    sprinklers: SPRINKLERS_PARAMETER,
    occupancy: {
      type: 'enum',
      title: '公共建筑类别 Public occupancy',
      description:
        'Row of Table 5.5.17 / 5.5.18 for public buildings: general (其他建筑), medical (医疗建筑), medical-ward (高层病房部分), education (教学建筑), childcare-elderly (托儿所、幼儿园、老年人照料设施), entertainment (歌舞娱乐放映游艺场所), hotel-exhibition (旅馆、展览建筑). Ignored for residential buildings.',
      options: ['general', 'medical', 'medical-ward', 'education', 'childcare-elderly', 'entertainment', 'hotel-exhibition'],
      default: 'general',
    },
    groundElevation: GROUND_ELEVATION_PARAMETER,
    cutHeight: OUTLINE_CUT_HEIGHT_PARAMETER,
  },
  rules: [
    {
      id: 'gb50016-fire-compartment-area',
      kind: 'fire-compartment-area',
      title: '防火分区最大允许建筑面积 Maximum fire compartment area',
      description:
        'Compartments are the IfcZones whose name, long name, object type or description matches compartmentZonePattern; a zone area is the sum of its member spaces\' gross floor areas (net when gross is missing, said in the finding). Without such zones every storey is taken as one compartment with its storey outline area (建筑面积). Limits (Table 5.3.1 / GB 55037 4.3.16): high-rise 1500 m²; single/multi-storey 2500 m² (一、二级), 1200 m² (三级), 600 m² (四级); basement or semi-basement 500 m², 1000 m² for equipment rooms; all doubled with full sprinklers (note 1). Not applied: shops/exhibition halls of 5.3.4, podiums of note 2, stacked areas of 5.3.2.',
      clauses: [
        { ...GB50016, clause: '5.3.1', title: '表5.3.1 防火分区最大允许建筑面积' },
        { ...GB55037, clause: '4.3.16', title: '民用建筑防火分区的最大允许建筑面积' },
      ],
      applicability: { ifcClasses: ['IfcZone', 'IfcSpace', 'IfcBuildingStorey'] },
      parameters: {
        maxAreaHighRise: { type: 'number', title: '高层民用建筑', description: 'High-rise civil building.', unit: 'm²', default: 1500, minimum: 0 },
        maxAreaRating12: { type: 'number', title: '单、多层 一、二级', description: 'Single/multi-storey, rating 一、二级.', unit: 'm²', default: 2500, minimum: 0 },
        maxAreaRating3: { type: 'number', title: '单、多层 三级', description: 'Single/multi-storey, rating 三级.', unit: 'm²', default: 1200, minimum: 0 },
        maxAreaRating4: { type: 'number', title: '单、多层 四级', description: 'Single/multi-storey, rating 四级.', unit: 'm²', default: 600, minimum: 0 },
        maxAreaUnderground: { type: 'number', title: '地下或半地下', description: 'Basement or semi-basement (一级).', unit: 'm²', default: 500, minimum: 0 },
        maxAreaUndergroundEquipment: { type: 'number', title: '地下设备用房', description: 'Basement equipment rooms.', unit: 'm²', default: 1000, minimum: 0 },
        sprinklerFactor: { type: 'number', title: '自动灭火系统增加倍数', description: 'Factor with full automatic fire extinguishing (增加1.0倍 = 2).', default: 2, minimum: 1 },
        compartmentZonePattern: {
          type: 'string',
          title: '防火分区识别 Compartment zone pattern',
          description: 'Case-insensitive regular expression an IfcZone name/long name/object type/description must match to be a fire compartment.',
          default: '防火分区|fire[ _-]?compartment|brandabschnitt|^FC[-_ ]?\\d',
        },
        equipmentZonePattern: { type: 'string', title: '设备用房识别', description: 'Regular expression marking a basement compartment as equipment rooms (1000 m²).', default: '设备|equipment|plant room|technik' },
      },
      severity: 'error',
    },
    {
      id: 'gb50016-exit-door-width',
      kind: 'exit-door-width',
      title: '疏散门和安全出口净宽度 Clear width of exit doors',
      description:
        'Clear width = a clear-width property of the door (ClearWidth, 净宽, lichte Breite …) or else OverallWidth minus doorFrameDeduction. Exit doors: Pset_DoorCommon.FireExit or IsExternal true, and doors of an at-grade storey standing on the outline of the building (外门). Minimums: exits and evacuation doors 0.90 m (5.5.18 public, 5.5.30 户门和安全出口); first-storey external exit doors (首层疏散外门) 1.10 m (5.5.30, GB 55037 7.1.4 item 3), high-rise public 1.20 m, high-rise medical 1.30 m (Table 5.5.18). GB 55037-2022 7.1.4 clause number quoted from memory — verify.',
      clauses: [
        { ...GB50016, clause: '5.5.18', title: '公共建筑疏散门、安全出口、疏散走道和疏散楼梯的净宽度' },
        { ...GB50016, clause: '5.5.30', title: '住宅建筑户门、安全出口、疏散走道和疏散楼梯的净宽度' },
        { ...GB55037, clause: '7.1.4', title: '疏散出口门、疏散走道、疏散楼梯等的净宽度' },
      ],
      applicability: { ifcClasses: ['IfcDoor'] },
      parameters: {
        doorScope: { type: 'enum', title: '检查范围 Doors checked', description: 'exits: exit and external doors as described; all: every door (public buildings: every room door is a 疏散门).', options: ['exits', 'all'], default: 'exits' },
        doorFrameDeduction: { type: 'number', title: '门框扣减 Frame allowance', description: 'Subtracted from OverallWidth (frame outer width) when the door has no clear-width property.', unit: 'm', default: 0.1, minimum: 0, maximum: 0.5 },
        minExitDoorWidth: { type: 'number', title: '疏散门、安全出口', description: 'Exit and evacuation doors.', unit: 'm', default: 0.9, minimum: 0 },
        minGroundExitDoorWidth: { type: 'number', title: '首层疏散外门', description: 'First-storey external exit doors (residential; single/multi-storey public).', unit: 'm', default: 1.1, minimum: 0 },
        minGroundExitDoorWidthHighRise: { type: 'number', title: '高层公共建筑首层疏散外门', description: 'Table 5.5.18, other high-rise public buildings.', unit: 'm', default: 1.2, minimum: 0 },
        minGroundExitDoorWidthHighRiseMedical: { type: 'number', title: '高层医疗建筑首层疏散外门', description: 'Table 5.5.18, high-rise medical buildings.', unit: 'm', default: 1.3, minimum: 0 },
      },
      severity: 'error',
    },
    {
      id: 'gb50016-corridor-width',
      kind: 'corridor-width',
      title: '疏散走道净宽度 Clear width of evacuation corridors',
      description:
        'Corridors are spaces recognised as corridors by name (走道, 走廊, 过道, corridor, hallway, Flur …). Width = the width of the rectangle with the space\'s net floor area and perimeter (exact for straight and L-shaped corridors of even width); the narrow side of the plan box when the model gives no perimeter. Minimums: 1.10 m (5.5.18 public, 5.5.30 residential); high-rise public: single-loaded 1.30 / double-loaded 1.40 m, medical 1.40 / 1.50 m (Table 5.5.18).',
      clauses: [
        { ...GB50016, clause: '5.5.18', title: '表5.5.18 疏散走道最小净宽度' },
        { ...GB50016, clause: '5.5.30' },
        { ...GB55037, clause: '7.1.4' },
      ],
      applicability: { ifcClasses: ['IfcSpace'], roomTypes: ['corridor'] },
      parameters: {
        corridorLayout: { type: 'enum', title: '走道布置 Corridor layout', description: 'single-loaded (单面布房) or double-loaded (双面布房), for high-rise public buildings.', options: ['single-loaded', 'double-loaded'], default: 'double-loaded' },
        minCorridorWidth: { type: 'number', title: '疏散走道', description: 'Evacuation corridors.', unit: 'm', default: 1.1, minimum: 0 },
        minCorridorWidthHighRise: {
          type: 'table',
          title: '高层公共建筑疏散走道',
          description: 'Table 5.5.18: rows general/medical, columns single-loaded/double-loaded.',
          unit: 'm',
          default: { general: { 'single-loaded': 1.3, 'double-loaded': 1.4 }, medical: { 'single-loaded': 1.4, 'double-loaded': 1.5 } },
        },
      },
      severity: 'error',
    },
    {
      id: 'gb50016-stair-width',
      kind: 'evacuation-stair-width',
      title: '疏散楼梯净宽度 Clear width of evacuation stairs',
      description:
        'Stairs whose Pset_StairCommon.FireExit is not false. Width = a width property of the flight or stair (ClearWidth, 净宽, Width …) or else the narrow side of each flight\'s plan box (flights not parallel to the model axes are over-measured). A stair without flights and without a width property is reported as lacking data. Minimums: public 1.10 m (5.5.18), high-rise public 1.20 m, high-rise medical 1.30 m (Table 5.5.18); residential 1.10 m, or 1.00 m when the building is at most 18 m high and the flight has a railing on one side (5.5.30).',
      clauses: [
        { ...GB50016, clause: '5.5.18', title: '表5.5.18 疏散楼梯最小净宽度' },
        { ...GB50016, clause: '5.5.30' },
        { ...GB55037, clause: '7.1.4' },
      ],
      applicability: { ifcClasses: ['IfcStair', 'IfcStairFlight'] },
      parameters: {
        minStairWidth: { type: 'number', title: '疏散楼梯', description: 'Evacuation stairs.', unit: 'm', default: 1.1, minimum: 0 },
        minStairWidthLowResidentialWithRailing: { type: 'number', title: '≤18m住宅一边设栏杆', description: 'Residential ≤ 18 m, railing on one side.', unit: 'm', default: 1.0, minimum: 0 },
        lowResidentialHeight: { type: 'number', title: '住宅高度界限', description: 'Height up to which the railing allowance applies.', unit: 'm', default: 18, minimum: 0 },
        minStairWidthHighRise: { type: 'number', title: '高层公共建筑疏散楼梯', description: 'Table 5.5.18, other high-rise public.', unit: 'm', default: 1.2, minimum: 0 },
        minStairWidthHighRiseMedical: { type: 'number', title: '高层医疗建筑疏散楼梯', description: 'Table 5.5.18, high-rise medical.', unit: 'm', default: 1.3, minimum: 0 },
      },
      severity: 'error',
    },
    {
      id: 'gb50016-exit-count',
      kind: 'exit-count',
      title: '安全出口数量 Number of exits per storey',
      description:
        'Exits of a storey: external doors of an at-grade storey, plus the stairs (flights grouped by position) reaching its floor. At least 2 (5.5.8 public, 5.5.25 residential) unless: public — a single-storey building or the first storey with at most 200 m² (and at most 50 people, not measured), or a building of at most 3 storeys of 一、二级 with each storey at most 200 m² (Table 5.5.8; its occupant limit is not measured); residential up to 54 m — a storey of at most 650 m² (the 15 m / 10 m unit-door distance conditions are not measured). Basements: 2 unless at most 50 m² (5.5.5). Each storey is taken as one compartment.',
      clauses: [
        { ...GB50016, clause: '5.5.8', title: '公共建筑安全出口数量' },
        { ...GB50016, clause: '5.5.25', title: '住宅建筑安全出口数量' },
        { ...GB50016, clause: '5.5.5', title: '地下或半地下建筑（室）安全出口数量' },
      ],
      applicability: { ifcClasses: ['IfcBuildingStorey', 'IfcDoor', 'IfcStair', 'IfcStairFlight'] },
      parameters: {
        minExits: { type: 'integer', title: '安全出口数量', description: 'Exits required where no exception applies.', default: 2, minimum: 1 },
        publicSingleExitMaxArea: { type: 'number', title: '公共建筑单出口面积', description: 'Largest storey area for a single exit (5.5.8 item 1, Table 5.5.8).', unit: 'm²', default: 200, minimum: 0 },
        publicSingleExitMaxStoreys: { type: 'integer', title: '公共建筑单出口层数', description: 'Most storeys of a public building allowed single exits (Table 5.5.8, 一、二级).', default: 3, minimum: 1 },
        residentialSingleExitMaxArea: { type: 'number', title: '住宅单出口面积', description: 'Largest storey area of a residential unit with one exit (5.5.25).', unit: 'm²', default: 650, minimum: 0 },
        residentialAlwaysTwoExitsHeight: { type: 'number', title: '住宅两个出口高度', description: 'Residential buildings above this height always need 2 exits (5.5.25 item 3).', unit: 'm', default: 54, minimum: 0 },
        basementSingleExitMaxArea: { type: 'number', title: '地下室单出口面积', description: 'Largest basement compartment with one exit (5.5.5: 50 m² and at most 15 people; 200 m² for equipment rooms, not told apart).', unit: 'm²', default: 50, minimum: 0 },
      },
      severity: 'error',
    },
    {
      id: 'gb50016-evacuation-distance',
      kind: 'evacuation-distance',
      title: '房间内疏散距离 Evacuation distance inside rooms',
      description:
        'Largest straight-line distance from any point of a room (its plan box) to the nearest of its doors (doors set in its walls; for a room without doors, the nearest door or stair of the storey). Limit: the dead-end (袋形走道) column of Table 5.5.17 / 5.5.29 for the occupancy and class (5.5.17 item 3, 5.5.29 item 3); halls with at least 2 doors (观众厅、展览厅、多功能厅、餐厅、营业厅) 30 m (5.5.17 item 4); ×1.25 with full sprinklers (Table 5.5.17 note 3). Residential: measured to the room door, not to the dwelling entrance. Values are for 一、二级.',
      clauses: [
        { ...GB50016, clause: '5.5.17', title: '表5.5.17 直通疏散走道的房间疏散门至最近安全出口的直线距离' },
        { ...GB50016, clause: '5.5.29', title: '表5.5.29 住宅建筑直通疏散走道的户门至最近安全出口的直线距离' },
      ],
      applicability: { ifcClasses: ['IfcSpace', 'IfcDoor'], note: 'rooms other than corridors, stairs and balconies' },
      parameters: {
        deadEndDistances: {
          type: 'table',
          title: '袋形走道两侧或尽端的疏散门 Dead-end distances',
          description: 'Table 5.5.17 / 5.5.29, rating 一、二级: rows are occupancies (residential for 住宅), columns single-multi-storey / high-rise.',
          unit: 'm',
          default: {
            general: { 'single-multi-storey': 22, 'high-rise': 20 },
            medical: { 'single-multi-storey': 20, 'high-rise': 15 },
            'medical-ward': { 'single-multi-storey': 20, 'high-rise': 12 },
            education: { 'single-multi-storey': 22, 'high-rise': 15 },
            'childcare-elderly': { 'single-multi-storey': 20, 'high-rise': 20 },
            entertainment: { 'single-multi-storey': 9, 'high-rise': 9 },
            'hotel-exhibition': { 'single-multi-storey': 22, 'high-rise': 15 },
            residential: { 'single-multi-storey': 22, 'high-rise': 20 },
          },
        },
        hallMaxDistance: { type: 'number', title: '厅室内任一点至最近疏散门', description: 'Halls with 2 or more doors (5.5.17 item 4).', unit: 'm', default: 30, minimum: 0 },
        sprinklerIncrease: { type: 'number', title: '自动喷水灭火系统增加', description: 'Factor with full sprinklers (Table 5.5.17 note 3: +25 %).', default: 1.25, minimum: 1 },
      },
      severity: 'error',
    },
  ],
});
