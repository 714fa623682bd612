import { RulePack } from './rule-pack.ts';
import { GROUND_ELEVATION_PARAMETER, OUTLINE_CUT_HEIGHT_PARAMETER } from './common-parameters.ts';

const PLANNING = { standard: '规划条件', year: null, title: '建设用地规划条件' } as const;
const FLOOR_AREA_BASIS = { standard: 'GB/T 50353', year: '2013', clause: '3.0.1', title: '建筑工程建筑面积计算规范：结构层高2.20m及以上计算全面积，不足2.20m计算1/2面积' } as const;

/**
 * 规划条件 (planning conditions of the parcel): height limit, floor area ratio, site coverage and
 * setbacks. Every limit is a parameter without a fixed value: the planning bureau sets it per
 * parcel, and a limit left null makes its check not applicable.
 */
export const PLANNING_CONDITIONS_PACK: RulePack = RulePack.parse({
  id: 'planning-conditions',
  version: '1.0.0',
  title: '规划条件核验 Planning conditions',
  description:
    'Checks the building against the planning conditions of its parcel (建设用地规划条件): height limit (建筑限高), floor area ratio (容积率), site coverage (建筑密度) and setbacks from the parcel boundary (退用地边界) and the road red lines (退道路红线). The model must be georeferenced (or placed) so that its footprint stands on the parcel.',
  standards: [{ ...PLANNING, clause: null }, { ...FLOOR_AREA_BASIS, clause: null }],
  parameters: {
    parcel: {
      type: 'geometry',
      title: '用地红线 Parcel',
      description: 'The parcel (建设用地) as a GeoJSON Polygon/MultiPolygon in WGS 84 lon/lat, or a feature reference {layerId, featureId|sourceId|featureName}. Needed for floor area ratio, coverage and setbacks.',
      default: null,
      nullable: true,
    },
    siteArea: {
      type: 'number',
      title: '用地面积 Site area',
      description: 'Site area (m²) the planning conditions state; when null the parcel polygon area (measured on a local transverse Mercator projection) is used.',
      unit: 'm²',
      default: null,
      nullable: true,
      minimum: 0,
    },
    redLines: {
      type: 'red-lines',
      title: '道路红线 Road red lines',
      description: 'Road red lines: [{name?, minSetback?, source}] where source is a GeoJSON LineString/Polygon or a feature reference. Parcel-boundary parts lying on a red line are measured against the red-line setback only.',
      default: [],
    },
    groundElevation: GROUND_ELEVATION_PARAMETER,
    cutHeight: OUTLINE_CUT_HEIGHT_PARAMETER,
  },
  rules: [
    {
      id: 'planning-building-height',
      kind: 'building-height',
      title: '建筑高度不超过规划限高 Building height within the height limit',
      description:
        'Building height = highest point of the building elements (walls, roofs, slabs, columns, railings, stairs …; not the site, spaces, openings or annotations) minus the outdoor design ground. The method "roof-average" measures instead to the flat roof surface or the mean of eaves and ridge of a sloped roof (GB 50352-2019 4.5.2 item 2, GB 50016-2014 A.0.1). Clause numbers of GB 50352 4.5.2 quoted from memory — verify against the printed standard.',
      clauses: [
        { ...PLANNING, clause: '建筑限高' },
        { standard: 'GB 50352', year: '2019', clause: '4.5.2', title: '建筑高度控制的计算' },
      ],
      applicability: { ifcClasses: ['IfcBuildingElement'], note: 'model-level; not applicable when maxHeight is null' },
      parameters: {
        maxHeight: { type: 'number', title: '规划限高 Height limit', description: 'Maximum building height the planning conditions allow.', unit: 'm', default: null, nullable: true, minimum: 0 },
        heightMethod: {
          type: 'enum',
          title: '高度计算方法 Height method',
          description: 'highest-point: to the highest point of the building (height-controlled areas); roof-average: flat roof surface or mean of eaves and ridge.',
          options: ['highest-point', 'roof-average'],
          default: 'highest-point',
        },
      },
      severity: 'error',
    },
    {
      id: 'planning-floor-area-ratio',
      kind: 'floor-area-ratio',
      title: '容积率符合规划条件 Floor area ratio',
      description:
        'FAR = above-ground floor area / site area. Floor area (storey-outline method): for each above-ground storey, the area of the storey outline (union of the plan boxes of walls, columns, curtain walls and internal spaces crossing the cut plane, gaps under 0.1 m closed), full for storeys of 2.20 m height and more, half below (GB/T 50353-2013 3.0.1). Basements are not counted (计容面积 excludes them in most local rules). space-gross sums IfcSpace gross floor areas instead (leaves out walls: lower). Balconies, sloped-roof partial areas and local 计容 rules are not applied.',
      clauses: [{ ...PLANNING, clause: '容积率' }, FLOOR_AREA_BASIS],
      applicability: { ifcClasses: ['IfcWall', 'IfcColumn', 'IfcCurtainWall', 'IfcSpace'], note: 'model-level; needs the parcel (or siteArea) and a limit' },
      parameters: {
        maxFloorAreaRatio: { type: 'number', title: '容积率上限 Maximum FAR', description: 'Upper limit of the floor area ratio.', default: null, nullable: true, minimum: 0 },
        minFloorAreaRatio: { type: 'number', title: '容积率下限 Minimum FAR', description: 'Lower limit, when the planning conditions set one.', default: null, nullable: true, minimum: 0 },
        floorAreaMethod: {
          type: 'enum',
          title: '面积计算方法 Floor area method',
          description: 'storey-outline (outline of each storey, GB/T 50353) or space-gross (sum of IfcSpace gross floor areas).',
          options: ['storey-outline', 'space-gross'],
          default: 'storey-outline',
        },
      },
      severity: 'error',
    },
    {
      id: 'planning-site-coverage',
      kind: 'site-coverage',
      title: '建筑密度符合规划条件 Site coverage',
      description:
        'Coverage = building base area (建筑基底面积) / site area, in %. Base area = outline of the lowest above-ground storey (the same outline as the floor area ratio uses), i.e. the outer face of the ground-storey walls; roof overhangs and upper-storey projections are not part of the base.',
      clauses: [{ ...PLANNING, clause: '建筑密度' }],
      applicability: { ifcClasses: ['IfcWall', 'IfcColumn', 'IfcCurtainWall', 'IfcSpace'], note: 'model-level; needs the parcel (or siteArea) and a limit' },
      parameters: {
        maxSiteCoverage: { type: 'number', title: '建筑密度上限 Maximum coverage', description: 'Maximum site coverage in percent (e.g. 35 for 35 %).', unit: '%', default: null, nullable: true, minimum: 0, maximum: 100 },
      },
      severity: 'error',
    },
    {
      id: 'planning-boundary-setback',
      kind: 'boundary-setback',
      title: '退用地边界距离 Setback from the parcel boundary',
      description:
        'Shortest horizontal distance from the building projection (union of the above-ground storey outlines and the above-ground floor slabs, roofs and eaves excluded) to the parcel boundary, leaving out boundary parts within 0.5 m of a road red line. Negative when the building crosses the boundary (depth of the crossing).',
      clauses: [{ ...PLANNING, clause: '建筑退让用地边界' }],
      applicability: { ifcClasses: ['IfcWall', 'IfcColumn', 'IfcCurtainWall', 'IfcSlab', 'IfcSpace'], note: 'model-level; needs the parcel and a limit' },
      parameters: {
        minBoundarySetback: { type: 'number', title: '退用地边界 Minimum boundary setback', description: 'Minimum distance to the parcel boundary.', unit: 'm', default: null, nullable: true, minimum: 0 },
      },
      severity: 'error',
    },
    {
      id: 'planning-red-line-setback',
      kind: 'red-line-setback',
      title: '退道路红线距离 Setback from road red lines',
      description: 'Shortest horizontal distance from the building projection to each road red line; 0 when the building touches or crosses it.',
      clauses: [{ ...PLANNING, clause: '建筑退让道路红线' }],
      applicability: { ifcClasses: ['IfcWall', 'IfcColumn', 'IfcCurtainWall', 'IfcSlab', 'IfcSpace'], note: 'model-level; one measurement per red line' },
      parameters: {
        minRedLineSetback: { type: 'number', title: '退道路红线 Minimum red-line setback', description: 'Minimum distance to a red line that gives no minSetback of its own.', unit: 'm', default: null, nullable: true, minimum: 0 },
      },
      severity: 'error',
    },
  ],
});
