declare module 'shpjs' {
  interface ShapefileParts {
    shp: ArrayBuffer | Uint8Array;
    dbf?: ArrayBuffer | Uint8Array;
    prj?: ArrayBuffer | Uint8Array | string;
    cpg?: ArrayBuffer | Uint8Array | string;
  }
  interface ParsedCollection {
    type: 'FeatureCollection';
    features: unknown[];
    fileName?: string;
  }
  function shp(input: ArrayBuffer | Uint8Array | ShapefileParts): Promise<ParsedCollection | ParsedCollection[]>;
  export default shp;
}
