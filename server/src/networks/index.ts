// Pipe networks: file parsers into the cimtwin network model, point-valve snapping, and the
// compact graph with connectivity, tracing and isolation (关阀分析). Pure code: no database, no HTTP.

// Parsers
export { parseEpanetInp } from './parse/parse-epanet-inp.ts';
export type { EpanetInpOptions } from './parse/parse-epanet-inp.ts';
export { parseSwmmInp } from './parse/parse-swmm-inp.ts';
export type { SwmmInpOptions } from './parse/parse-swmm-inp.ts';

// Snapping surveyed valves
export { snapPointsToLinks } from './snap/snap-points-to-links.ts';
export type { SnapPoint, SnapOptions, SnapResult } from './snap/snap-points-to-links.ts';
export { readShapefilePoints } from './snap/read-shapefile-points.ts';
export type { ShapefilePointsOptions } from './snap/read-shapefile-points.ts';

// Graph and analyses
export { NetworkGraph, isDefaultServicePoint } from './graph/network-graph.ts';
export type { NetworkGraphOptions } from './graph/network-graph.ts';
export type { ElementRef } from './graph/element-ref.ts';
export type { ConnectedComponents } from './graph/connected-components.ts';
export type { Reach } from './graph/connected-to.ts';
export type { TraceDirection } from './graph/trace.ts';
export type { IsolateOptions, IsolationResult, ValveRef } from './graph/isolate.ts';
export { generateGridNetwork } from './graph/generate-grid-network.ts';
export type { GridNetworkOptions } from './graph/generate-grid-network.ts';

// Building networks in code
export { createNode, createLink } from './network-elements.ts';

// Placing pipes in 3D
export { placeNetwork, sectionHeight, sectionWidth, defaultDepthReference, PLACEMENT_DEFAULTS } from './geometry/place-network.ts';
export type { AxisPoint, HeightSource, DepthReference, PlacedSection, PlacedLink, PlacedNode, PlacedNetwork, PlacementDefaults, PlaceNetworkOptions } from './geometry/place-network.ts';

// Analyses on the placed network: clearances, sections, profiles, excavation
export { checkClearances, crossSection, longitudinalProfile, crossSectionSvg, profileSvg, excavationImpact, indexPlacedLinks } from './analysis/index.ts';
export type { ClearanceOptions, ClearanceResult, ClearanceViolation, CrossSection, CrossSectionOptions, LongitudinalProfile, LongitudinalProfileOptions, ExcavationImpact, ExcavationOptions } from './analysis/index.ts';

// Pipes as 3D Tiles
export { createPipeMeshSource } from './mesh/create-pipe-mesh-source.ts';
export type { PipeMeshSource } from './mesh/create-pipe-mesh-source.ts';
export { localFrame, networkPlanCentre } from './mesh/local-frame.ts';
export type { LocalFrame } from './mesh/local-frame.ts';
export { PIPE_MESH_DEFAULTS, segmentsForDiameter } from './mesh/pipe-mesh-options.ts';
export type { PipeMeshOptions, PipeRowIds, PipeDetails, ToLocal } from './mesh/pipe-mesh-options.ts';
export { PIPE_METADATA_CLASS, sectionLabel } from './mesh/pipe-metadata.ts';
export { tilePipeNetwork } from './mesh/tile-pipe-network.ts';
export type { TilePipeNetworkOptions, TilePipeNetworkResult } from './mesh/tile-pipe-network.ts';

// CJJ 61 survey tables and the QA report
export { parseCjj61Tables } from './parse/cjj61-parse-tables.ts';
export { buildCjj61Network } from './parse/cjj61-build-network.ts';
export { readCjj61Files } from './parse/cjj61-read-files.ts';
export { checkNetworkQuality } from './qa/check-network-quality.ts';
