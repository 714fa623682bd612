// shpjs also exports its synchronous shp and dbf parsers (lib/index.js: parseShp, parseDbf);
// server/src/types/shpjs.d.ts declares only the asynchronous default. These declarations merge
// with it, so the CJJ 61 reader can stay synchronous.
declare module 'shpjs' {
  /** GeoJSON geometries of the .shp records, in file order; null for null shapes. No reprojection without `prj`. */
  export function parseShp(shp: ArrayBuffer | Uint8Array | DataView, prj?: string | false): ({ type: string; coordinates?: unknown } | null)[];
  /** The .dbf records; `cpg` names the text encoding (a label TextDecoder knows, e.g. gbk, utf-8). */
  export function parseDbf(dbf: ArrayBuffer | Uint8Array | DataView, cpg?: string): Record<string, unknown>[];
}
