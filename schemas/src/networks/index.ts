// Pipe networks: CJJ 61-2017 code lists and the network model the parsers produce.

// Code-list provenance
export { CodeListProvenance, CodeListSource, CJJ61_APPENDIX_B_TRANSCRIPTION, CJJ61_APPENDIX_F_TRANSCRIPTION } from './code-list-provenance.ts';

// CJJ 61-2017 pipe types and colours
export { PIPE_TYPE_CODES, PipeTypeCode, RgbColour, PipeSubtype, PipeType, PIPE_TYPES, findPipeType, findPipeSubtype, pipeColour } from './pipe-types.ts';

// CJJ 61-2017 feature codes
export { FeatureCodePosition, FEATURE_CODE_STRUCTURE, decodeFeatureCode } from './feature-code.ts';
export type { DecodedFeatureCode, FeatureGeometryType, FeaturePointType } from './feature-code.ts';

// Attributes the clearance tables read: gas pressure class and burial form
export { GAS_PRESSURE_CLASSES, GasPressureClass, gasPressureClasses } from './gas-pressure-class.ts';
export { BURIAL_CLASSES, BurialClass, classifyBurialMethod } from './burial-method.ts';

// GB 50289-2016 clearances (净距) between pipelines
export {
  ClearanceSide,
  ClearanceEntry,
  ClearanceTable,
  GB50289_CLEARANCES,
  GB50289_2016_RECALLED,
  GB50289_2016_RECALLED_GAS,
  GB50289_2016_RECALLED_1998,
} from './gb50289-clearances.ts';

// Network model
export { NODE_KINDS, NodeKind, NetworkAttributes, NetworkNode } from './network-node.ts';
export { LINK_KINDS, LinkKind, LinkStatus, FlowDirection, NetworkLink } from './network-link.ts';
export { NetworkSourceFormat, RoughnessMeaning, NetworkUnits, Network } from './network.ts';

// Network quality report (质量检查)
export { NetworkQaSeverity, NETWORK_QA_CODES, NetworkQaCode, NetworkQaCheck, NETWORK_QA_CHECKS, NetworkQaLocation, NetworkQaIssue, NetworkQaSummary, NetworkQaParameters, NetworkQaReport } from './network-qa.ts';
