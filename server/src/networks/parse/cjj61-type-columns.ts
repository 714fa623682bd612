import type { DecodedFeatureCode } from '@cimtwin/schemas';
import { readTextCell } from './cjj61-cell-values.ts';
import type { Cjj61Context } from './cjj61-context.ts';
import { pipeSubtypeFromText, pipeTypeFromFeatureCode, pipeTypeFromPointNumber, pipeTypeFromText, readFeatureCode, type PipeTypeGuess } from './cjj61-pipe-type.ts';
import type { Cjj61Cell } from './cjj61-table.ts';

/** Where an element's pipe type came from, for the summary warning. */
export type PipeTypeSource = 'column' | 'feature code' | 'point number' | 'connected elements' | 'option';

/** Type, subtype, feature code and where the type came from. */
export interface TypeReading {
  guess: PipeTypeGuess | null;
  source: PipeTypeSource | null;
  featureCode: string | null;
  /** The feature code as written when it is not 8 digits, for attributes. */
  invalidFeatureCode: string | null;
}

/**
 * The CJJ 61 type of a point or segment from its type and subtype columns, its feature code,
 * then the leading letters of `pointNumbers` (the point's own number, or a segment's start and
 * end numbers). Disagreements and bad codes are warnings at `place`.
 */
export function readPipeType(
  context: Cjj61Context,
  place: string,
  cells: { type?: Cjj61Cell; subtype?: Cjj61Cell; featureCode?: Cjj61Cell },
  pointNumbers: (string | null)[],
  expectedGeometry: 'point' | 'line',
): TypeReading {
  const warn = (message: string, kind: string) => context.warnings.add(`cjj61: ${place}: ${message}`, `cjj61: ${kind}`);
  const typeText = readTextCell(cells.type);
  const subtypeText = readTextCell(cells.subtype);
  const codeText = readTextCell(cells.featureCode === undefined ? null : String(cells.featureCode));
  let fromColumn = pipeTypeFromText(typeText);
  if (typeText && !fromColumn) warn(`pipe type "${typeText}" is not a CJJ 61 type (JS, PS, RQ, RL, DL, TX, GY, QT or their names)`, 'unknown pipe types');
  if (subtypeText) {
    const subtype = pipeSubtypeFromText(subtypeText, fromColumn?.pipeType ?? null);
    if (subtype) fromColumn = subtype;
    else warn(`subtype "${subtypeText}" is not a CJJ 61 subtype${fromColumn ? ` of ${fromColumn.pipeType}` : ''}`, 'unknown subtypes');
  }

  const decoded = readFeatureCode(codeText);
  let featureCode: string | null = null;
  let invalidFeatureCode: string | null = null;
  let fromCode: PipeTypeGuess | null = null;
  if (typeof decoded === 'string') {
    warn(decoded, 'feature codes that are not 8 digits');
    invalidFeatureCode = codeText;
  } else if (decoded) {
    featureCode = decoded.code;
    fromCode = pipeTypeFromFeatureCode(decoded);
    for (const problem of decoded.problems) warn(`feature code ${decoded.code}: ${problem}`, 'feature code problems');
    checkGeometry(decoded, expectedGeometry, warn);
  }

  const fromNumber = pointNumbers.map(pipeTypeFromPointNumber).find((guess) => guess !== null) ?? null;
  if (fromColumn && fromCode && fromColumn.pipeType !== fromCode.pipeType) {
    warn(`the type column says ${fromColumn.pipeType} but feature code ${featureCode} says ${fromCode.pipeType}; ${fromColumn.pipeType} is used`, 'type column and feature code disagree');
  }
  const guess = fromColumn ?? fromCode ?? fromNumber;
  const source: PipeTypeSource | null = fromColumn ? 'column' : fromCode ? 'feature code' : fromNumber ? 'point number' : null;
  // A main type from the column takes the subtype from the code or point number when they agree on the main type.
  const subtype = guess?.pipeSubtype ?? [fromCode, fromNumber].find((other) => other?.pipeType === guess?.pipeType && other?.pipeSubtype)?.pipeSubtype ?? null;
  return { guess: guess && { pipeType: guess.pipeType, pipeSubtype: subtype }, source, featureCode, invalidFeatureCode };
}

function checkGeometry(decoded: DecodedFeatureCode, expected: 'point' | 'line', warn: (message: string, kind: string) => void): void {
  if (decoded.geometryType && decoded.geometryType !== expected) warn(`feature code ${decoded.code} is a ${decoded.geometryType} code (digit 5) in a ${expected} table`, 'feature codes of the wrong geometry');
}
