import { z } from 'zod';
import { CaseClass } from './case-class.ts';
import { CaseAction, CaseRole, CaseSource, CaseState, CaseUrgency } from './case-states.ts';
import { ComponentCode } from './component-code.ts';
import { GridCode } from './grid-code.ts';
import { TimeLimit } from './handling-deadlines.ts';

// The case (案件) of digital urban management as the workflow keeps it: what was reported, where,
// its class, who has it, its handling deadline and every step it went through. The history is the
// record the indicators are computed from; the other fields are the state after its last entry.

/** An instant in ISO 8601 with a UTC offset, e.g. 2024-05-06T08:30:00+08:00. */
export const Timestamp = z.iso.datetime({ offset: true });
export type Timestamp = z.infer<typeof Timestamp>;

/** WGS 84 (or CGCS2000) longitude and latitude in degrees. */
export const LonLat = z.object({ lon: z.number().min(-180).max(180), lat: z.number().min(-90).max(90) });
export type LonLat = z.infer<typeof LonLat>;

/** One step of a case's history. */
export const CaseHistoryEntry = z.object({
  from: CaseState.nullable().describe('state before the step; null for the report that opened the case'),
  to: CaseState.describe('state after the step; equal to `from` for extension requests and decisions'),
  action: CaseAction,
  role: CaseRole,
  actor: z.string().min(1).describe('who acted: a user id or name, or a sensor id'),
  at: Timestamp,
  note: z.string().nullable().describe('reason or remark; required for 退回, 返工, 作废 and 延期'),
  department: z.string().nullable().describe('department the case is assigned to after the step'),
});
export type CaseHistoryEntry = z.infer<typeof CaseHistoryEntry>;

/** A department's request for more time (延期申请), waiting for the command centre. */
export const ExtensionRequest = z.object({
  hours: z.number().positive().describe('in the unit of the handling deadline'),
  reason: z.string().min(1),
  requestedBy: z.string().min(1),
  requestedAt: Timestamp,
});
export type ExtensionRequest = z.infer<typeof ExtensionRequest>;

/** An approved extension and how it moved the due time. */
export const ExtensionGrant = ExtensionRequest.extend({
  grantedHours: z.number().positive(),
  approvedBy: z.string().min(1),
  approvedAt: Timestamp,
  previousDueAt: Timestamp,
  dueAt: Timestamp,
});
export type ExtensionGrant = z.infer<typeof ExtensionGrant>;

/** The handling deadline (处置时限), started at dispatch from the class's time limit. */
export const HandlingDeadline = z.object({
  ruleId: z.string().describe('the HandlingDeadlineRule that set the limit'),
  limit: TimeLimit,
  startedAt: Timestamp,
  dueAt: Timestamp.describe('after any approved extensions'),
  extensions: z.array(ExtensionGrant),
});
export type HandlingDeadline = z.infer<typeof HandlingDeadline>;

/** A case of digital urban management with its history. */
export const UrbanCase = z
  .object({
    id: z.string().min(1),
    source: CaseSource,
    caseClass: CaseClass,
    urgency: CaseUrgency,
    description: z.string(),
    location: LonLat,
    gridCode: GridCode.describe('万米单元网格 the location falls in'),
    componentCode: ComponentCode.nullable().describe('部件标识码 of the component concerned, when known'),
    department: z.string().nullable().describe('专业部门 the case is dispatched to; null before dispatch'),
    state: CaseState,
    reportedAt: Timestamp,
    deadlines: z.object({
      handling: HandlingDeadline.nullable(),
      pendingExtension: ExtensionRequest.nullable(),
    }),
    history: z.array(CaseHistoryEntry).min(1),
  })
  .superRefine((value, context) => {
    const first = value.history[0];
    if (first.action !== 'report' || first.from !== null) context.addIssue({ code: 'custom', path: ['history', 0], message: 'a history starts with the report (action report, from null)' });
    if (value.history[value.history.length - 1].to !== value.state) context.addIssue({ code: 'custom', path: ['state'], message: 'state differs from the last history entry' });
    if (value.componentCode && value.caseClass.kind === 'component' && value.componentCode.slice(6, 10) !== value.caseClass.code) {
      context.addIssue({ code: 'custom', path: ['componentCode'], message: `component code class ${value.componentCode.slice(6, 10)} differs from the case class ${value.caseClass.code}` });
    }
  });
export type UrbanCase = z.infer<typeof UrbanCase>;
