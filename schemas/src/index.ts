// Errors
export { DataError, isDataError } from './data-error.ts';

// Layers
export { LAYER_KINDS, LayerKind, LayerId, AttributeInfo, RejectedFeature, ImportReport, Layer } from './layer.ts';

// Tilesets
export { TilesetInfo } from './tileset-info.ts';

// Database
export { migrationSource } from './migrations/index.ts';

// BIM review
export { ReviewSeverity, ReviewStatus, ReviewValue, ReviewFinding, ReviewCheck, ReviewReport } from './review.ts';
