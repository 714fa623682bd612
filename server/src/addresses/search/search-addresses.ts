/**
 * As-you-type search of the address library, in tiers, each an index scan with a LIMIT, so a
 * library of a million rooms answers in milliseconds:
 *  1. the label starts with the query (btree on label_key; door plates before buildings and
 *     rooms, shorter labels first: 2号 before 10号);
 *  2. the text or an alias contains it (pg_trgm GIN, LIKE '%q%'; queries of 3 characters and more);
 *  3. only when neither found anything, fuzzy: trigram word similarity for typos and missing
 *     characters (near misses are noise beside real matches, and the costliest scan);
 *  Latin queries match the pinyin and the initials instead (zhongshan, zsdyl).
 * Unless the query names a building part (幢, 单元, 室, 层 …), units, floors and rooms are left
 * out and the partial indexes over door plates, POIs and buildings serve (level_rank <= 9).
 * Tried and rejected: one ORDER BY similarity over every match, which sorts every room of a
 * road for a query naming the road; GiST trigram KNN, slower to build and to scan on PGlite.
 */
import type { Knex } from 'knex';
import { DataError, type AddressLevel, type StandardAddress } from '@cimtwin/schemas';
import { isLatinQuery, searchKey } from '../store/address-search-keys.ts';
import { ADDRESS_COLUMNS, toStandardAddress, type AddressRow } from '../store/read-addresses.ts';

/** One suggestion: the address, the part people say, and how well it matched (0–1). */
export interface AddressSuggestion {
  code: string;
  level: AddressLevel;
  fullText: string;
  label: string;
  point: [number, number] | null;
  building: StandardAddress['building'];
  score: number;
}

export interface SearchOptions {
  limit?: number;
}

export const SEARCH_DEFAULTS = { limit: 10, maxLimit: 50 } as const;

/** Rank of the deepest level searched when the query names no building part (building). */
const UPPER_LEVEL_RANK = 9;
const BUILDING_PART = /[幢栋座楼层室户]|单元|#/;
/** Lowest trigram word similarity kept by the fuzzy tier. */
const FUZZY_THRESHOLD = 0.45;

/** Suggestions for what the user has typed so far, best first. */
export async function searchAddresses(knex: Knex, query: string, options: SearchOptions = {}): Promise<AddressSuggestion[]> {
  const key = searchKey(query ?? '');
  if (!key) throw new DataError('address-search: the query is empty; give some characters of an address (e.g. q=中山东一路18)');
  const limit = Math.min(Math.max(1, Math.trunc(options.limit ?? SEARCH_DEFAULTS.limit)), SEARCH_DEFAULTS.maxLimit);
  const deep = BUILDING_PART.test(query.slice(1));
  const levelFilter = deep ? '' : `AND a.level_rank <= ${UPPER_LEVEL_RANK}`;
  const found = new Map<string, AddressSuggestion>();
  const take = (rows: Array<AddressRow & { score: number }>) => {
    for (const row of rows) {
      if (found.size >= limit) return;
      if (!found.has(row.code)) found.set(row.code, toSuggestion(row));
    }
  };
  const columns = ADDRESS_COLUMNS;
  const escaped = key.replace(/[\\%_]/g, (c) => `\\${c}`);

  if (isLatinQuery(key)) {
    const prefix = await knex.raw(
      `SELECT ${columns}, CASE WHEN a.initials LIKE ? THEN 0.9 ELSE 0.95 END AS score FROM standard_addresses a
       WHERE (a.pinyin LIKE ? OR a.initials LIKE ?) ${levelFilter} ORDER BY a.level_rank, length(a.pinyin), a.code LIMIT ?`,
      [`${escaped}%`, `${escaped}%`, `${escaped}%`, limit],
    );
    take(prefix.rows);
    if (found.size === 0 && key.length >= 3) {
      const fuzzy = await fuzzyQuery(
        knex,
        `SELECT ${columns}, 0.7 * word_similarity(?, a.pinyin) AS score FROM standard_addresses a
         WHERE ? <% a.pinyin ${levelFilter} ORDER BY word_similarity(?, a.pinyin) DESC, a.level_rank, a.code LIMIT ?`,
        [key, key, key, limit],
      );
      take(fuzzy.rows.filter((row: { score: number }) => row.score >= 0.7 * FUZZY_THRESHOLD));
    }
    return [...found.values()];
  }

  const prefix = await knex.raw(
    `SELECT ${columns}, CASE WHEN a.label_key = ? THEN 1 ELSE 0.95 END AS score FROM standard_addresses a
     WHERE a.label_key LIKE ? ${levelFilter} ORDER BY a.level_rank, length(a.label_key), a.label_key, a.code LIMIT ?`,
    [key, `${escaped}%`, limit],
  );
  take(prefix.rows);
  if (found.size < limit && key.length >= 3) {
    const contains = await knex.raw(
      `SELECT ${columns}, 0.8 AS score FROM standard_addresses a
       WHERE a.search_text LIKE ? ${levelFilter} ORDER BY a.level_rank, length(a.label), a.code LIMIT ?`,
      [`%${escaped}%`, limit],
    );
    take(contains.rows);
  }
  if (found.size === 0 && key.length >= 3) {
    const fuzzy = await fuzzyQuery(
      knex,
      `SELECT ${columns}, 0.7 * word_similarity(?, a.search_text) AS score FROM standard_addresses a
       WHERE ? <% a.search_text ${levelFilter} ORDER BY word_similarity(?, a.search_text) DESC, a.level_rank, a.code LIMIT ?`,
      [key, key, key, limit],
    );
    take(fuzzy.rows.filter((row: { score: number }) => row.score >= 0.7 * FUZZY_THRESHOLD));
  }
  return [...found.values()];
}

/**
 * Runs a `<%` query with the word-similarity threshold at FUZZY_THRESHOLD (pg_trgm's default,
 * 0.6, misses a missing character in a short Chinese word), set for this transaction only.
 */
async function fuzzyQuery(knex: Knex, sql: string, bindings: readonly unknown[]): Promise<{ rows: any[] }> {
  return knex.transaction(async (trx) => {
    await trx.raw(`SET LOCAL pg_trgm.word_similarity_threshold = ${FUZZY_THRESHOLD}`);
    return (await trx.raw(sql, bindings as never)) as { rows: any[] };
  }) as Promise<{ rows: any[] }>;
}

function toSuggestion(row: AddressRow & { score: number }): AddressSuggestion {
  const address = toStandardAddress(row);
  return {
    code: address.code,
    level: address.level,
    fullText: address.fullText,
    label: address.label,
    point: address.point,
    building: address.building,
    score: Math.round(Number(row.score) * 1000) / 1000,
  };
}
