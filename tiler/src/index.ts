/**
 * @cimtwin/tiler: geographic features and building-model element meshes to OGC 3D Tiles 1.1 (glb
 * content with EXT_mesh_features and EXT_structural_metadata), written through an atomic tileset
 * storage.
 */

// Input contract
export type {
  FeatureSource,
  FeatureSummary,
  LineStringGeometry,
  MultiLineStringGeometry,
  MultiPolygonGeometry,
  OtherGeometry,
  PolygonGeometry,
  Position,
  TileFeature,
  TileGeometry,
  TilingKind,
} from './types.ts';
export { DataError } from './data-error.ts';

// Tiling
export { tileFeatures, tileContentKey } from './tile-features.ts';
export {
  GROUND_OFFSET_DEFAULTS,
  ROAD_WIDTH_DEFAULTS,
  TILE_FEATURES_DEFAULTS,
  type BoundingRegion,
  type TileFeaturesOptions,
  type TilingLogger,
  type TilingReport,
} from './tiling-options.ts';
export { benchmarkTiling, createSyntheticCitySource, type TilingBenchmark } from './bench-tiling.ts';

// Building models (BIM)
export type {
  ElementMesh,
  ElementMeshPart,
  ElementMeshSource,
  ElementPropertyValue,
  ElementSummary,
  ModelBox,
} from './element-mesh-source.ts';
export { tileMeshes, elementTileContentKey } from './tile-meshes.ts';
export { TILE_MESHES_DEFAULTS, type MeshTilingReport, type TileMeshesOptions } from './tile-meshes-options.ts';
export {
  ELEMENT_COLUMN_TYPES,
  ELEMENT_NO_DATA,
  type ElementColumnType,
  type ElementMetadataClass,
} from './lib/gltf/element-metadata.ts';
export {
  benchmarkMeshTiling,
  createSyntheticModelSource,
  type MeshTilingBenchmark,
} from './bench-mesh-tiling.ts';

// Storage
export type { TilesetEntry, TilesetSource, TilesetStorage, TilesetTarget } from './storage/tileset-storage.ts';
export { TilesetStorageFs } from './storage/tileset-storage-fs.ts';
export { TilesetStorageMemory } from './storage/tileset-storage-memory.ts';

// Meshes
export { type MeshData, meshVertexCount, meshTriangleCount } from './lib/mesh/mesh-data.ts';
export { extrudePolygons, EXTRUSION_DEFAULTS, type ExtrusionOptions } from './lib/mesh/extrude-polygons.ts';
export { buildRibbon, RIBBON_DEFAULTS, type RibbonOptions } from './lib/mesh/build-ribbon.ts';
export { triangulateSurface, SURFACE_DEFAULTS, type SurfaceOptions } from './lib/mesh/triangulate-surface.ts';
export { computeVertexNormals } from './lib/mesh/compute-vertex-normals.ts';

// glTF extensions
export { ExtMeshFeatures } from './lib/gltf/ext-mesh-features.ts';
export { EXT_MESH_FEATURES, FeatureId, MeshFeatures } from './lib/gltf/mesh-features.ts';
export { ExtStructuralMetadata } from './lib/gltf/ext-structural-metadata.ts';
export {
  EXT_STRUCTURAL_METADATA,
  PropertyTable,
  PropertyTableProperty,
  StructuralMetadata,
  type MetadataClass,
  type MetadataClassProperty,
  type MetadataComponentType,
  type MetadataOffsetType,
  type MetadataSchema,
  type MetadataType,
} from './lib/gltf/structural-metadata.ts';
export { FEATURE_CLASS, FEATURE_SCHEMA, HEIGHT_NO_DATA } from './lib/gltf/feature-metadata.ts';
export {
  attachPropertyTable,
  encodePropertyColumn,
  encodePropertyTable,
  type EncodedColumn,
  type PropertyCellValue,
  type PropertyRow,
  type PropertyTableContent,
} from './lib/gltf/property-table.ts';
export { colorMaterial, COLOR_MATERIAL_DEFAULTS, type ColorMaterialOptions, type TileMaterial } from './lib/gltf/tile-material.ts';
export { FEATURE_ID_ATTRIBUTE } from './lib/gltf/build-tile-document.ts';
export {
  decodeTileGlb,
  type DecodedFeatureRow,
  type DecodedPrimitive,
  type DecodedTile,
} from './lib/gltf/decode-tile-glb.ts';

// Geodesy
export { createEnuFrame, enuToEcefTransform, lonLatToEnu, type EnuFrame } from './lib/geodesy/enu-frame.ts';
export { geodeticToEcef } from './lib/geodesy/wgs84-ellipsoid.ts';
