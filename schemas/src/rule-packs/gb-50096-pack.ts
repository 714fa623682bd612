import { RulePack } from './rule-pack.ts';
import { BUILDING_USE_PARAMETER } from './common-parameters.ts';

const GB50096 = { standard: 'GB 50096', year: '2011' } as const;

/** GB 50096-2011 住宅设计规范: room areas and door openings of dwellings. */
export const GB_50096_PACK: RulePack = RulePack.parse({
  id: 'gb-50096',
  version: '1.0.0',
  title: 'GB 50096-2011 住宅设计规范 — 套内空间',
  description:
    'Minimum usable areas of bedrooms, living rooms, kitchens and bathrooms, and minimum door openings, of residential buildings. Room types are recognised from the space name, LongName, ObjectType, description and name-like properties in Chinese, English and German; a room of unrecognised type is not checked and the report lists it. GB 55038-2025 住宅项目规范 may restate some of these values; it is not encoded here.',
  standards: [{ ...GB50096, clause: null, title: '住宅设计规范' }],
  parameters: { buildingUse: BUILDING_USE_PARAMETER },
  rules: [
    {
      id: 'gb50096-room-area',
      kind: 'room-area',
      title: '套内房间最小使用面积 Minimum room areas',
      description:
        'Usable area (使用面积) = the space net floor area (NetFloorArea), gross when the model gives no net area (said in the finding). Minimums: double bedroom 9 m², single bedroom 5 m², bedroom used as living room (兼起居的卧室) 12 m² (5.2.1); living room 10 m² (5.2.2); kitchen 4.0 m², 3.5 m² in the smallest dwelling type (5.3.1); bathroom with toilet, washbasin and shower/bath 2.50 m² (5.4.1); a WC with toilet and washbasin 1.80 m² (5.4.2 item 1; 1.10 m² for a toilet alone, item 5, is not told apart). A bedroom not named double or single (卧室, 次卧, bedroom …) is checked as unspecifiedBedroom.',
      clauses: [
        { ...GB50096, clause: '5.2.1', title: '卧室的使用面积' },
        { ...GB50096, clause: '5.2.2', title: '起居室（厅）的使用面积不应小于10m²' },
        { ...GB50096, clause: '5.3.1', title: '厨房的使用面积' },
        { ...GB50096, clause: '5.4.1', title: '三件卫生设备集中配置的卫生间的使用面积不应小于2.50m²' },
        { ...GB50096, clause: '5.4.2', title: '卫生间不同设备组合的使用面积' },
      ],
      applicability: {
        ifcClasses: ['IfcSpace'],
        buildingUses: ['residential'],
        roomTypes: ['bedroom-double', 'bedroom-single', 'bedroom', 'bedsitter', 'living-room', 'kitchen', 'bathroom', 'toilet'],
      },
      parameters: {
        minAreas: {
          type: 'table',
          title: '最小使用面积 Minimum usable areas',
          description: 'Rows are room types, column minArea (m²).',
          unit: 'm²',
          default: {
            'bedroom-double': { minArea: 9 },
            'bedroom-single': { minArea: 5 },
            bedsitter: { minArea: 12 },
            'living-room': { minArea: 10 },
            kitchen: { minArea: 4 },
            'kitchen-smallest-dwelling': { minArea: 3.5 },
            bathroom: { minArea: 2.5 },
            toilet: { minArea: 1.8 },
          },
        },
        unspecifiedBedroom: { type: 'enum', title: '未注明卧室按 Unspecified bedrooms as', description: 'How a bedroom named neither double nor single is checked.', options: ['double', 'single'], default: 'double' },
        smallestDwelling: { type: 'boolean', title: '最小套型', description: 'The dwelling is the smallest type (兼起居的卧室、厨房和卫生间): kitchens need 3.5 m².', default: false },
      },
      severity: 'error',
    },
    {
      id: 'gb50096-door-opening',
      kind: 'dwelling-door-opening',
      title: '门洞最小尺寸 Minimum door openings',
      description:
        'Door opening = OverallWidth × OverallHeight. The door role comes from the rooms on its two sides (doors set in their walls): the most demanding recognised room type; an external door of an at-grade storey is the shared entrance (共用外门) or, with externalDoorRole dwelling-entrance, the dwelling entrance (户门). Table 5.8.7 (heights exclude fanlights; widths for swing doors).',
      clauses: [{ ...GB50096, clause: '5.8.7', title: '表5.8.7 门洞最小尺寸' }],
      applicability: { ifcClasses: ['IfcDoor'], buildingUses: ['residential'] },
      parameters: {
        openings: {
          type: 'table',
          title: '门洞最小尺寸 Minimum openings',
          description: 'Rows are door roles, columns width and height (m).',
          unit: 'm',
          default: {
            'shared-entrance': { width: 1.2, height: 2.0 },
            'dwelling-entrance': { width: 1.0, height: 2.0 },
            'living-room': { width: 0.9, height: 2.0 },
            bedroom: { width: 0.9, height: 2.0 },
            kitchen: { width: 0.8, height: 2.0 },
            bathroom: { width: 0.7, height: 2.0 },
            balcony: { width: 0.7, height: 2.0 },
          },
        },
        externalDoorRole: {
          type: 'enum',
          title: '外门类别 External door role',
          description: 'shared-entrance (共用外门, apartment buildings) or dwelling-entrance (户门, a house whose entrance opens outdoors).',
          options: ['shared-entrance', 'dwelling-entrance'],
          default: 'shared-entrance',
        },
      },
      severity: 'error',
    },
  ],
});
