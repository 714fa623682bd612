// Pipe networks: CJJ 61-2017 code lists and the network model the parsers produce.

// Code-list provenance
export { CodeListProvenance, CodeListSource, CJJ61_APPENDIX_B_TRANSCRIPTION, CJJ61_APPENDIX_F_TRANSCRIPTION } from './code-list-provenance.ts';

// CJJ 61-2017 pipe types and colours
export { PIPE_TYPE_CODES, PipeTypeCode, RgbColour, PipeSubtype, PipeType, PIPE_TYPES, findPipeType, findPipeSubtype, pipeColour } from './pipe-types.ts';

// CJJ 61-2017 feature codes
export { FeatureCodePosition, FEATURE_CODE_STRUCTURE, decodeFeatureCode } from './feature-code.ts';
export type { DecodedFeatureCode, FeatureGeometryType, FeaturePointType } from './feature-code.ts';

// Network model
export { NODE_KINDS, NodeKind, NetworkAttributes, NetworkNode } from './network-node.ts';
export { LINK_KINDS, LinkKind, LinkStatus, FlowDirection, NetworkLink } from './network-link.ts';
export { NetworkSourceFormat, RoughnessMeaning, NetworkUnits, Network } from './network.ts';
