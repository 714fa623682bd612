import type { Alarm, ListedAlarm } from '../api/alarm-types.ts';

/** A thing's name and place, to fill in what live alarm events leave out. */
export type ThingLookup = (thingId: string) => { name: string; point: [number, number] | null } | undefined;

/** Whether an alarm belongs in the list: anything but cleared and acknowledged. */
export function isListedAlarm(alarm: Pick<Alarm, 'status'>): boolean {
  return alarm.status !== 'CLEARED_ACK';
}

const newestFirst = (a: ListedAlarm, b: ListedAlarm) => Date.parse(b.startTime) - Date.parse(a.startTime) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The alarm list (告警): active alarms and cleared ones not yet acknowledged, newest first. It is
 * read once from `GET /api/alarms` and then follows the live stream; an alarm leaves once it is
 * both cleared and acknowledged.
 */
export class AlarmList {
  private readonly alarms = new Map<string, ListedAlarm>();

  /** Replaces the list (start, reset): the union of the pages read. */
  replaceAll(alarms: readonly ListedAlarm[]): void {
    this.alarms.clear();
    for (const alarm of alarms) if (isListedAlarm(alarm)) this.alarms.set(alarm.id, alarm);
  }

  /** Takes an alarm as it is now, from a live event or an action's answer. */
  apply(alarm: Alarm & Partial<Pick<ListedAlarm, 'thingName' | 'point' | 'caseId'>>, lookup: ThingLookup, caseId?: string | null): void {
    const before = this.alarms.get(alarm.id);
    if (!isListedAlarm(alarm)) {
      this.alarms.delete(alarm.id);
      return;
    }
    const thing = lookup(alarm.thingId);
    this.alarms.set(alarm.id, {
      ...alarm,
      thingName: alarm.thingName ?? before?.thingName ?? thing?.name ?? `#${alarm.thingId}`,
      point: alarm.point ?? before?.point ?? thing?.point ?? null,
      caseId: caseId ?? alarm.caseId ?? before?.caseId ?? null,
    });
  }

  /** Fills in names and places of things read since (an alarm of a thing that was not known). */
  refreshThings(lookup: ThingLookup): void {
    for (const [id, alarm] of this.alarms) {
      const thing = lookup(alarm.thingId);
      if (thing && (alarm.thingName.startsWith('#') || !alarm.point)) this.alarms.set(id, { ...alarm, thingName: thing.name, point: thing.point });
    }
  }

  /** One listed alarm. */
  get(alarmId: string): ListedAlarm | undefined {
    return this.alarms.get(alarmId);
  }

  /** The listed alarms, newest first. */
  entries(): ListedAlarm[] {
    return [...this.alarms.values()].sort(newestFirst);
  }

  /** How many are listed, and how many of them wait to be acknowledged. */
  counts(): { listed: number; unacknowledged: number } {
    const entries = [...this.alarms.values()];
    return { listed: entries.length, unacknowledged: entries.filter((alarm) => alarm.status.endsWith('_UNACK')).length };
  }
}
