import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The public test networks (ky4, ky9, L-TOWN, Micropolis, a SWMM model) are larger than the 1 MB
// fixture limit and live outside the repository, in ../shared/data/networks by default;
// NETWORK_DATA_DIR points elsewhere. Tests that need them skip when the directory is missing.

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** Directory of the shared test networks. */
export const NETWORK_DATA_DIR = process.env.NETWORK_DATA_DIR ?? path.resolve(repositoryRoot, '../shared/data/networks');

/** Absolute path of a shared test network file, e.g. `micropolis/MICROPOLIS_v1.inp`. */
export function networkDataPath(name: string): string {
  return path.join(NETWORK_DATA_DIR, name);
}

/** The text of a shared test network file. */
export function readNetworkData(name: string): string {
  return fs.readFileSync(networkDataPath(name), 'utf8');
}

/** A skip reason for node:test when the shared networks are not there, else false. */
export const skipWithoutNetworkData: string | false = fs.existsSync(NETWORK_DATA_DIR) ? false : `shared test networks not found at ${NETWORK_DATA_DIR} (set NETWORK_DATA_DIR)`;
