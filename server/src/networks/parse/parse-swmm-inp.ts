import { DataError, type Network, type PipeTypeCode } from '@cimtwin/schemas';
import { WarningCollector } from '../warning-collector.ts';
import { findEpsgInText } from './find-epsg-in-text.ts';
import type { InpContext } from './inp-context.ts';
import { readInpGeometry, readOption, readTitle } from './inp-geometry.ts';
import { readInpSections } from './inp-sections.ts';
import { withPipeType } from './with-pipe-type.ts';
import { metresPerLength, readMapUnits, SWMM_FLOW_UNITS } from './inp-units.ts';
import { readSwmmLinks, type LinkOffsets } from './swmm-links.ts';
import { readSwmmNodes } from './swmm-nodes.ts';

// Reads the drainage network of a SWMM 5 input file: nodes, links, cross-sections and map
// geometry, in metres. Hydrology ([SUBCATCHMENTS], [RAINGAGES], [Polygons] ...) and simulation
// sections are ignored. Link inverts are node inverts plus offsets, as [OPTIONS] LINK_OFFSETS says.

/** Options of {@link parseSwmmInp}. */
export interface SwmmInpOptions {
  /** Network name; defaults to the first [TITLE] line, then "SWMM network". */
  name?: string;
  /** CRS of the coordinates; defaults to an EPSG code written in [TITLE], else null. */
  crs?: string | null;
  /** CJJ 61 pipe type given to every node and link; SWMM networks are PS (drainage) unless told otherwise. */
  pipeType?: PipeTypeCode;
  /** CJJ 61 subtype 代号, e.g. YS rain water, WS sewage; null when not given. */
  pipeSubtype?: string | null;
}

/** Parses SWMM .inp text. Malformed required data is a DataError naming section and line. */
export function parseSwmmInp(text: string, options: SwmmInpOptions = {}): Network {
  const sections = readInpSections(text);
  if (!['JUNCTIONS', 'OUTFALLS', 'STORAGE', 'DIVIDERS'].some((name) => sections.has(name))) {
    throw new DataError('swmm-inp: no [JUNCTIONS], [OUTFALLS], [STORAGE] or [DIVIDERS] section; is this a SWMM input file?');
  }
  const warnings = new WarningCollector();
  const context: InpContext = { stage: 'swmm-inp', sections, warnings, lengthScale: 1, flowScale: 1, nodes: new Map(), links: new Map(), definedAt: new Map() };

  const flowOption = readOption(context, 'OPTIONS', 'FLOW_UNITS');
  const flowName = (flowOption?.value ?? 'CFS').toUpperCase();
  const flow = SWMM_FLOW_UNITS[flowName];
  if (!flow) throw new DataError(`swmm-inp: [OPTIONS] line ${flowOption?.line}: FLOW_UNITS "${flowOption?.value}" is not one of ${Object.keys(SWMM_FLOW_UNITS).join(', ')}`);
  if (!flowOption) warnings.add('swmm-inp: [OPTIONS] has no FLOW_UNITS; SWMM\'s default CFS (feet) assumed');
  const offsetsOption = readOption(context, 'OPTIONS', 'LINK_OFFSETS');
  const offsets = (offsetsOption?.value ?? 'DEPTH').toUpperCase();
  if (offsets !== 'DEPTH' && offsets !== 'ELEVATION') {
    throw new DataError(`swmm-inp: [OPTIONS] line ${offsetsOption?.line}: LINK_OFFSETS "${offsetsOption?.value}" is not DEPTH or ELEVATION`);
  }
  context.lengthScale = metresPerLength(flow.system);
  context.flowScale = flow.cubicMetresPerSecond;

  readSwmmNodes(context);
  readSwmmLinks(context, offsets as LinkOffsets);
  readInpGeometry(context);

  const title = readTitle(context);
  const titleCrs = title === undefined ? null : findEpsgInText(sections.get('TITLE')!.map((line) => line.text).join('\n'));
  if (options.crs === undefined && titleCrs) warnings.add(`swmm-inp: CRS ${titleCrs} taken from the [TITLE] text; pass the crs option to override`);
  const length = flow.system === 'US' ? 'ft' : 'm';
  return {
    name: options.name ?? title ?? 'SWMM network',
    sourceFormat: 'swmm-inp',
    units: { system: flow.system, flow: flowName, length, diameter: length, roughness: 'manning-n', coordinates: readMapUnits(readOption(context, 'MAP', 'UNITS')?.value) },
    crs: options.crs === undefined ? titleCrs : options.crs,
    ...withPipeType([...context.nodes.values()], [...context.links.values()], options.pipeType ?? 'PS', options.pipeSubtype ?? null),
    warnings: warnings.list(),
  };
}
