/** States of an urban-management case (GB/T 30428), in workflow order; `voided` (作废) ends one never registered. */
export const CASE_STATES = ['reported', 'accepted', 'registered', 'dispatched', 'handled', 'verified', 'closed', 'voided'] as const;

/** A case state. */
export type CaseState = (typeof CASE_STATES)[number];

/** One step of a case's history, numbered, with the API's Chinese names. */
export interface CaseHistoryStep {
  seq: number;
  from: CaseState | null;
  to: CaseState;
  action: string;
  role: string;
  actor: string;
  at: string;
  note: string | null;
  department: string | null;
  actionName?: string;
  roleName?: string;
  toName?: string;
}

/** The handling deadline (处置时限) and where it stands. */
export interface CaseDeadline {
  limit: { hours: number; unit: string };
  startedAt: string;
  dueAt: string;
  /** Still with the department and past due. */
  overdue: boolean;
  /** Hours left (negative past due) in the limit's unit; null once handled. */
  remainingHours: number | null;
  extensions?: unknown[];
  pendingExtension?: unknown;
}

/** A case as `GET /api/cases/{id}` answers it and the live stream carries it. */
export interface CaseRecord {
  id: string;
  state: CaseState;
  stateName?: string;
  source: string;
  sourceName?: string;
  caseClass: { kind: 'component' | 'event'; kindName?: string; code: string; name: string | null; majorCode?: string; majorName?: string | null };
  urgency: 'ordinary' | 'urgent';
  urgencyName?: string;
  description: string;
  location: { lon: number; lat: number };
  gridCode: string;
  componentCode: string | null;
  department: string | null;
  reportedAt: string;
  updatedAt?: string;
  alarmId: string | null;
  overdue: boolean;
  deadline: CaseDeadline | null;
  history?: CaseHistoryStep[];
}

/** A page of `GET /api/cases`. */
export interface CasePage {
  numberMatched: number;
  numberReturned: number;
  cases: CaseRecord[];
}

/** What the indicators are grouped by. */
export type CaseIndicatorGrouping = 'grid' | 'class' | 'department';

/** The indicators of a set of cases; rates are fractions 0–1, null without a denominator. */
export interface CaseIndicators {
  counts: { reported: number; valid: number; voided: number; registered: number; closed: number; closedOnTime: number; handled: number; reworked: number };
  byState?: Partial<Record<CaseState, number>>;
  registrationRate: number | null;
  closureRate: number | null;
  onTimeClosureRate: number | null;
  reworkRate: number | null;
  averageHandlingHours: number | null;
  averageHandlingWorkingHours: number | null;
}

/** `GET /api/cases/indicators`: a period's indicators, overall and per group. */
export interface CaseIndicatorReport {
  from: string;
  to: string;
  groupBy: CaseIndicatorGrouping | null;
  overall: CaseIndicators;
  groups: Array<CaseIndicators & { key: string | null; name: string | null }>;
}

/** A unit grid cell (万米单元网格) of `GET /api/grids`. */
export interface UnitGridFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] } | null;
  properties: { code: string; townName?: string | null; communityName?: string | null; area?: number };
}

/** A page of unit grids. */
export interface UnitGridPage {
  type: 'FeatureCollection';
  numberMatched?: number;
  numberReturned?: number;
  features: UnitGridFeature[];
}
