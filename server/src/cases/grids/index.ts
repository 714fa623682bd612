// Unit grids (万米单元网格): generated over an area, coded after GB/T 30428.1, read back.
export { generateUnitGrids, gaussKrugerSrid, UNIT_GRID_DEFAULTS } from './generate-unit-grids.ts';
export type { UnitGridOptions, UnitGridReport } from './generate-unit-grids.ts';
export { codeUnitGrids, GENERATED_COMMUNITY_FIRST } from './code-unit-grids.ts';
export type { UncodedGridCell, CodedGridCell, GridCodingOptions } from './code-unit-grids.ts';
export { boundaryLinesOf, districtAreaInBox } from './district-area.ts';
export type { BoundaryLine, MultiPolygonGeometry } from './district-area.ts';
export { extendLooseEnds } from './extend-boundary-lines.ts';
export { listUnitGrids, readUnitGrid, unitGridCodeAt } from './read-unit-grids.ts';
export type { UnitGridFeature } from './read-unit-grids.ts';
