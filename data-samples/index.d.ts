export interface SampleLayer {
  id: string;
  title: string;
  kind: 'buildings' | 'roads' | 'landuse' | 'water';
  file: string;
}
/** The sample district loaded by `npm start`. */
export declare const SAMPLE_DISTRICT: {
  readonly id: string;
  readonly title: string;
  readonly bbox: [number, number, number, number];
  readonly attribution: string;
  readonly layers: readonly SampleLayer[];
};
