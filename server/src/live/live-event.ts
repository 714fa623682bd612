/**
 * The live stream's events: what changed, in commit order. `kind` says which part of the twin
 * changed, `subject` which entity (a thing, an alarm, a case), `payload` what it is now.
 */

/** Kinds of change the live stream carries. */
export const LIVE_EVENT_KINDS = ['observations', 'alarm', 'case'] as const;
export type LiveEventKind = (typeof LIVE_EVENT_KINDS)[number];

/** An event to publish. */
export interface LiveEventInput {
  kind: LiveEventKind;
  subject?: string;
  payload: unknown;
}

/** A published event, as the stream sends it. */
export interface LiveEvent {
  id: number;
  kind: LiveEventKind;
  subject: string;
  payload: unknown;
  time: string;
}

/** The notification channel of the live stream; its payload is the newest event id. */
export const LIVE_CHANNEL = 'cimtwin_live';
