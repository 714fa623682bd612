/**
 * SensorThings MQTT topics (SensorThings 1.1, 14.2.2): a client publishes an Observation to
 * `v1.1/Datastreams(<id>)/Observations`, or one naming its Datastream to `v1.1/Observations`.
 * `+` must fill a whole level, so the ingest subscribes to `v1.1/+/Observations` and
 * `v1.1/Observations`, then reads the datastream id from the topic.
 */
export const OBSERVATION_TOPICS = ['v1.1/+/Observations', 'v1.1/Observations'] as const;

const DATASTREAM_TOPIC = /^v1\.1\/Datastreams\((\d+)\)\/Observations$/;

/** The datastream of a topic; null for `v1.1/Observations`; undefined for a topic that is no observation topic. */
export function datastreamOfTopic(topic: string): number | null | undefined {
  if (topic === 'v1.1/Observations') return null;
  const match = DATASTREAM_TOPIC.exec(topic);
  return match ? Number(match[1]) : undefined;
}
