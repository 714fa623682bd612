// Scores the address parser on labelled addresses and prints the table.
//   node --import tsx server/src/addresses/parse/evaluate-address-parser.ts [file-or-dir ...] [--only-labelled] [--mismatches N]
// Default input: data-samples/addresses/evaluation/ (every .jsonl file); without it, the
// parser's own sample cases. A plain script: nothing is written.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isDataError } from '@cimtwin/schemas';
import { divisionGazetteer, divisionGazetteerBuildReport } from './division-gazetteer.ts';
import { parseAddress } from './parse-address.ts';
import { readAddressEvaluationCases } from './read-address-evaluation-cases.ts';
import { SAMPLE_LABELLED_ADDRESSES } from './sample-labelled-addresses.ts';
import { formatAddressParseScores, scoreAddressParses, type LabelledAddress } from './score-address-parses.ts';

const { positionals, values } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { 'only-labelled': { type: 'boolean', default: false }, mismatches: { type: 'string', default: '20' } },
});
const defaultDirectory = path.resolve(import.meta.dirname, '../../../../data-samples/addresses/evaluation');
const inputs = positionals.length > 0 ? positionals : fs.existsSync(defaultDirectory) ? [defaultDirectory] : [];
function readCases(): readonly LabelledAddress[] {
  if (inputs.length === 0) return SAMPLE_LABELLED_ADDRESSES;
  try {
    return readAddressEvaluationCases(inputs);
  } catch (error) {
    if (!isDataError(error)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}
const cases = readCases();
const gazetteer = divisionGazetteer();
const scores = scoreAddressParses(cases, (text) => parseAddress(text, gazetteer), { onlyLabelledLevels: values['only-labelled'], keepMismatches: Number(values.mismatches) });
console.log(`input: ${inputs.length > 0 ? inputs.join(', ') : 'the sample cases of the parser'}; gazetteer built in ${divisionGazetteerBuildReport()?.milliseconds.toFixed(0)} ms`);
console.log(formatAddressParseScores(scores));
for (const mismatch of scores.mismatches) {
  console.log(`\n${mismatch.text}\n  expected ${JSON.stringify(mismatch.expected)}\n  actual   ${JSON.stringify(mismatch.actual)}`);
}
