import { RulePack } from './rule-pack.ts';
import { GROUND_ELEVATION_PARAMETER } from './common-parameters.ts';

const GB50352 = { standard: 'GB 50352', year: '2019' } as const;

/** GB 50352-2019 民用建筑设计统一标准: stairs and guards. */
export const GB_50352_PACK: RulePack = RulePack.parse({
  id: 'gb-50352',
  version: '1.0.0',
  title: 'GB 50352-2019 民用建筑设计统一标准 — 楼梯与栏杆',
  description: 'Risers per flight, step dimensions, guard heights at drops and stair handrail heights (GB 50352-2019 6.7 and 6.8).',
  standards: [{ ...GB50352, clause: null, title: '民用建筑设计统一标准' }],
  parameters: {
    groundElevation: GROUND_ELEVATION_PARAMETER,
    stairCategory: {
      type: 'enum',
      title: '楼梯类别 Stair category',
      description:
        'Row of Table 6.8.10: residential-common (住宅公共楼梯), residential-dwelling (住宅套内楼梯), dormitory-primary (小学宿舍楼梯), dormitory-other (其他宿舍楼梯), kindergarten (托儿所、幼儿园楼梯), primary-school (小学校楼梯), crowded (人员密集且竖向交通繁忙的建筑和大、中学校楼梯), other (其他建筑楼梯), super-high-rise-core (超高层建筑核心筒内楼梯), service (检修及内部服务楼梯).',
      options: ['residential-common', 'residential-dwelling', 'dormitory-primary', 'dormitory-other', 'kindergarten', 'primary-school', 'crowded', 'other', 'super-high-rise-core', 'service'],
      default: 'other',
    },
  },
  rules: [
    {
      id: 'gb50352-flight-risers',
      kind: 'stair-flight-risers',
      title: '梯段踏步级数 Risers per flight',
      description:
        'Number of risers of each IfcStairFlight (NumberOfRisers in IFC4, NumberOfRiser in IFC2X3, or Pset_StairFlightCommon) between 3 and 18. A stair without flights is checked when the stair itself carries NumberOfRiser(s).',
      clauses: [{ ...GB50352, clause: '6.8.5', title: '每个梯段的踏步级数不应少于3级，且不应超过18级' }],
      applicability: { ifcClasses: ['IfcStairFlight', 'IfcStair'] },
      parameters: {
        minRisers: { type: 'integer', title: '最少级数', description: 'Fewest risers per flight.', default: 3, minimum: 1 },
        maxRisers: { type: 'integer', title: '最多级数', description: 'Most risers per flight.', default: 18, minimum: 1 },
      },
      severity: 'error',
    },
    {
      id: 'gb50352-step-dimensions',
      kind: 'stair-step-dimensions',
      title: '楼梯踏步宽度和高度 Step tread and riser',
      description:
        'RiserHeight at most, TreadLength at least the Table 6.8.10 values of the stair category. Values above 0.30 m (riser) or 0.60 m (tread) are reported as implausible data (often feet exported as metres) rather than measured. Table values quoted from memory — verify against the printed standard.',
      clauses: [{ ...GB50352, clause: '6.8.10', title: '表6.8.10 楼梯踏步最小宽度和最大高度' }],
      applicability: { ifcClasses: ['IfcStairFlight', 'IfcStair'] },
      parameters: {
        stepLimits: {
          type: 'table',
          title: '踏步最小宽度和最大高度 Step limits',
          description: 'Table 6.8.10: rows are stair categories, columns minTread and maxRiser.',
          unit: 'm',
          default: {
            'residential-common': { minTread: 0.26, maxRiser: 0.175 },
            'residential-dwelling': { minTread: 0.22, maxRiser: 0.2 },
            'dormitory-primary': { minTread: 0.26, maxRiser: 0.15 },
            'dormitory-other': { minTread: 0.27, maxRiser: 0.165 },
            kindergarten: { minTread: 0.26, maxRiser: 0.13 },
            'primary-school': { minTread: 0.26, maxRiser: 0.15 },
            crowded: { minTread: 0.28, maxRiser: 0.165 },
            other: { minTread: 0.26, maxRiser: 0.175 },
            'super-high-rise-core': { minTread: 0.25, maxRiser: 0.18 },
            service: { minTread: 0.22, maxRiser: 0.2 },
          },
        },
      },
      severity: 'error',
    },
    {
      id: 'gb50352-guard-height',
      kind: 'guard-height',
      title: '临空处防护栏杆高度 Guard height at drops',
      description:
        'Railings that are not stair railings: GUARDRAIL, BALUSTRADE, undefined types, and horizontal HANDRAILs outside stairs (a railing is a stair railing when its box rises more than slopeTolerance above its height, or it belongs to a stair). Height = Pset_RailingCommon.Height, else a Height property of another set, else the height of its box. At least 1.05 m; 1.10 m when its floor is 24 m or more above the outdoor ground; 1.20 m on roofs (storey names matching roofStoreyPattern). Not measured: climbable parts (6.7.3 item 3), open atria of transport/commercial/hotel/hospital/school buildings (1.20 m).',
      clauses: [{ ...GB50352, clause: '6.7.3', title: '阳台、外廊、室内回廊、内天井、上人屋面及室外楼梯等临空处的防护栏杆' }],
      applicability: { ifcClasses: ['IfcRailing'], predefinedTypes: ['GUARDRAIL', 'BALUSTRADE', 'HANDRAIL', 'USERDEFINED', 'NOTDEFINED'] },
      parameters: {
        minGuardHeight: { type: 'number', title: '临空高度24m以下', description: 'Drop below 24 m.', unit: 'm', default: 1.05, minimum: 0 },
        minGuardHeightHighDrop: { type: 'number', title: '临空高度24m及以上', description: 'Drop of 24 m or more.', unit: 'm', default: 1.1, minimum: 0 },
        highDropThreshold: { type: 'number', title: '临空高度界限', description: 'Drop from which the higher value applies.', unit: 'm', default: 24, minimum: 0 },
        minGuardHeightRoof: { type: 'number', title: '上人屋面', description: 'Accessible roofs.', unit: 'm', default: 1.2, minimum: 0 },
        roofStoreyPattern: { type: 'string', title: '屋面楼层识别', description: 'Case-insensitive regular expression for roof storey names.', default: '屋面|屋顶|^roof' },
        treatHorizontalHandrailsAsGuards: { type: 'boolean', title: '水平扶手按栏杆检查', description: 'Check horizontal HANDRAIL railings outside stairs as guards (exporters often type gallery guards as HANDRAIL).', default: true },
        slopeTolerance: { type: 'number', title: '坡度容差', description: 'A railing whose box is taller than its height by more than this follows a stair.', unit: 'm', default: 0.3, minimum: 0 },
      },
      severity: 'error',
    },
    {
      id: 'gb50352-stair-handrail-height',
      kind: 'stair-handrail-height',
      title: '楼梯扶手高度 Stair handrail height',
      description:
        'Railings following a stair (box taller than their height by more than slopeTolerance): Pset_RailingCommon.Height (or another Height property), measured from the nosing line, at least 0.90 m (不宜小于: a recommendation, hence a warning). The box alone cannot give the height of a sloped railing; such railings without a height property are reported as lacking data.',
      clauses: [{ ...GB50352, clause: '6.8.8', title: '室内楼梯扶手高度自踏步前缘线量起不宜小于0.90m' }],
      applicability: { ifcClasses: ['IfcRailing'] },
      parameters: {
        minHandrailHeight: { type: 'number', title: '楼梯扶手高度', description: 'Handrail height from the nosing line.', unit: 'm', default: 0.9, minimum: 0 },
        slopeTolerance: { type: 'number', title: '坡度容差', description: 'As in the guard rule.', unit: 'm', default: 0.3, minimum: 0 },
      },
      severity: 'warning',
    },
  ],
});
