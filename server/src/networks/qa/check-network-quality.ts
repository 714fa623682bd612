import { NETWORK_QA_CHECKS, NETWORK_QA_CODES, type Network, type NetworkNode, type NetworkQaCode, type NetworkQaParameters, type NetworkQaReport } from '@cimtwin/schemas';
import { metresPerCoordinateUnit } from '../parse/cjj61-coordinate-units.ts';
import { checkAdverseSlope } from './check-adverse-slope.ts';
import { checkDangles } from './check-dangles.ts';
import { checkDepthLimits } from './check-depth-limits.ts';
import { checkDuplicateLinks } from './check-duplicate-links.ts';
import { checkLinkEnds } from './check-link-ends.ts';
import { checkPipeTypeConnections } from './check-pipe-type-connections.ts';
import { checkRequiredAttributes, defaultRequiredAttributes } from './check-required-attributes.ts';
import { checkVerticalConsistency } from './check-vertical-consistency.ts';
import { QaContext } from './qa-context.ts';

// The quality check (质量检查) of a pipe network in the spirit of CJJ 61-2017: topology, vertical
// consistency, slopes, plausible depths, required attributes and pipe types. Every check is one
// pass over nodes or links (duplicates by geometry add an R-tree, n log n), so a 200,000-segment
// network is checked in a fraction of a second. Issues are capped per code (maxIssuesPerCode) so
// a systematic problem (no material anywhere) does not bury the rest; the summary counts all.

/** Options of {@link checkNetworkQuality}. Distances in metres. */
export interface NetworkQaOptions {
  /** Depths, inverts and geometry agree within this (default 0.05 m, the CJJ 61 accuracy order). */
  toleranceMetres?: number;
  /** A pipe or conduit at most this long is zero-length (default 0.01 m). */
  zeroLengthMetres?: number;
  /** Deepest plausible non-trunk pipe (default 10 m). */
  maxDepthMetres?: number;
  /** Deepest plausible trunk pipe (default 20 m). */
  maxTrunkDepthMetres?: number;
  /** Sections (diameter or height) from this size are trunk (default 1 m). */
  trunkSizeMetres?: number;
  /** Least cover over a buried pipe (default 0.3 m). */
  minCoverMetres?: number;
  /** How far around a dangling end to look for the segment it probably should meet (default 1 m). */
  danglingSearchMetres?: number;
  /** Attributes to require; default all for cjj61/gis sources, only size for models. */
  requiredAttributes?: NetworkQaParameters['requiredAttributes'];
  /** More nodes where a line may end, besides sources, outfalls, hydrants, meters and plugs. */
  isDanglingExempt?: (node: NetworkNode) => boolean;
  /** Issues listed per code at most (default 1000); all are counted. */
  maxIssuesPerCode?: number;
  /** Metres per coordinate unit; default from network.units.coordinates (ft, m, deg), else 1. */
  metresPerUnit?: number;
}

/** Defaults of {@link NetworkQaOptions}. */
export const NETWORK_QA_DEFAULTS = {
  toleranceMetres: 0.05,
  zeroLengthMetres: 0.01,
  maxDepthMetres: 10,
  maxTrunkDepthMetres: 20,
  trunkSizeMetres: 1,
  minCoverMetres: 0.3,
  danglingSearchMetres: 1,
  maxIssuesPerCode: 1000,
} as const;

/** Checks a network and returns every finding with a summary by code and severity. */
export function checkNetworkQuality(network: Network, options: NetworkQaOptions = {}): NetworkQaReport {
  const parameters: NetworkQaParameters = {
    toleranceMetres: options.toleranceMetres ?? NETWORK_QA_DEFAULTS.toleranceMetres,
    zeroLengthMetres: options.zeroLengthMetres ?? NETWORK_QA_DEFAULTS.zeroLengthMetres,
    maxDepthMetres: options.maxDepthMetres ?? NETWORK_QA_DEFAULTS.maxDepthMetres,
    maxTrunkDepthMetres: options.maxTrunkDepthMetres ?? NETWORK_QA_DEFAULTS.maxTrunkDepthMetres,
    trunkSizeMetres: options.trunkSizeMetres ?? NETWORK_QA_DEFAULTS.trunkSizeMetres,
    minCoverMetres: options.minCoverMetres ?? NETWORK_QA_DEFAULTS.minCoverMetres,
    danglingSearchMetres: options.danglingSearchMetres ?? NETWORK_QA_DEFAULTS.danglingSearchMetres,
    requiredAttributes: options.requiredAttributes ?? defaultRequiredAttributes(network.sourceFormat),
  };
  const units = network.units.coordinates;
  const qa = new QaContext(network, parameters, options.metresPerUnit ?? metresPerCoordinateUnit(units), units, options.maxIssuesPerCode ?? NETWORK_QA_DEFAULTS.maxIssuesPerCode);

  checkLinkEnds(qa);
  checkDangles(qa, options.isDanglingExempt ?? (() => false));
  checkDuplicateLinks(qa);
  checkVerticalConsistency(qa);
  checkAdverseSlope(qa);
  checkDepthLimits(qa);
  checkRequiredAttributes(qa);
  checkPipeTypeConnections(qa);

  const order = new Map(NETWORK_QA_CODES.map((code, index) => [code, index]));
  const issues = [...qa.issues].sort((a, b) => order.get(a.code)! - order.get(b.code)!);
  const byCode = Object.fromEntries(NETWORK_QA_CODES.map((code) => [code, qa.counts.get(code) ?? 0])) as Record<NetworkQaCode, number>;
  let errors = 0;
  let warnings = 0;
  for (const check of NETWORK_QA_CHECKS) (check.severity === 'error' ? (errors += byCode[check.code]) : (warnings += byCode[check.code]));
  return {
    network: network.name,
    nodeCount: network.nodes.length,
    linkCount: network.links.length,
    parameters,
    summary: { total: errors + warnings, errors, warnings, byCode },
    issues,
    omitted: qa.omitted,
  };
}
