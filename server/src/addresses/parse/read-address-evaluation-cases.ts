// Reads labelled addresses from JSON Lines files, one {"text", "elements", "source"?} a line,
// the format of data-samples/addresses/evaluation/. Blank lines and lines starting with // are
// skipped; anything else that is not a labelled address is a DataError naming file and line.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AddressElements, DataError } from '@cimtwin/schemas';
import type { LabelledAddress } from './score-address-parses.ts';

const LabelledAddressLine = z.object({ text: z.string(), elements: AddressElements.strict(), source: z.string().optional() });

/** Parses the text of a JSON Lines file of labelled addresses; `name` is used in error messages. */
export function parseAddressEvaluationLines(content: string, name: string): LabelledAddress[] {
  const cases: LabelledAddress[] = [];
  content.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('//')) return;
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (error) {
      throw new DataError(`address-evaluation: ${name}:${index + 1} is not JSON (${(error as Error).message})`);
    }
    const parsed = LabelledAddressLine.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new DataError(`address-evaluation: ${name}:${index + 1} is not a labelled address: ${issue.path.join('.') || 'line'}: ${issue.message}`);
    }
    cases.push({ text: parsed.data.text, elements: parsed.data.elements, source: parsed.data.source ?? name });
  });
  return cases;
}

/** Reads labelled addresses from files, or from every .jsonl file of a directory given instead. */
export function readAddressEvaluationCases(paths: readonly string[]): LabelledAddress[] {
  const files = paths.flatMap((entry) => {
    if (!fs.existsSync(entry)) throw new DataError(`address-evaluation: ${entry} does not exist`);
    if (!fs.statSync(entry).isDirectory()) return [entry];
    return fs
      .readdirSync(entry)
      .filter((file) => file.endsWith('.jsonl'))
      .sort()
      .map((file) => path.join(entry, file));
  });
  return files.flatMap((file) => parseAddressEvaluationLines(fs.readFileSync(file, 'utf8'), path.basename(file)));
}
