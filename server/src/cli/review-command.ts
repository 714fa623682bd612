import fs from 'node:fs/promises';
import path from 'node:path';
import { DataError, type Review } from '@cimtwin/schemas';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { importIfcModel } from '../bim/import-ifc-model.ts';
import { parsePlacement } from '../bim/parse-placement.ts';
import { checkIdsInReader } from '../review/check-ids-in-reader.ts';
import { toReviewReport } from '../review/ids/ids-report.ts';
import { validateIds } from '../review/ids/validate-ids.ts';
import { runReview, summarizeReview, type ReviewRequest } from '../review/run-review.ts';
import { parseReviewFormat, writeReviewOutput } from '../review/write-review-output.ts';
import { openServices } from './open-services.ts';

const USAGE = 'cimtwin review <model.ifc|model-id> [--ids spec.ids] [--rules pack[,pack]] [--params conditions.json] [--format json|html|bcf] [--out FILE]';

/**
 * `cimtwin review`: checks a model against an IDS and/or rule packs. A file checked against an
 * IDS alone never touches the database; rule packs need the model in PostGIS, so a file is
 * imported first (placed with --origin/--rotation when it carries no georeference). Exit code
 * 0 when every required check passes, 1 when any fails; input errors exit with 2 (main.ts).
 */
export async function runReviewCommand(config: Config, logger: Logger, positionals: string[], values: Record<string, string | boolean | undefined>): Promise<number> {
  const [target] = positionals;
  if (!target) throw new DataError(`review: give the model to check: ${USAGE}`);
  const format = parseReviewFormat(values.format);
  const out = values.out as string | undefined;
  if (format === 'bcf' && !out) throw new DataError('review: BCF is a zip archive; give --out FILE.bcfzip to write it');
  const packs = String(values.rules ?? '').split(',').map((p) => p.trim()).filter(Boolean);
  const parameters = values.params ? await readParameters(String(values.params)) : {};
  const ids = values.ids ? { xml: await readText(String(values.ids), 'IDS'), fileName: path.basename(String(values.ids)) } : undefined;
  if (!ids && packs.length === 0) throw new DataError(`review: give --ids and/or --rules: ${USAGE}`);
  const ignoreIfcVersion = values['ignore-ifc-version'] === true;
  const isFile = await fs.stat(target).then((s) => s.isFile(), () => false);
  // A file is read (or imported) first: refuse a bad IDS before that work; a stored model's
  // review checks its request itself.
  if (ids && isFile) validateIds(ids.xml, ids.fileName);

  let review: Review;
  if (isFile && packs.length === 0) {
    const result = await checkIdsInReader(target, ids!.xml, { ignoreIfcVersion });
    const report = toReviewReport(result, { model: { id: null, name: path.basename(target) }, ruleSetId: ids!.fileName });
    review = summarizeReview('local', path.basename(target), [report]);
    await emit((await writeReviewOutput(review, format)).body, out);
  } else {
    const { db, storage } = await openServices(config, logger);
    try {
      let modelId = target;
      if (isFile) {
        const placement = parsePlacement(values.origin as string | undefined, values.rotation as string | undefined);
        modelId = (await importIfcModel(db.knex, storage, target, { name: values.name as string | undefined, placement, overrideGeoreference: values['override-georeference'] === true, logger })).modelId;
      }
      const rulePacks = packs.map((id) => ({ id, parameters: (parameters[id] as Record<string, unknown> | undefined) ?? {} }));
      review = await runReview(db.knex, { modelId, ids, ignoreIfcVersion, rulePacks } satisfies ReviewRequest);
      await emit((await writeReviewOutput(review, format, { knex: db.knex })).body, out);
    } finally {
      await db.close();
    }
  }
  printSummary(review);
  return review.verdict === 'pass' ? 0 : 1;
}

async function emit(body: string | Uint8Array, out: string | undefined): Promise<void> {
  if (out) await fs.writeFile(out, body);
  else process.stdout.write(typeof body === 'string' ? `${body}\n` : body);
}

/** One line per rule set on stderr, so stdout stays the report. */
function printSummary(review: Review): void {
  for (const report of review.reports) {
    const failed = report.checks.filter((c) => c.status === 'fail');
    console.error(`${report.ruleSet.title}: ${report.verdict}, ${report.checks.length - failed.length} of ${report.checks.length} checks pass, ${report.findings.length} findings`);
  }
}

async function readText(file: string, what: string): Promise<string> {
  return fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new DataError(`review: cannot read the ${what} file ${file} (${error.code ?? error.message})`);
  });
}

/** `--params`: a JSON object of parameters by rule pack id. */
async function readParameters(file: string): Promise<Record<string, unknown>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readText(file, 'parameters'));
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError(`review: ${file} is not valid JSON (${(error as Error).message})`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new DataError(`review: ${file} must hold a JSON object of parameters by rule pack id, e.g. {"planning-conditions": {"maxHeight": 24}}`);
  return parsed as Record<string, unknown>;
}
