// The gazetteer the parser matches names against: administrative divisions by code, and the
// roads, POIs, communities and development zones an address library knows by name.
//
// Lookup is by exact string: one Map from the normalised name to what it names, and per first
// character the lengths of the names starting with it, longest first. At a position the parser
// asks for every name that starts there with at most one Map lookup per distinct length (about
// ten). Rejected: a character trie, which answers the same question walking one Map per node but
// needs one Map per prefix, hundreds of thousands for the towns of China, for no gain in speed
// at address lengths; and a scan over all names by first character (thousands start with 新).
import type { DivisionLevel } from '@cimtwin/schemas';
import { divisionShortForms } from './division-short-forms.ts';
import { normalizeAddressText } from './normalize-address-text.ts';

/** An administrative division: GB/T 2260 code (2, 4, 6 digits), town (9) or community (12). */
export interface DivisionEntry {
  code: string;
  level: DivisionLevel;
  /** Official name, as it is written in a standard address (a municipality's city is 上海市). */
  name: string;
  parentCode: string | null;
  /** What people write instead of the name: 浦东, 上海, 沪. */
  shortForms: readonly string[];
  /**
   * A level the code system has but addresses do not write: 省直辖县级行政区划, the one district
   * of a city without districts (东莞市 441900). Never matched by name, never output.
   */
  placeholder: boolean;
}

/** What `addDivisions` takes; short forms are derived from the name when not given. */
export interface DivisionInput {
  code: string;
  level: DivisionLevel;
  name: string;
  parentCode: string | null;
  shortForms?: readonly string[];
  placeholder?: boolean;
}

/** Levels of the named things an address library adds to the gazetteer. */
export type NamedPlaceLevel = 'road' | 'poi' | 'community' | 'devzone';

/** A road, POI, community or development zone known by name, optionally tied to its district. */
export interface NamedPlaceEntry {
  level: NamedPlaceLevel;
  name: string;
  aliases?: readonly string[];
  /** The 6-digit code of the district it lies in; a name without one matches anywhere. */
  districtCode?: string;
}

/** How a name in the text was written. */
export type NameForm = 'name' | 'shortForm' | 'abbreviation';

/** What a matched name refers to. */
export type GazetteerTarget = { kind: 'division'; entry: DivisionEntry } | { kind: 'named'; entry: NamedPlaceEntry };

/** A name of the gazetteer found at a position of a text. */
export interface GazetteerMatch {
  start: number;
  end: number;
  form: NameForm;
  target: GazetteerTarget;
}

interface IndexedName {
  form: NameForm;
  target: GazetteerTarget;
}

/** An index of division and place names for address parsing; build with `buildDivisionGazetteer`. */
export class AddressGazetteer {
  private readonly divisions = new Map<string, DivisionEntry>();
  private readonly children = new Map<string, DivisionEntry[]>();
  private readonly names = new Map<string, IndexedName[]>();
  private readonly lengthsByFirstCharacter = new Map<string, number[]>();
  private namedPlaces = 0;

  /** Adds divisions (a parent before its children is not required). Returns this. */
  addDivisions(inputs: Iterable<DivisionInput>): this {
    for (const input of inputs) {
      if (this.divisions.has(input.code)) continue;
      const placeholder = input.placeholder ?? false;
      const shortForms = placeholder ? [] : (input.shortForms ?? divisionShortForms(input.level, input.name));
      const entry: DivisionEntry = { code: input.code, level: input.level, name: input.name, parentCode: input.parentCode, shortForms, placeholder };
      this.divisions.set(entry.code, entry);
      if (entry.parentCode !== null) {
        const siblings = this.children.get(entry.parentCode);
        if (siblings) siblings.push(entry);
        else this.children.set(entry.parentCode, [entry]);
      }
      if (placeholder) continue;
      const target: GazetteerTarget = { kind: 'division', entry };
      this.index(entry.name, 'name', target);
      for (const form of shortForms) this.index(form, [...form].length === 1 ? 'abbreviation' : 'shortForm', target);
    }
    return this;
  }

  /** Adds roads, POIs, communities and zones of an address library, recognised as whole words. Returns this. */
  addNames(entries: Iterable<NamedPlaceEntry>): this {
    for (const entry of entries) {
      const target: GazetteerTarget = { kind: 'named', entry };
      this.index(entry.name, 'name', target);
      for (const alias of entry.aliases ?? []) this.index(alias, 'shortForm', target);
      this.namedPlaces++;
    }
    return this;
  }

  /** The division with this code. */
  division(code: string): DivisionEntry | undefined {
    return this.divisions.get(code);
  }

  /** The divisions directly below `code`. */
  childrenOf(code: string): readonly DivisionEntry[] {
    return this.children.get(code) ?? [];
  }

  /** Every name starting at `start` of a normalised text, longest first. */
  matchesAt(text: string, start: number): GazetteerMatch[] {
    const lengths = this.lengthsByFirstCharacter.get(text[start]);
    if (!lengths) return [];
    const matches: GazetteerMatch[] = [];
    for (const length of lengths) {
      if (start + length > text.length) continue;
      const found = this.names.get(text.slice(start, start + length));
      if (!found) continue;
      for (const name of found) matches.push({ start, end: start + length, form: name.form, target: name.target });
    }
    return matches;
  }

  /** Counts for reports: divisions by level, named places, distinct names indexed. */
  get size(): { divisions: Record<DivisionLevel, number>; namedPlaces: number; names: number } {
    const divisions: Record<DivisionLevel, number> = { province: 0, city: 0, district: 0, town: 0, community: 0 };
    for (const entry of this.divisions.values()) divisions[entry.level]++;
    return { divisions, namedPlaces: this.namedPlaces, names: this.names.size };
  }

  private index(name: string, form: NameForm, target: GazetteerTarget): void {
    const key = normalizeAddressText(name).text;
    if (key.length === 0) return;
    const existing = this.names.get(key);
    if (existing) {
      if (existing.some((name) => name.target.entry === target.entry)) return;
      existing.push({ form, target });
      return;
    }
    this.names.set(key, [{ form, target }]);
    const lengths = this.lengthsByFirstCharacter.get(key[0]);
    if (!lengths) this.lengthsByFirstCharacter.set(key[0], [key.length]);
    else if (!lengths.includes(key.length)) {
      lengths.push(key.length);
      lengths.sort((a, b) => b - a);
    }
  }
}
