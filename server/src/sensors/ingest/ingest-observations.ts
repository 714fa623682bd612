/**
 * Ingest of observations from any source (HTTP, MQTT, a simulator): each item is checked on
 * its own, the valid ones stored in one statement, duplicates — the same datastream and
 * phenomenon time — ignored, and the invalid ones rejected with their index and reason while
 * the rest of the batch is kept. Counts per source go to sensor_ingest_counts. In the same
 * transaction the new observations are evaluated against the alarm rules and published on the
 * live stream, so what a client sees there is stored, and no stored observation misses its
 * alarm evaluation.
 */
import type { Knex } from 'knex';
import { ObservationInput } from '@cimtwin/schemas';
import { zodProblem } from '../store/zod-problem.ts';
import { evaluateStoredObservations, type ObservationForAlarms } from '../alarm-store/evaluate-stored-observations.ts';
import { alarmLiveEvents, type StoredAlarmChange } from '../alarm-store/store-alarms.ts';
import { alarmRulesInForce } from '../alarm-store/alarm-rules-store.ts';
import { publishLiveEvents } from '../../live/publish-live-events.ts';
import type { LiveEventInput } from '../../live/live-event.ts';

/** One observation as stored. */
export interface StoredObservation {
  id: number;
  datastreamId: number;
  phenomenonTime: string;
  resultTime: string | null;
  result: unknown;
}

/** What an ingest did. */
export interface IngestResult {
  accepted: StoredObservation[];
  duplicates: number;
  rejected: { index: number; reason: string }[];
  /** Alarms the new observations created, escalated or cleared. */
  alarms: StoredAlarmChange[];
}

/** An observation as the live stream carries it. */
export interface LiveObservation {
  datastreamId: number;
  thingId: number;
  observedProperty: string;
  phenomenonTime: string;
  result: unknown;
}

/** Largest batch taken in one call. */
export const INGEST_LIMITS = { maxBatch: 50_000 } as const;

/**
 * Stores observations; `datastreamId` applies to items that name no Datastream (as in a POST
 * to Datastreams(id)/Observations or an MQTT topic of one datastream). `now` is the time of
 * receipt, the phenomenon time of items without one.
 */
export async function ingestObservations(knex: Knex, items: readonly unknown[], options: { source: string; datastreamId?: number; now?: Date }): Promise<IngestResult> {
  const rejected: IngestResult['rejected'] = [];
  const now = (options.now ?? new Date()).toISOString();
  const rows: { index: number; datastream_id: number; phenomenon_time: string; result_time: string | null; result: unknown; parameters: unknown }[] = [];
  if (items.length > INGEST_LIMITS.maxBatch) throw new RangeError(`ingest: ${items.length} observations in one batch; send at most ${INGEST_LIMITS.maxBatch}`);
  items.forEach((item, index) => {
    const parsed = ObservationInput.safeParse(item);
    if (!parsed.success) return rejected.push({ index, reason: zodProblem(parsed.error) });
    const datastreamId = parsed.data.Datastream?.['@iot.id'] ?? options.datastreamId;
    if (datastreamId === undefined) return rejected.push({ index, reason: 'no Datastream: give {"Datastream": {"@iot.id": …}} or post to Datastreams(id)/Observations' });
    rows.push({
      index,
      datastream_id: datastreamId,
      phenomenon_time: new Date(parsed.data.phenomenonTime?.split('/')[0] ?? now).toISOString(),
      result_time: parsed.data.resultTime ? new Date(parsed.data.resultTime.split('/')[0]).toISOString() : null,
      result: parsed.data.result,
      parameters: parsed.data.parameters ?? {},
    });
  });
  const ids = [...new Set(rows.map((row) => row.datastream_id))];
  const rules = await alarmRulesInForce(knex);
  return knex.transaction(async (trx) => {
    const datastreams = await datastreamFacts(trx, ids);
    const valid = rows.filter((row) => {
      if (datastreams.has(row.datastream_id)) return true;
      rejected.push({ index: row.index, reason: `there is no Datastream with @iot.id ${row.datastream_id}` });
      return false;
    });
    let accepted: StoredObservation[] = [];
    if (valid.length > 0) {
      const inserted = await trx.raw(
        `INSERT INTO sensor_observations (datastream_id, phenomenon_time, result_time, result, parameters)
         SELECT datastream_id, phenomenon_time, result_time, result, parameters
         FROM json_to_recordset(?::json) AS r(datastream_id bigint, phenomenon_time timestamptz, result_time timestamptz, result jsonb, parameters jsonb)
         ON CONFLICT (datastream_id, phenomenon_time) DO NOTHING
         RETURNING id, datastream_id, phenomenon_time, result_time, result`,
        [JSON.stringify(valid)],
      );
      accepted = (inserted.rows as { id: number; datastream_id: number; phenomenon_time: Date; result_time: Date | null; result: unknown }[]).map((row) => ({
        id: Number(row.id),
        datastreamId: Number(row.datastream_id),
        phenomenonTime: new Date(row.phenomenon_time).toISOString(),
        resultTime: row.result_time ? new Date(row.result_time).toISOString() : null,
        result: row.result,
      }));
    }
    rejected.sort((a, b) => a.index - b.index);
    const duplicates = valid.length - accepted.length;
    await trx.raw(
      `INSERT INTO sensor_ingest_counts (source, accepted, duplicates, rejected, last_rejection, updated_at) VALUES (?, ?, ?, ?, ?, now())
       ON CONFLICT (source) DO UPDATE SET accepted = sensor_ingest_counts.accepted + EXCLUDED.accepted, duplicates = sensor_ingest_counts.duplicates + EXCLUDED.duplicates,
         rejected = sensor_ingest_counts.rejected + EXCLUDED.rejected, last_rejection = COALESCE(EXCLUDED.last_rejection, sensor_ingest_counts.last_rejection), updated_at = now()`,
      [options.source, accepted.length, duplicates, rejected.length, rejected[0]?.reason ?? null],
    );
    const observations: LiveObservation[] = accepted.map((o) => ({ ...datastreams.get(o.datastreamId)!, datastreamId: o.datastreamId, phenomenonTime: o.phenomenonTime, result: o.result }));
    const alarms = await evaluateStoredObservations(trx, observations as ObservationForAlarms[], rules);
    const events: LiveEventInput[] = observations.length > 0 ? [{ kind: 'observations', subject: options.source, payload: { observations } }] : [];
    await publishLiveEvents(trx, [...events, ...alarmLiveEvents(alarms)]);
    return { accepted, duplicates, rejected, alarms };
  });
}

/** Thing and observed-property key of each existing datastream of `ids`. */
async function datastreamFacts(trx: Knex.Transaction, ids: number[]): Promise<Map<number, { thingId: number; observedProperty: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await trx.raw(
    `SELECT d.id, d.thing_id, lower(COALESCE(p.properties->>'key', p.name)) AS key
     FROM sensor_datastreams d JOIN sensor_observed_properties p ON p.id = d.observed_property_id WHERE d.id = ANY(?::bigint[])`,
    [ids],
  );
  return new Map((rows.rows as { id: number; thing_id: number; key: string }[]).map((row) => [Number(row.id), { thingId: Number(row.thing_id), observedProperty: row.key }]));
}
