/**
 * `npm run bench -- addresses [--count N] [--database-url URL]`: loads a synthetic library of N
 * addresses (default 1,000,000) into a fresh database, then times as-you-type searches
 * (prefixes of door plates, pinyin, initials, a missing character, rooms) and geocoding of
 * full texts, each query alone (p50, p95), and parsing on one core (parses per second).
 * Targets: search p95 under 20 ms, 5,000 parses per second.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../server/src/db/open-database.ts';
import { silentLogger } from '../../server/src/logger.ts';
import { replaceAddressSource } from '../../server/src/addresses/store/write-addresses.ts';
import { searchAddresses } from '../../server/src/addresses/search/search-addresses.ts';
import { geocodeAddress } from '../../server/src/addresses/service/geocode-address.ts';
import { LibraryGazetteer } from '../../server/src/addresses/service/library-gazetteer.ts';
import { parseAddress } from '../../server/src/addresses/parse/parse-address.ts';
import { pinyinKeys } from '../../server/src/addresses/store/address-search-keys.ts';
import { generateAddressLibrary } from './generate-address-library.ts';
import { recordBenchmark } from './record-benchmark.ts';

const QUERIES_PER_KIND = 200;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function timeEach(queries: string[], run: (query: string) => Promise<unknown>): Promise<{ p50: number; p95: number; max: number; empty: number }> {
  const times: number[] = [];
  let empty = 0;
  for (const query of queries) {
    const started = performance.now();
    const result = await run(query);
    times.push(performance.now() - started);
    if (Array.isArray(result) ? result.length === 0 : !(result as { match?: unknown }).match) empty++;
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1], empty };
}

export async function benchAddresses(count: number, databaseUrl: string | undefined, write: boolean): Promise<void> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cimtwin-bench-addresses-'));
  const db = await openDatabase({ dataDir, databaseUrl, logger: silentLogger() });
  try {
    let started = performance.now();
    const library = generateAddressLibrary(count);
    const generateSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    await replaceAddressSource(db.knex, { id: 'bench', sha256: null, report: {} }, library.records);
    const loadSeconds = (performance.now() - started) / 1000;
    await db.knex.raw('ANALYZE standard_addresses');
    const plates = library.doorPlates.slice(0, QUERIES_PER_KIND);
    const searches: [string, string[]][] = [
      ['door plate prefix (road + first digit)', plates.map((p) => p.label.slice(0, p.label.indexOf('号') - 1) || p.label)],
      ['door plate, one character missing', plates.map((p) => p.label.slice(0, 1) + p.label.slice(2))],
      ['pinyin prefix', plates.map((p) => pinyinKeys(p.label).pinyin.slice(0, 12))],
      ['initials + number', plates.map((p) => pinyinKeys(p.label).initials)],
      ['room (unit and room named)', library.rooms.slice(0, QUERIES_PER_KIND).map((r) => r.label)],
    ];
    const rows: string[][] = [];
    for (const [kind, queries] of searches) {
      const measured = await timeEach(queries, (query) => searchAddresses(db.knex, query));
      rows.push([`search: ${kind}`, String(queries.length), measured.p50.toFixed(1), measured.p95.toFixed(1), measured.max.toFixed(1), String(measured.empty)]);
    }
    const gazetteer = await new LibraryGazetteer(db.knex).get();
    const geocodes: [string, string[]][] = [
      ['full text', plates.map((p) => p.fullText)],
      ['full text + floor (matched at the door plate)', plates.map((p) => `${p.fullText}5楼`)],
    ];
    for (const [kind, queries] of geocodes) {
      const measured = await timeEach(queries, (query) => geocodeAddress(db.knex, gazetteer, query));
      rows.push([`geocode: ${kind}`, String(queries.length), measured.p50.toFixed(1), measured.p95.toFixed(1), measured.max.toFixed(1), String(measured.empty)]);
    }
    // Parsing on one core: the texts of the library, with and without the divisions.
    const texts = library.doorPlates.flatMap((p) => [p.fullText, p.label, `${p.district}${p.label}3单元1202室`]);
    for (const text of texts.slice(0, 500)) parseAddress(text, gazetteer);
    started = performance.now();
    for (const text of texts) parseAddress(text, gazetteer);
    const parsesPerSecond = texts.length / ((performance.now() - started) / 1000);
    console.log(`addresses: ${count.toLocaleString('en')} on ${db.backend}; generated in ${generateSeconds.toFixed(1)} s, loaded in ${loadSeconds.toFixed(1)} s (${Math.round(count / loadSeconds).toLocaleString('en')}/s)`);
    for (const row of rows) console.log(`  ${row[0].padEnd(52)} n=${row[1].padStart(4)}  p50 ${row[2].padStart(6)} ms  p95 ${row[3].padStart(6)} ms  max ${row[4].padStart(6)} ms  no result ${row[5]}`);
    console.log(`  parse: ${Math.round(parsesPerSecond).toLocaleString('en')} parses/s on one core (${texts.length} texts)`);
    if (write) {
      await recordBenchmark(`addresses-${count}-${db.backend}`, {
        title: `Addresses: ${count.toLocaleString('en')} synthetic standard addresses, ${db.backend === 'pglite' ? 'embedded PGlite' : 'PostgreSQL server'}`,
        header: ['query', 'queries', 'p50 (ms)', 'p95 (ms)', 'max (ms)', 'without result'],
        rows,
        notes: [
          `Library loaded in ${loadSeconds.toFixed(1)} s (${Math.round(count / loadSeconds).toLocaleString('en')} addresses/s, indexes maintained during the load). Parsing: ${Math.round(parsesPerSecond).toLocaleString('en')} parses per second on one core over ${texts.length} texts. Each query runs alone, after ANALYZE; targets: search p95 under 20 ms, 5,000 parses per second.`,
        ],
      });
    }
  } finally {
    await db.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}
