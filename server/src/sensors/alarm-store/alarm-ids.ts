/**
 * Alarm ids across things. The evaluator keeps one state per thing (so batches of different
 * things never wait for each other) and numbers that thing's alarms `alarm-1`, `alarm-2`, ...;
 * stored and served, an alarm is `<thing id>-<number>`, unique in the database.
 */
import { DataError } from '@cimtwin/schemas';

/** The stored id of alarm `localId` (`alarm-N`) of thing `thingId`. */
export function storedAlarmId(thingId: string | number, localId: string): string {
  return `${thingId}-${localId.replace(/^alarm-/, '')}`;
}

/** The thing and the evaluator's id of a stored alarm id. */
export function parseStoredAlarmId(id: string): { thingId: number; localId: string } {
  const match = /^(\d+)-(\d+)$/.exec(id);
  if (!match) throw new DataError(`alarms: ${JSON.stringify(id)} is not an alarm id; alarm ids look like 12-3 (thing 12, its third alarm)`, { status: 404 });
  return { thingId: Number(match[1]), localId: `alarm-${match[2]}` };
}
