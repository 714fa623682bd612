import { z } from 'zod';
import { DataError, CaseAction, CaseClass, CaseRole, CaseSource, CaseUrgency, LonLat } from '@cimtwin/schemas';

// What callers send to the case store (and the API's request bodies): checked here, so the
// store refuses bad input with a DataError that names the field, whoever calls it.

const At = z.string().describe('ISO 8601 instant with offset; default now');

/** A report that opens a case. Without `caseClass`, the class of `componentCode`; without `gridCode`, the grid covering `location`. */
export const NewCaseInput = z.object({
  source: CaseSource,
  caseClass: CaseClass.optional(),
  urgency: CaseUrgency.optional(),
  description: z.string().min(1, 'say what is wrong in description'),
  location: LonLat,
  gridCode: z.string().optional(),
  componentCode: z.string().nullable().optional(),
  role: CaseRole,
  actor: z.string().min(1),
  at: At.optional(),
  note: z.string().nullable().optional(),
});
export type NewCaseInput = z.infer<typeof NewCaseInput>;

/** A workflow step on a case. */
export const CaseTransitionInput = z.object({
  action: CaseAction,
  role: CaseRole,
  actor: z.string().min(1),
  at: At.optional(),
  note: z.string().nullable().optional(),
  department: z.string().optional().describe('派遣: the department the case goes to'),
  actorDepartment: z.string().optional().describe("a department's step: the department the actor belongs to"),
  extensionHours: z.number().positive().optional().describe('申请延期: hours asked; 批准延期: hours granted (default as asked)'),
});
export type CaseTransitionInput = z.infer<typeof CaseTransitionInput>;

/** An edit of what a case says: its description, urgency or location. */
export const CaseEditInput = z
  .object({
    actor: z.string().min(1),
    at: At.optional(),
    description: z.string().min(1).optional(),
    urgency: CaseUrgency.optional(),
    location: LonLat.optional(),
  })
  .strict();
export type CaseEditInput = z.infer<typeof CaseEditInput>;

/** Parses input with a schema; a DataError naming each bad field otherwise. */
export function parseCaseInput<T extends z.ZodType>(schema: T, value: unknown, stage: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
  throw new DataError(`${stage}: ${issues.join('; ')}`, { details: parsed.error.issues });
}
