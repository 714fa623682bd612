// Scoring the parser against labelled addresses: per level, precision (of the elements the
// parser gave, how many are right), recall (of the labelled elements, how many it found) and
// F1; over all levels the micro-averaged figures; and the exact-match rate, the share of
// addresses whose every element is right. An element is right when its value equals the
// labelled value after both went through normalizeElementValue.
import { ADDRESS_LEVELS, type AddressElements, type AddressLevel } from '@cimtwin/schemas';
import { normalizeElementValue } from './normalize-element-value.ts';

/** A labelled address: the text and the elements a person gave it. */
export interface LabelledAddress {
  text: string;
  elements: AddressElements;
  /** Where the case comes from (a file, a data set, a hand check). */
  source?: string;
}

/** Counts and figures of one level. */
export interface LevelScore {
  level: AddressLevel;
  /** Labelled elements of the level. */
  support: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

/** An address the parser did not get exactly right. */
export interface AddressParseMismatch {
  text: string;
  expected: AddressElements;
  actual: AddressElements;
}

/** The scores of a run. */
export interface AddressParseScores {
  cases: number;
  exactMatchRate: number;
  /** Levels with at least one labelled or predicted element, in address order. */
  levels: LevelScore[];
  micro: { precision: number; recall: number; f1: number };
  mismatches: AddressParseMismatch[];
}

/** Options of {@link scoreAddressParses}. */
export interface ScoreAddressParsesOptions {
  /**
   * Ignore predicted levels a case has no label for (for sets that label only what is written,
   * where an inferred 上海市 would otherwise count as wrong). Default false.
   */
  onlyLabelledLevels?: boolean;
  /** How many mismatches to keep for the report (default 50). */
  keepMismatches?: number;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Scores `parse` (any function from text to elements) on labelled cases. Pure apart from `parse`. */
export function scoreAddressParses(cases: Iterable<LabelledAddress>, parse: (text: string) => { elements: AddressElements }, options: ScoreAddressParsesOptions = {}): AddressParseScores {
  const keep = options.keepMismatches ?? 50;
  const counts = new Map(ADDRESS_LEVELS.map((level) => [level, { support: 0, predicted: 0, correct: 0 }]));
  const mismatches: AddressParseMismatch[] = [];
  let total = 0;
  let exact = 0;
  for (const labelled of cases) {
    total++;
    const actual = parse(labelled.text).elements;
    let allRight = true;
    for (const level of ADDRESS_LEVELS) {
      const count = counts.get(level)!;
      const gold = labelled.elements[level];
      const predicted = actual[level];
      if (predicted !== undefined && gold === undefined && options.onlyLabelledLevels) continue;
      if (gold !== undefined) count.support++;
      if (predicted !== undefined) count.predicted++;
      const right = gold !== undefined && predicted !== undefined && normalizeElementValue(level, gold) === normalizeElementValue(level, predicted);
      if (right) count.correct++;
      if (!right && (gold !== undefined || predicted !== undefined)) allRight = false;
    }
    if (allRight) exact++;
    else if (mismatches.length < keep) mismatches.push({ text: labelled.text, expected: labelled.elements, actual });
  }
  const levels: LevelScore[] = [];
  let support = 0;
  let predicted = 0;
  let correct = 0;
  for (const level of ADDRESS_LEVELS) {
    const count = counts.get(level)!;
    if (count.support === 0 && count.predicted === 0) continue;
    const precision = ratio(count.correct, count.predicted);
    const recall = ratio(count.correct, count.support);
    levels.push({ level, ...count, precision, recall, f1: f1(precision, recall) });
    support += count.support;
    predicted += count.predicted;
    correct += count.correct;
  }
  const precision = ratio(correct, predicted);
  const recall = ratio(correct, support);
  return { cases: total, exactMatchRate: ratio(exact, total), levels, micro: { precision, recall, f1: f1(precision, recall) }, mismatches };
}

/** The scores as a plain-text table, one line per level. */
export function formatAddressParseScores(scores: AddressParseScores): string {
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);
  const lines = [`${scores.cases} addresses, exact match ${percent(scores.exactMatchRate).trim()}`, `${'level'.padEnd(10)}${'gold'.padStart(6)}${'found'.padStart(7)}${'right'.padStart(7)}   precision  recall     F1`];
  for (const level of scores.levels) {
    lines.push(`${level.level.padEnd(10)}${String(level.support).padStart(6)}${String(level.predicted).padStart(7)}${String(level.correct).padStart(7)}   ${percent(level.precision)}  ${percent(level.recall)}  ${percent(level.f1)}`);
  }
  lines.push(`${'all'.padEnd(30)}   ${percent(scores.micro.precision)}  ${percent(scores.micro.recall)}  ${percent(scores.micro.f1)}`);
  return lines.join('\n');
}
