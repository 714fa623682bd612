import { DataError, type Network, type PipeTypeCode, type RoughnessMeaning } from '@cimtwin/schemas';
import { WarningCollector } from '../warning-collector.ts';
import { findEpsgInText } from './find-epsg-in-text.ts';
import { readEpanetLinks } from './epanet-links.ts';
import { readEpanetNodes } from './epanet-nodes.ts';
import type { InpContext } from './inp-context.ts';
import { readInpGeometry, readOption, readTitle } from './inp-geometry.ts';
import { readInpSections } from './inp-sections.ts';
import { withPipeType } from './with-pipe-type.ts';
import { EPANET_FLOW_UNITS, METRES_PER_INCH, metresPerLength, readMapUnits } from './inp-units.ts';

// Reads the network part of an EPANET 2.2 input file into the cimtwin network model, converting
// to metres and m³/s. Node sections are read before link sections whatever their order in the
// file, so links can be checked against every node. Simulation sections ([PATTERNS], [CURVES],
// [CONTROLS], [RULES], [TIMES], ...) are ignored.

/** Options of {@link parseEpanetInp}. */
export interface EpanetInpOptions {
  /** Network name; defaults to the first [TITLE] line, then "EPANET network". */
  name?: string;
  /** CRS of the coordinates, e.g. `EPSG:4547`; defaults to an EPSG code written in [TITLE], else null. */
  crs?: string | null;
  /** CJJ 61 pipe type given to every node and link; EPANET networks are JS (water supply) unless told otherwise. */
  pipeType?: PipeTypeCode;
  /** CJJ 61 subtype 代号, e.g. PW for distribution mains; null when not given. */
  pipeSubtype?: string | null;
}

const HEADLOSS: Record<string, RoughnessMeaning> = { 'H-W': 'hazen-williams-c', 'D-W': 'darcy-weisbach-m', 'C-M': 'chezy-manning-n' };

/** Parses EPANET .inp text. Malformed required data is a DataError naming section and line. */
export function parseEpanetInp(text: string, options: EpanetInpOptions = {}): Network {
  const sections = readInpSections(text);
  if (!sections.has('JUNCTIONS') && !sections.has('RESERVOIRS') && !sections.has('TANKS')) {
    throw new DataError('epanet-inp: no [JUNCTIONS], [RESERVOIRS] or [TANKS] section; is this an EPANET input file?');
  }
  const warnings = new WarningCollector();
  const context: InpContext = { stage: 'epanet-inp', sections, warnings, lengthScale: 1, flowScale: 1, nodes: new Map(), links: new Map(), definedAt: new Map() };

  const unitsOption = readOption(context, 'OPTIONS', 'UNITS');
  const flowName = (unitsOption?.value ?? 'GPM').toUpperCase();
  const flow = EPANET_FLOW_UNITS[flowName];
  if (!flow) throw new DataError(`epanet-inp: [OPTIONS] line ${unitsOption?.line}: UNITS "${unitsOption?.value}" is not one of ${Object.keys(EPANET_FLOW_UNITS).join(', ')}`);
  if (!unitsOption) warnings.add('epanet-inp: [OPTIONS] has no UNITS; EPANET\'s default GPM (US units: feet, inches) assumed');
  const headlossOption = readOption(context, 'OPTIONS', 'HEADLOSS');
  const headloss = (headlossOption?.value ?? 'H-W').toUpperCase();
  const roughness = HEADLOSS[headloss];
  if (!roughness) throw new DataError(`epanet-inp: [OPTIONS] line ${headlossOption?.line}: HEADLOSS "${headlossOption?.value}" is not one of H-W, D-W, C-M`);

  context.lengthScale = metresPerLength(flow.system);
  context.flowScale = flow.cubicMetresPerSecond;
  const diameterScale = flow.system === 'US' ? METRES_PER_INCH : 0.001;
  // Darcy-Weisbach roughness is in millifeet (US) or millimetres (SI).
  const roughnessScale = roughness === 'darcy-weisbach-m' ? context.lengthScale * 0.001 : 1;

  readEpanetNodes(context);
  readEpanetLinks(context, { diameter: diameterScale, roughness: roughnessScale });
  readInpGeometry(context);

  const title = readTitle(context);
  const titleCrs = title === undefined ? null : findEpsgInText(sections.get('TITLE')!.map((line) => line.text).join('\n'));
  if (options.crs === undefined && titleCrs) warnings.add(`epanet-inp: CRS ${titleCrs} taken from the [TITLE] text; pass the crs option to override`);
  return {
    name: options.name ?? title ?? 'EPANET network',
    sourceFormat: 'epanet-inp',
    units: {
      system: flow.system,
      flow: flowName,
      length: flow.system === 'US' ? 'ft' : 'm',
      diameter: flow.system === 'US' ? 'in' : 'mm',
      roughness,
      coordinates: readMapUnits(readOption(context, 'BACKDROP', 'UNITS')?.value),
    },
    crs: options.crs === undefined ? titleCrs : options.crs,
    ...withPipeType([...context.nodes.values()], [...context.links.values()], options.pipeType ?? 'JS', options.pipeSubtype ?? null),
    warnings: warnings.list(),
  };
}
