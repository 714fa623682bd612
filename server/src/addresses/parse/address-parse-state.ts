// What a parse has placed so far, and the ordering rule the matchers follow: an element is
// placed only at a level not yet filled and deeper than the last one (addresses are written
// from the province down), with three exceptions seen in real addresses: a road may follow a POI
// written first (金茂大厦世纪大道88号), its door plate then follows the road, and towns and
// communities may follow a development zone.
import { addressLevelRank, type AddressLevel, type DivisionLevel, type ElementSource, type ParsedElement } from '@cimtwin/schemas';
import { DivisionChain, type DivisionLink } from './division-chain.ts';
import type { NoiseKind } from './match-address-noise.ts';

const POI_RANK = addressLevelRank('poi');

/** The running state of one parse. */
export class AddressParseState {
  readonly chain = new DivisionChain();
  /** Elements other than the divisions of the chain, in the order placed. */
  readonly elements: ParsedElement[] = [];
  readonly unparsed: string[] = [];
  placedCharacters = 0;
  neutralCharacters = 0;
  asideCharacters = 0;
  /** Level of the last element placed, `null` before the first. */
  lastLevel: AddressLevel | null = null;
  private lastRank = -1;
  private pendingStart = -1;
  private pendingEnd = -1;

  constructor(readonly text: string) {}

  /** Number of elements and division links placed. */
  get placedCount(): number {
    return this.elements.length + this.chain.links.length;
  }

  /** True when the last thing placed was a division written in the text. */
  get afterDivision(): boolean {
    return this.lastLevel !== null && this.chain.links.some((link) => link.level === this.lastLevel && link.start >= 0);
  }

  /** True when the level has an element or a division link. */
  has(level: AddressLevel): boolean {
    return this.elements.some((element) => element.level === level) || this.chain.links.some((link) => link.level === level);
  }

  /** True when an element of `level` may be placed now (see the file note). */
  canPlace(level: AddressLevel): boolean {
    if (this.has(level)) return false;
    const rank = addressLevelRank(level);
    if (rank > this.lastRank) return true;
    if (level === 'road') return !this.has('roadNo') && this.lastRank <= POI_RANK;
    if (level === 'roadNo') return this.lastLevel === 'road';
    return false;
  }

  /**
   * Places an element written at `start`..`end`. With `keepOrder` the element does not move the
   * ordering on (a room written inside the door plate, 58弄11-802, still lets a POI follow).
   */
  place(level: AddressLevel, start: number, end: number, value: string, source: ElementSource, confidence: number, keepOrder = false): void {
    this.flush();
    this.elements.push({ level, value, text: this.text.slice(start, end), start, end, source, confidence });
    if (keepOrder) this.placedCharacters += end - start;
    else this.advance(level, end - start);
  }

  /** Adds a division link (written, corrected or inferred from a named place). */
  addLink(link: DivisionLink): void {
    this.flush();
    this.chain.add(link);
    if (link.start >= 0) this.advance(link.level, link.end - link.start);
  }

  /** Counts text that belongs to the address without being an element (a division written twice, a separator). */
  absorb(start: number, end: number): void {
    this.flush();
    this.placedCharacters += end - start;
  }

  /** Records non-address text: neutral and filler words are dropped, contact numbers kept as unparsed. */
  aside(kind: NoiseKind | 'remark', start: number, end: number): void {
    this.flush();
    if (kind === 'neutral') this.neutralCharacters += end - start;
    else this.asideCharacters += end - start;
    if (kind === 'contact' || kind === 'remark') this.unparsed.push(this.text.slice(start, end));
  }

  /** Leaves `start`..`end` unplaced. */
  leave(start: number, end: number): void {
    if (this.pendingStart >= 0 && this.pendingEnd === start) {
      this.pendingEnd = end;
      return;
    }
    this.flush();
    this.pendingStart = start;
    this.pendingEnd = end;
  }

  /** Moves the text left unplaced so far into `unparsed`. */
  flush(): void {
    if (this.pendingStart < 0) return;
    this.unparsed.push(this.text.slice(this.pendingStart, this.pendingEnd));
    this.pendingStart = -1;
  }

  /** True when a division of `level` may be linked now. */
  canLink(level: DivisionLevel): boolean {
    return addressLevelRank(level) > this.lastRank;
  }

  private advance(level: AddressLevel, characters: number): void {
    this.placedCharacters += characters;
    // A zone often stands where the district would (苏州工业园区, 平潭综合实验区): towns and
    // communities may still follow it.
    if (level !== 'devzone') this.lastRank = Math.max(this.lastRank, addressLevelRank(level));
    this.lastLevel = level;
  }
}
