export interface SampleLayer {
  id: string;
  title: string;
  kind: 'buildings' | 'roads' | 'landuse' | 'water';
  file: string;
}
/**
 * A generated (not surveyed) pipe network of the sample district: the CJJ 61 point table
 * (管线点) and line table (管线段) as GeoJSON FeatureCollections in EPSG:4549.
 */
export interface SampleNetwork {
  id: string;
  title: string;
  /** CJJ 61 main type 代号 (JS, PS, RQ, DL, TX). */
  pipeType: 'JS' | 'PS' | 'RQ' | 'RL' | 'DL' | 'TX' | 'GY' | 'QT';
  /** CJJ 61 subtype 代号 (JP, YS, WS, TR, GD, DX); storm and sewage are separate systems of PS. */
  subtype: string;
  /** [points file, lines file]. */
  files: readonly [string, string];
  crs: 'EPSG:4549';
}
/** The sample district loaded by `npm start`. */
export declare const SAMPLE_DISTRICT: {
  readonly id: string;
  readonly title: string;
  readonly bbox: [number, number, number, number];
  readonly attribution: string;
  readonly layers: readonly SampleLayer[];
  /** One generated network per system: water, storm, sewage, gas, power, telecom. */
  readonly networks: readonly SampleNetwork[];
  /** The standard address library: OSM door plates and generated door plates, units and rooms, as address tables. */
  readonly addresses: { readonly id: string; readonly files: readonly string[]; readonly linkLayer: string };
};
/** One year of three Beijing air-quality stations (PRSA data, CC BY 4.0), replayed by the demo simulator. */
export declare const AIR_QUALITY_SAMPLE: {
  /** Folder of PRSA_Data_<Station>_20160301-20170228.csv. */
  readonly dir: string;
  readonly stations: readonly string[];
  readonly attribution: string;
};
