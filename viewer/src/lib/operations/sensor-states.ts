import { ALARM_SEVERITIES, isAlarmActive, type Alarm } from '../api/alarm-types.ts';
import type { LiveObservation } from '../api/live-types.ts';
import type { SensorAlarmSummary, SensorThingState } from '../api/sensor-types.ts';

/** What applying live events did: the things that changed, and the ids it did not know. */
export interface SensorStateChanges {
  changed: Set<number>;
  /** Things (or datastreams of things) not in the state: read them again. */
  unknown: Set<number>;
}

const rank = (alarm: SensorAlarmSummary) => ALARM_SEVERITIES.indexOf(alarm.severity);

/**
 * The twin's copy of `GET /api/sensors/state`, kept current by the live stream: an
 * observation moves its datastream's newest value on (never back, so a late or replayed one
 * changes nothing), an alarm event puts the alarm into its thing's active list or takes it out.
 * Each event carries the whole alarm as it is now, so replaying events over a fresher state
 * ends where the state would.
 */
export class SensorStates {
  private readonly things = new Map<number, SensorThingState>();

  /** Replaces every thing (start, reset). */
  replaceAll(things: readonly SensorThingState[]): void {
    this.things.clear();
    this.upsert(things);
  }

  /** Puts in or replaces the given things (a reload of some). */
  upsert(things: readonly SensorThingState[]): void {
    for (const thing of things) this.things.set(thing.id, { ...thing, alarms: [...thing.alarms].sort((a, b) => rank(a) - rank(b)) });
  }

  /** One thing, if known. */
  get(thingId: number): SensorThingState | undefined {
    return this.things.get(thingId);
  }

  /** Every thing, by id. */
  list(): SensorThingState[] {
    return [...this.things.values()].sort((a, b) => a.id - b.id);
  }

  /** Takes the newest values of an `observations` event. */
  applyObservations(observations: readonly LiveObservation[]): SensorStateChanges {
    const changes: SensorStateChanges = { changed: new Set(), unknown: new Set() };
    for (const observation of observations) {
      const thing = this.things.get(Number(observation.thingId));
      const datastream = thing?.datastreams.find((entry) => entry.id === Number(observation.datastreamId));
      if (!thing || !datastream) {
        changes.unknown.add(Number(observation.thingId));
        continue;
      }
      const latest = datastream.latest;
      if (latest && Date.parse(latest.phenomenonTime) > Date.parse(observation.phenomenonTime)) continue;
      datastream.latest = { phenomenonTime: observation.phenomenonTime, result: observation.result };
      changes.changed.add(thing.id);
    }
    return changes;
  }

  /** Takes the alarm of an `alarm` event into its thing's active alarms, or out of them. */
  applyAlarm(alarm: Alarm): SensorStateChanges {
    const thingId = Number(alarm.thingId);
    const thing = this.things.get(thingId);
    if (!thing) return { changed: new Set(), unknown: new Set([thingId]) };
    const others = thing.alarms.filter((entry) => entry.id !== alarm.id);
    const alarms = isAlarmActive(alarm.status)
      ? [...others, { id: alarm.id, type: alarm.type, severity: alarm.severity, status: alarm.status, startTime: alarm.startTime }]
      : others;
    thing.alarms = alarms.sort((a, b) => rank(a) - rank(b));
    thing.severity = thing.alarms[0]?.severity ?? null;
    return { changed: new Set([thingId]), unknown: new Set() };
  }
}
