// Timing of the clearance check on generated networks; not a test, nothing is asserted.
//   node --import tsx server/src/networks/analysis/bench-clearance.ts [segments]
// Places a water grid and a gas grid 1.0 m off it (200,000 segments by default), indexes it and
// checks clearances; prints each phase and the result counts.
import { placeNetwork } from '../geometry/place-network.ts';
import { utilityGridNetwork } from '../testing/utility-grid-network.ts';
import { checkClearances } from './clearance.ts';
import { indexPlacedLinks } from './placed-link-index.ts';

const segments = Number(process.argv[2] ?? 200_000);

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

const [network, generateMs] = time(() => utilityGridNetwork(segments));
const [placed, placeMs] = time(() => placeNetwork(network));
const [index, indexMs] = time(() => indexPlacedLinks(placed));
const [result, checkMs] = time(() => checkClearances(placed, network, { index }));
const [, fullMs] = time(() => checkClearances(placed, network));
console.log(`${network.links.length} links (${index.pieces.length} pieces); generated ${generateMs.toFixed(0)} ms, placed ${placeMs.toFixed(0)} ms`);
console.log(`index ${indexMs.toFixed(0)} ms; check with the index ${checkMs.toFixed(0)} ms; check building its own index ${fullMs.toFixed(0)} ms`);
console.log(`summary: ${JSON.stringify(result.summary)}`);
console.log(`violations: ${result.violations.length}; first: ${JSON.stringify(result.violations[0])}`);
