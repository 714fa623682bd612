/**
 * The demo sensors of the sample district, created once as SensorThings Things (found again by
 * `properties.simulator`): three air-quality stations replaying the Beijing PRSA series at
 * sites in the district, and lifeline sensors on the sample pipe network's wells and valves —
 * combustible gas in sewer wells and gas valve wells, manhole cover tilt, waterlogging at the
 * lowest rainwater wells, water supply pressure on the water mains.
 */
import type { Knex } from 'knex';
import { ALARM_OBSERVED_PROPERTIES as P } from '@cimtwin/schemas';
import { createThing } from '../sensors/store/create-thing.ts';
import { AIR_QUALITY_COLUMNS } from './air-quality-series.ts';
import type { LifelineKind } from './lifeline-signal.ts';

/** A demo sensor thing as the simulator drives it. */
export interface DemoSensor {
  key: string;
  thingId: number;
  kind: 'air-quality' | LifelineKind;
  /** Station file for air quality. */
  station?: string;
  /** Datastream ids by observed property key. */
  datastreams: Record<string, number>;
  seed: number;
}

const AIR_QUALITY_STATIONS = [
  { station: 'Dongsi', nameZh: '东四' },
  { station: 'Guanyuan', nameZh: '官园' },
  { station: 'Tiantan', nameZh: '天坛' },
] as const;

const LIFELINE = {
  'combustible-gas': { property: P.combustibleGas, nameZh: '井内可燃气体监测', sensor: '催化燃烧式可燃气体探测器' },
  'manhole-cover': { property: P.manholeCoverTilt, nameZh: '智能井盖', sensor: '井盖倾角传感器' },
  waterlogging: { property: P.waterDepthAboveSurface, nameZh: '积水监测', sensor: '超声波液位计' },
  'water-pressure': { property: P.waterSupplyPressure, nameZh: '供水管网压力监测', sensor: '压力变送器' },
} as const;

/** Where lifeline sensors go: network nodes by system and attachment, how many of each. */
const PLACEMENTS: Array<{ kind: LifelineKind; subtype: string; attachment: string; count: number; order: string }> = [
  { kind: 'combustible-gas', subtype: 'WS', attachment: '检查井', count: 4, order: 'n.id' },
  { kind: 'combustible-gas', subtype: 'TR', attachment: '阀门', count: 2, order: 'n.id' },
  { kind: 'manhole-cover', subtype: 'YS', attachment: '检查井', count: 5, order: 'n.id DESC' },
  { kind: 'waterlogging', subtype: 'YS', attachment: '检查井', count: 4, order: 'n.ground_elevation, n.id' },
  { kind: 'water-pressure', subtype: 'JP', attachment: '阀门', count: 4, order: 'n.id' },
];

/** The demo sensors, created when missing. Without the sample network only the stations are made. */
export async function ensureDemoSensors(knex: Knex, networkId: string, replayNote: string): Promise<DemoSensor[]> {
  const existing = await knex('sensor_things').whereRaw("properties->>'simulator' IS NOT NULL").select('id', 'properties');
  const byKey = new Map(existing.map((row) => [row.properties.simulator as string, Number(row.id)]));
  const sensors: DemoSensor[] = [];
  const sites = await knex.raw(
    `SELECT ST_X(geom) AS lon, ST_Y(geom) AS lat FROM network_nodes WHERE network_id = ? AND pipe_subtype = 'JP' ORDER BY id`,
    [networkId],
  );
  const nodes = sites.rows as { lon: number; lat: number }[];
  for (const [index, { station, nameZh }] of AIR_QUALITY_STATIONS.entries()) {
    const key = `air-quality-${station.toLowerCase()}`;
    const site = nodes[Math.floor(((index + 0.5) / AIR_QUALITY_STATIONS.length) * nodes.length)] ?? { lon: 121.5 + index * 0.005, lat: 31.235 };
    const thingId =
      byKey.get(key) ??
      (await createThing(knex, {
        name: `空气质量监测站（${nameZh}数据回放）`,
        description: `Air-quality station replaying the hourly series of Beijing's ${station} station (PRSA data, 2013–2017). ${replayNote}`,
        properties: { simulator: key, kind: 'air-quality', replayOf: `Beijing ${station} (${nameZh})` },
        Locations: [{ name: `${nameZh}回放站点`, location: { type: 'Point', coordinates: [site.lon, site.lat] } }],
        Datastreams: AIR_QUALITY_COLUMNS.map((column) => ({
          name: `${column.name} (${station} replay)`,
          unitOfMeasurement: { name: column.unit.name, symbol: column.unit.symbol, definition: null },
          Sensor: { name: 'Air-quality monitor (replayed data)', encodingType: 'text/plain', metadata: 'PRSA Beijing Multi-Site Air-Quality Data, UCI Machine Learning Repository' },
          ObservedProperty: { name: column.name, definition: `urn:cimtwin:observed-property:${column.key}`, properties: { key: column.key } },
        })),
      })).thingId;
    sensors.push({ key, thingId, kind: 'air-quality', station, datastreams: await datastreamsOf(knex, thingId), seed: index });
  }
  let seed = 100;
  for (const placement of PLACEMENTS) {
    const rows = await knex.raw(
      `SELECT n.node_id, n.point_number, ST_X(n.geom) AS lon, ST_Y(n.geom) AS lat FROM network_nodes n
       WHERE n.network_id = ? AND n.pipe_subtype = ? AND n.attachment = ? AND n.geom IS NOT NULL ORDER BY ${placement.order} LIMIT ?`,
      [networkId, placement.subtype, placement.attachment, placement.count],
    );
    for (const node of rows.rows as { node_id: string; point_number: string | null; lon: number; lat: number }[]) {
      seed += 1;
      const key = `${placement.kind}-${node.node_id}`;
      const spec = LIFELINE[placement.kind];
      const thingId =
        byKey.get(key) ??
        (await createThing(knex, {
          name: `${spec.nameZh} ${node.point_number ?? node.node_id}`,
          description: `Simulated ${spec.property.nameEn} sensor at network point ${node.point_number ?? node.node_id} (${placement.attachment}) of ${networkId}.`,
          properties: { simulator: key, kind: placement.kind, network: networkId, nodeId: node.node_id, pointNumber: node.point_number },
          Locations: [{ name: `${node.point_number ?? node.node_id}`, location: { type: 'Point', coordinates: [node.lon, node.lat] } }],
          Datastreams: [
            {
              name: `${spec.property.nameZh} ${node.point_number ?? node.node_id}`,
              unitOfMeasurement: { name: spec.property.nameEn, symbol: spec.property.unit, definition: null },
              Sensor: { name: spec.sensor, encodingType: 'text/plain', metadata: 'simulated' },
              ObservedProperty: { name: spec.property.nameZh, definition: `urn:cimtwin:observed-property:${spec.property.key}`, properties: { key: spec.property.key } },
            },
          ],
        })).thingId;
      sensors.push({ key, thingId, kind: placement.kind, datastreams: await datastreamsOf(knex, thingId), seed });
    }
  }
  return sensors;
}

async function datastreamsOf(knex: Knex, thingId: number): Promise<Record<string, number>> {
  const rows = await knex.raw(
    `SELECT d.id, lower(COALESCE(p.properties->>'key', p.name)) AS key FROM sensor_datastreams d JOIN sensor_observed_properties p ON p.id = d.observed_property_id WHERE d.thing_id = ?`,
    [thingId],
  );
  return Object.fromEntries((rows.rows as { id: number; key: string }[]).map((row) => [row.key, Number(row.id)]));
}
