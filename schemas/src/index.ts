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

// Digital urban management (数字化城市管理, GB/T 30428): codes, classes, deadlines and the case model
export { GB_T_30428_1_RECALLED, GB_T_30428_2_STRUCTURE_RECALLED, GB_T_30428_2_TWO_CATALOGUES, GB_T_30428_2_ONE_CATALOGUE, GB_T_30428_2_RECALLED, GB_T_2260_RECALLED, GB_T_10114_RECALLED, LOCAL_PRACTICE_DEADLINES, CodeSegment, PROVINCE_PREFIXES } from './cases/index.ts';
export { GRID_CODE_STRUCTURE, GridCodeParts, GridCode, GRID_KIND_SOURCE, decodeGridCode, formatGridCode } from './cases/index.ts';
export type { DecodedGridCode, GridCodeInput, TownKind, CommunityKind } from './cases/index.ts';
export { CASE_CLASS_KINDS, CaseClassKind, MajorClass, MinorClass, COMPONENT_MAJOR_CLASSES, COMPONENT_MINOR_CLASSES, EVENT_MAJOR_CLASSES, EVENT_MINOR_CLASSES, CaseClass, majorClasses, minorClasses, findMajorClass, findMinorClass, findMinorClassesByName, decodeCaseClass } from './cases/index.ts';
export type { DecodedCaseClass } from './cases/index.ts';
export { COMPONENT_CODE_STRUCTURE, ComponentCodeParts, ComponentCode, decodeComponentCode, formatComponentCode, PipeComponentClass, PIPE_COMPONENT_CLASSES, componentClassForPipePoint } from './cases/index.ts';
export type { DecodedComponentCode, ComponentCodeInput, PipePoint } from './cases/index.ts';
export { TimeLimit, HandlingDeadlineRule, HandlingDeadlineRules, HANDLING_DEADLINE_DEFAULTS, findHandlingDeadlineRule, WorkingPeriod, WorkingCalendar, WORKING_CALENDAR_DEFAULTS } from './cases/index.ts';
export { CASE_STATES, CaseState, CASE_STATE_NAMES, CASE_ACTIONS, CaseAction, CASE_ACTION_NAMES, CASE_ROLES, CaseRole, CASE_ROLE_NAMES, CASE_SOURCES, CaseSource, CASE_SOURCE_NAMES, CASE_URGENCIES, CaseUrgency } from './cases/index.ts';
export { Timestamp, LonLat, CaseHistoryEntry, ExtensionRequest, ExtensionGrant, HandlingDeadline, UrbanCase } from './cases/index.ts';

// Sensor alarms (ThingsBoard-style rules) and their defaults
export { ALARM_SEVERITIES, AlarmSeverity, alarmSeverityRank, higherSeverity } from './sensors/alarm-severity.ts';
export { SINGLE_VALUE_OPERATORS, RANGE_OPERATORS, SingleValueComparison, RangeComparison, AlarmComparison, comparisonHolds, formatComparison } from './sensors/alarm-comparison.ts';
export { AlarmHoldFor, AlarmValueSource, AlarmCondition, AlarmClearCondition } from './sensors/alarm-condition.ts';
export { AlarmEntityId, AlarmType, DeEscalation, SeverityConditions, ThresholdAlarmRule, NoDataAlarmRule, AlarmRule, AlarmRules, parseAlarmRules } from './sensors/alarm-rule.ts';
export { AlarmInstant, instantMilliseconds, AlarmObservation } from './sensors/alarm-observation.ts';
export type { AlarmObservationInput } from './sensors/alarm-observation.ts';
export { AlarmStatus, AlarmAction, ThresholdAlarmDetails, NoDataAlarmDetails, AlarmDetails, Alarm, isAlarmActive } from './sensors/alarm-record.ts';
export { ALARM_EVENT_TYPES, AlarmEvent } from './sensors/alarm-event.ts';
export { AlarmStateOptions, ALARM_STATE_DEFAULTS, ObservationWindow, AlarmSourceStatus, AlarmSlot, AlarmState, alarmSlotKey } from './sensors/alarm-state.ts';
export { parseAlarmInput } from './sensors/alarm-parse-input.ts';
export { ALARM_OBSERVED_PROPERTIES, AlarmDefault, CIMTWIN_ALARM_CHOICE } from './sensors/alarm-default-entry.ts';
export type { AlarmDefaultInput } from './sensors/alarm-default-entry.ts';
export { LIFELINE_ALARM_DEFAULTS } from './sensors/alarm-defaults-lifeline.ts';
export { AIR_QUALITY_ALARM_DEFAULTS } from './sensors/alarm-defaults-air-quality.ts';
export { ALARM_DEFAULTS, defaultAlarmRules } from './sensors/alarm-defaults.ts';
export type { AlarmDefaultOverride, DefaultAlarmRulesOptions } from './sensors/alarm-defaults.ts';
