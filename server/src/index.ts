// Application
export { createApp, apiRoutes } from './api/create-app.ts';
export type { AppDeps } from './api/app-deps.ts';
export { buildOpenApiDocument } from './api/openapi.ts';

// Configuration and logging
export { loadConfig, type Config } from './config.ts';
export { createLogger, silentLogger, type Logger } from './logger.ts';

// Database
export { openDatabase, type Database, type DatabaseOptions } from './db/open-database.ts';

// Import
export { importLayer, guessLayerKind, type ImportLayerOptions, type ImportResult } from './import/import-layer.ts';
export { readSourceFile, parseSourceBytes, type SourceFile } from './import/read-source-file.ts';
export { deriveHeight, parseLength, DEFAULT_HEIGHT_BY_TYPE, METRES_PER_LEVEL } from './import/derive-height.ts';

// Tiles
export { tileLayer, staleLayers, tilingKindOf } from './tiles/tile-layer.ts';
export { createPostgisFeatureSource } from './tiles/postgis-feature-source.ts';
export { TilesetStorageDatabase } from './tiles/tileset-storage-database.ts';
export { createDirectoryTarget } from './tiles/tileset-target-directory.ts';
export { openTileStorage } from './tiles/open-tile-storage.ts';
export { loadSampleDistrict } from './load-sample-district.ts';

// CLI
export { main } from './cli/main.ts';
