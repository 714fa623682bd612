/**
 * web-ifc, loaded with `require`. Its 6 MB CommonJS entry is slow to `import`: Node scans the
 * whole file for named exports before running it (about 0.4 s on a 2-core server, paid by
 * every reader process), while `require` only compiles it. Worker code takes web-ifc from here.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The web-ifc module (classes, type codes, schema tables). */
export const WebIfc = require('web-ifc') as typeof import('web-ifc');

/** Folder of web-ifc's wasm files, with a trailing separator, for `IfcAPI.SetWasmPath`. */
export const WEB_IFC_WASM_DIR = path.dirname(require.resolve('web-ifc')) + path.sep;
