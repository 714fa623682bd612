/**
 * Validates an IDS file the way the standard asks: first against the official IDS 1.0 XSD
 * (structure), then against the content rules the XSD cannot express (see
 * `lib/audit/audit-specification.ts`). {@link findIdsProblems} lists problems; {@link validateIds}
 * returns the parsed document or throws one DataError listing every problem with its line.
 */
import { DataError } from '@cimtwin/schemas';
import type { IdsDocument } from './ids-model.ts';
import { parseIds } from './parse-ids.ts';
import { auditSpecification } from './lib/audit/audit-specification.ts';
import { validateIdsXsd, type IdsProblem } from './lib/xml/validate-ids-xsd.ts';

export type { IdsProblem } from './lib/xml/validate-ids-xsd.ts';

/** Outcome of {@link findIdsProblems}. */
export interface IdsValidationResult {
  /** Where the problems were found: the XSD (structure) or the content rules. */
  stage: 'xsd' | 'content' | null;
  problems: IdsProblem[];
  /** The parsed document, when the file is structurally valid. */
  document: IdsDocument | null;
}

/** Lists the problems of an IDS file without throwing; `problems` is empty for a valid file. */
export function findIdsProblems(xml: string): IdsValidationResult {
  const structural = validateIdsXsd(xml);
  if (structural.length > 0) return { stage: 'xsd', problems: structural, document: null };
  let document: IdsDocument;
  try {
    document = parseIds(xml);
  } catch (error) {
    return { stage: 'xsd', problems: [{ line: null, message: error instanceof Error ? error.message : String(error) }], document: null };
  }
  const problems = document.specifications.flatMap((spec) => auditSpecification(spec));
  return { stage: problems.length > 0 ? 'content' : null, problems, document };
}

function formatProblem(problem: IdsProblem): string {
  return problem.line === null ? problem.message : `line ${problem.line}: ${problem.message}`;
}

/**
 * Parses and validates an IDS file; throws a DataError (`ids: ...`) listing every problem when
 * it is not a valid IDS 1.0 file. `source` names the file in the message.
 */
export function validateIds(xml: string, source = 'the IDS file'): IdsDocument {
  const result = findIdsProblems(xml);
  if (result.problems.length === 0 && result.document) return result.document;
  const kind = result.stage === 'xsd' ? 'does not conform to the IDS 1.0 XSD' : 'is not a valid IDS 1.0 file';
  const list = result.problems.map((p) => `  - ${formatProblem(p)}`).join('\n');
  throw new DataError(`ids: ${source} ${kind}; fix these ${result.problems.length} problem(s):\n${list}`, {
    details: result.problems,
  });
}
