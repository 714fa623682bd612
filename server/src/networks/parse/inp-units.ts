// Unit systems of EPANET and SWMM input files. Both let the flow unit decide everything else:
// a US flow unit means feet (and, in EPANET, inch pipe diameters), an SI one metres (and
// millimetre pipe diameters in EPANET; SWMM cross-sections stay in metres).

/** Metres per foot. */
export const METRES_PER_FOOT = 0.3048;
/** Metres per inch. */
export const METRES_PER_INCH = 0.0254;

/** A flow unit: its unit system and its size in m³/s. */
export interface FlowUnit {
  system: 'US' | 'SI';
  cubicMetresPerSecond: number;
}

const US_GALLON_M3 = 0.003785411784;
const IMPERIAL_GALLON_M3 = 0.00454609;
const ACRE_FOOT_M3 = 1233.48183754752;
const DAY_S = 86400;

/** EPANET 2.2 flow units (CMS is EPANET 2.3). */
export const EPANET_FLOW_UNITS: Readonly<Record<string, FlowUnit>> = {
  CFS: { system: 'US', cubicMetresPerSecond: METRES_PER_FOOT ** 3 },
  GPM: { system: 'US', cubicMetresPerSecond: US_GALLON_M3 / 60 },
  MGD: { system: 'US', cubicMetresPerSecond: (1e6 * US_GALLON_M3) / DAY_S },
  IMGD: { system: 'US', cubicMetresPerSecond: (1e6 * IMPERIAL_GALLON_M3) / DAY_S },
  AFD: { system: 'US', cubicMetresPerSecond: ACRE_FOOT_M3 / DAY_S },
  LPS: { system: 'SI', cubicMetresPerSecond: 0.001 },
  LPM: { system: 'SI', cubicMetresPerSecond: 0.001 / 60 },
  MLD: { system: 'SI', cubicMetresPerSecond: 1000 / DAY_S },
  CMH: { system: 'SI', cubicMetresPerSecond: 1 / 3600 },
  CMD: { system: 'SI', cubicMetresPerSecond: 1 / DAY_S },
  CMS: { system: 'SI', cubicMetresPerSecond: 1 },
};

/** SWMM 5 flow units. */
export const SWMM_FLOW_UNITS: Readonly<Record<string, FlowUnit>> = {
  CFS: EPANET_FLOW_UNITS.CFS,
  GPM: EPANET_FLOW_UNITS.GPM,
  MGD: EPANET_FLOW_UNITS.MGD,
  CMS: EPANET_FLOW_UNITS.CMS,
  LPS: EPANET_FLOW_UNITS.LPS,
  MLD: EPANET_FLOW_UNITS.MLD,
};

/** Metres per length unit of a unit system (feet or metres). */
export function metresPerLength(system: 'US' | 'SI'): number {
  return system === 'US' ? METRES_PER_FOOT : 1;
}

/** Map units of an EPANET [BACKDROP] UNITS or SWMM [MAP] Units value; null for NONE or absent. */
export function readMapUnits(value: string | undefined): 'ft' | 'm' | 'deg' | null {
  switch (value?.toUpperCase()) {
    case 'FEET':
      return 'ft';
    case 'METERS':
    case 'METRES':
      return 'm';
    case 'DEGREES':
      return 'deg';
    default:
      return null;
  }
}
