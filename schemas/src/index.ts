// Errors
export { DataError, isDataError } from './data-error.ts';

// Layers
export { LAYER_KINDS, LayerKind, LayerId, AttributeInfo, RejectedFeature, ImportReport, Layer } from './layer.ts';

// Tilesets
export { TilesetInfo } from './tileset-info.ts';

// Database
export { migrationSource } from './migrations/index.ts';

// BIM review
export { ReviewSeverity, ReviewStatus, ReviewValue, ReviewFinding, ReviewCheck, ReviewReport, Review, ReviewElementResult, ReviewDocument } from './review.ts';

// BIM review rule packs
export { RULE_KINDS, RuleKind, BuildingUse, BuildingClass, ROOM_TYPES, RoomType, ClauseReference, RuleParameterType, RuleParameter, RuleApplicability, RuleId, Rule, RulePack, formatClause } from './rule-packs/rule-pack.ts';
export type { RulePackInput } from './rule-packs/rule-pack.ts';
export { PlanningGeometry, FeatureReference, GeometrySource, RedLine, RedLines } from './rule-packs/geometry-source.ts';
export { RULE_PACKS, findRulePack } from './rule-packs/rule-packs.ts';
export { PLANNING_CONDITIONS_PACK } from './rule-packs/planning-conditions-pack.ts';
export { GB_50016_PACK } from './rule-packs/gb-50016-pack.ts';
export { GB_50352_PACK } from './rule-packs/gb-50352-pack.ts';
export { GB_50096_PACK } from './rule-packs/gb-50096-pack.ts';

// Pipe networks: CJJ 61-2017 code lists and the network model
export { CodeListProvenance, CodeListSource, CJJ61_APPENDIX_B_TRANSCRIPTION, CJJ61_APPENDIX_F_TRANSCRIPTION } from './networks/index.ts';
export { PIPE_TYPE_CODES, PipeTypeCode, RgbColour, PipeSubtype, PipeType, PIPE_TYPES, findPipeType, findPipeSubtype, pipeColour } from './networks/index.ts';
export { FeatureCodePosition, FEATURE_CODE_STRUCTURE, decodeFeatureCode } from './networks/index.ts';
export type { DecodedFeatureCode, FeatureGeometryType, FeaturePointType } from './networks/index.ts';
export { GAS_PRESSURE_CLASSES, GasPressureClass, gasPressureClasses, BURIAL_CLASSES, BurialClass, classifyBurialMethod } from './networks/index.ts';
export { ClearanceSide, ClearanceEntry, ClearanceTable, GB50289_CLEARANCES, GB50289_2016_RECALLED, GB50289_2016_RECALLED_GAS, GB50289_2016_RECALLED_1998 } from './networks/index.ts';
export { NODE_KINDS, NodeKind, NetworkAttributes, NetworkNode } from './networks/index.ts';
export { LINK_KINDS, LinkKind, LinkStatus, FlowDirection, NetworkLink } from './networks/index.ts';
export { NetworkSourceFormat, RoughnessMeaning, NetworkUnits, Network } from './networks/index.ts';
export { NetworkQaSeverity, NETWORK_QA_CODES, NetworkQaCode, NetworkQaCheck, NETWORK_QA_CHECKS, NetworkQaLocation, NetworkQaIssue, NetworkQaSummary, NetworkQaParameters, NetworkQaReport } from './networks/index.ts';

// Standard addresses (标准地址)
export { ADDRESS_LEVELS, AddressLevel, DIVISION_LEVELS, addressLevelRank, ADDRESS_LEVEL_NAMES } from './addresses/index.ts';
export type { DivisionLevel } from './addresses/index.ts';
export { AddressElements, DivisionCodes, ElementSource, ParsedElement, ParsedAddress, StandardAddress } from './addresses/index.ts';

// Sensors (OGC SensorThings API 1.1 entities)
export { EntityReference, GeoJsonGeometry, LocationInput, SensorInput, ObservedPropertyInput, UnitOfMeasurement, IsoInstant, ObservationInput, DatastreamInput, ThingInput } from './sensors/index.ts';
