import type { Alarm } from './alarm-types.ts';
import type { CaseRecord } from './case-types.ts';

/** One observation of an `observations` event. */
export interface LiveObservation {
  datastreamId: number;
  thingId: number;
  observedProperty: string;
  phenomenonTime: string;
  result: unknown;
}

/** Data of an `observations` event of `GET /api/live/stream`. */
export interface LiveObservationsEvent {
  subject: string;
  time: string;
  observations: LiveObservation[];
}

/** Data of an `alarm` event: what changed and the alarm after it. */
export interface LiveAlarmEvent {
  subject: string;
  time: string;
  change: 'alarm-created' | 'severity-changed' | 'cleared' | 'acknowledged' | 'case-opened' | string;
  previousSeverity: string | null;
  alarm: Alarm;
  caseId: string | null;
}

/** Data of a `case` event: the case as it is now. */
export type LiveCaseEvent = CaseRecord & { subject: string; time: string };
