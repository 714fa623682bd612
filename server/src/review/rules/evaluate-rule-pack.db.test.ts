import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { isDataError, ReviewReport } from '@cimtwin/schemas';
import { importIfcModel } from '../../bim/import-ifc-model.ts';
import type { Database } from '../../db/open-database.ts';
import { openTestDatabase } from '../../testing/test-database.ts';
import { TilesetStorageDatabase } from '../../tiles/tileset-storage-database.ts';
import { evaluateRulePack, measureRulePack } from './evaluate-rule-pack.ts';
import type { RuleMeasurement } from './lib/check-tally.ts';

const IFC_DIR = path.resolve(import.meta.dirname, '../../../../../shared/data/ifc');
const hasIfc = await fs.stat(IFC_DIR).then(() => true, () => false);
const MODEL = 'ac20-fzk-haus';
const LOCAL = '+proj=tmerc +lat_0=31.2335 +lon_0=121.5055 +k=1 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs';

const close = (actual: unknown, expected: number, tolerance: number, what: string): void => {
  assert.equal(typeof actual, 'number', `${what}: ${String(actual)}`);
  assert.ok(Math.abs((actual as number) - expected) <= tolerance, `${what}: ${actual} ≠ ${expected} ± ${tolerance}`);
};
const measured = (list: RuleMeasurement[], checkId: string, name: string | null): RuleMeasurement => {
  const found = list.find((m) => m.checkId === checkId && m.name === name);
  assert.ok(found, `no measurement of ${name} in ${checkId}: ${list.filter((m) => m.checkId === checkId).map((m) => m.name).join(', ')}`);
  return found;
};

describe('rule packs against AC20-FZK-Haus', { skip: !hasIfc && 'reference IFC files not beside the project' }, () => {
  let db: Database;
  /** Outer faces of the house walls, local metres (the placement has no rotation: model x/y). */
  let house: { x0: number; y0: number; x1: number; y1: number };
  before(async () => {
    db = await openTestDatabase();
    await importIfcModel(db.knex, new TilesetStorageDatabase(db.knex), path.join(IFC_DIR, 'AC20-FZK-Haus.ifc'), {
      placement: { origin: [121.5055, 31.2335, 4], rotationDeg: 0 },
      overrideGeoreference: true,
    });
    house = (
      await db.knex.raw(
        `SELECT ST_XMin(e) x0, ST_YMin(e) y0, ST_XMax(e) x1, ST_YMax(e) y1
         FROM (SELECT ST_Extent(ST_Transform(footprint, ?::text)) e FROM bim_elements WHERE model_id = ? AND ifc_class = 'IfcWallStandardCase') s`,
        [LOCAL, MODEL],
      )
    ).rows[0];
  });
  after(async () => {
    await db?.close();
  });

  /** A WGS 84 GeoJSON polygon of a local-metre rectangle, made by PostGIS from the local projection. */
  const localToGeoJson = async (wkt: string): Promise<{ geojson: unknown; geographyArea: number }> => {
    const row = (await db.knex.raw(`SELECT ST_AsGeoJSON(g, 9) AS geojson, ST_Area(g::geography) AS area FROM (SELECT ST_Transform(ST_GeomFromText(?), ?::text, 4326) AS g) s`, [wkt, LOCAL])).rows[0];
    return { geojson: JSON.parse(row.geojson), geographyArea: Number(row.area) };
  };

  test('planning conditions: height, FAR and coverage from the wall outline, setbacks against a parcel and a red line', async () => {
    assert.deepEqual([house.x0, house.y0, house.x1, house.y1].map((v) => Math.round(v * 1000) / 1000 + 0), [0, 0, 12, 10]);
    // Parcel: 3 m west, 8 m south (the road side), 8 m east and 4 m north of the house.
    const parcel = await localToGeoJson(`POLYGON((${house.x0 - 3} ${house.y0 - 8}, ${house.x1 + 8} ${house.y0 - 8}, ${house.x1 + 8} ${house.y1 + 4}, ${house.x0 - 3} ${house.y1 + 4}, ${house.x0 - 3} ${house.y0 - 8}))`);
    const road = await localToGeoJson(`LINESTRING(${house.x0 - 20} ${house.y0 - 8}, ${house.x1 + 20} ${house.y0 - 8})`);
    const { report, measurements } = await measureRulePack(db.knex, {
      modelId: MODEL,
      packId: 'planning-conditions',
      parameters: {
        parcel: parcel.geojson,
        redLines: [{ name: '南侧道路', minSetback: 5, source: road.geojson }],
        'planning-building-height.maxHeight': 6,
        'planning-floor-area-ratio.maxFloorAreaRatio': 1.2,
        'planning-site-coverage.maxSiteCoverage': 35,
        'planning-boundary-setback.minBoundarySetback': 5,
      },
      now: new Date('2025-01-01T00:00:00Z'),
    });
    ReviewReport.parse(report);
    assert.equal(report.ruleSet.kind, 'rule-pack');
    assert.equal(report.ruleSet.id, 'planning-conditions');
    assert.equal(report.createdAt, '2025-01-01T00:00:00.000Z');
    const status = Object.fromEntries(report.checks.map((c) => [c.id, c.status]));
    assert.deepEqual(status, {
      'planning-building-height': 'fail',
      'planning-floor-area-ratio': 'pass',
      'planning-site-coverage': 'pass',
      'planning-boundary-setback': 'fail',
      'planning-red-line-setback': 'pass',
    });
    assert.equal(report.verdict, 'fail');

    // Height: the ridge of the roof slabs, 6.318 m above ±0.00 (the outdoor ground by default).
    const roofTop = (await db.knex.raw(`SELECT max(bbox[6]) z FROM bim_elements WHERE model_id = ? AND ifc_class = 'IfcSlab' AND predefined_type = 'ROOF'`, [MODEL])).rows[0].z;
    const height = report.findings.find((f) => f.checkId === 'planning-building-height')!;
    close(height.measured, roofTop, 0.001, 'building height');
    close(roofTop, 6.318, 0.001, 'roof top');
    assert.equal(height.unit, 'm');
    assert.equal(height.ifcClass, 'IfcSlab');
    assert.match(height.clause ?? '', /规划条件 建筑限高/);

    // Coverage: the ground storey outline is the 12 × 10 m outer wall face.
    const siteArea = parcel.geographyArea;
    close(siteArea, 23 * 22, 0.05, 'parcel area on the spheroid');
    const coverage = measured(measurements, 'planning-site-coverage', null);
    close(coverage.measured, (120 / siteArea) * 100, 0.01, 'coverage %');
    assert.equal(coverage.unit, '%');

    // FAR: ground storey 120 m² + roof storey cut at 1.2 m: the gallery space box and the two gable walls.
    const gallery = (await db.knex.raw(`SELECT bbox FROM bim_elements WHERE model_id = ? AND ifc_class = 'IfcSpace' AND attributes->>'LongName' = 'Galerie'`, [MODEL])).rows[0].bbox.map(Number);
    const roofStorey = (gallery[3] - gallery[0]) * (gallery[4] - gallery[1]) + 2 * 0.3 * 10;
    close(roofStorey, 113.16, 0.01, 'roof storey outline');
    const far = measured(measurements, 'planning-floor-area-ratio', null);
    close(far.measured, (120 + roofStorey) / siteArea, 0.001, 'FAR');

    // Setbacks: 3 m to the west boundary (the south edge is the red line, 8 m away).
    const boundary = report.findings.find((f) => f.checkId === 'planning-boundary-setback')!;
    close(boundary.measured, 3, 0.005, 'boundary setback');
    assert.equal(boundary.required, '≥ 5');
    const redLine = measured(measurements, 'planning-red-line-setback', null);
    close(redLine.measured, 8, 0.005, 'red-line setback');
    assert.equal(redLine.passed, true);
    assert.match(redLine.requirement, /南侧道路/);
  });

  test('planning conditions: a building crossing the parcel gets a negative setback; limits left null are not applicable', async () => {
    const parcel = await localToGeoJson(`POLYGON((${house.x0 + 2} ${house.y0 - 5}, ${house.x1 + 5} ${house.y0 - 5}, ${house.x1 + 5} ${house.y1 + 5}, ${house.x0 + 2} ${house.y1 + 5}, ${house.x0 + 2} ${house.y0 - 5}))`);
    const report = await evaluateRulePack(db.knex, { modelId: MODEL, packId: 'planning-conditions', parameters: { parcel: parcel.geojson, 'planning-boundary-setback.minBoundarySetback': 2 } });
    const setback = report.findings.find((f) => f.checkId === 'planning-boundary-setback')!;
    close(setback.measured, -2, 0.005, 'crossing depth');
    assert.match(setback.message, /crosses the parcel boundary by 2 m/);
    for (const id of ['planning-building-height', 'planning-floor-area-ratio', 'planning-site-coverage', 'planning-red-line-setback']) {
      assert.equal(report.checks.find((c) => c.id === id)!.status, 'not-applicable', id);
    }
  });

  test('GB 50096: room areas read from the spaces, unrecognised rooms reported, bedroom door opening too narrow', async () => {
    const { report, measurements } = await measureRulePack(db.knex, { modelId: MODEL, packId: 'gb-50096' });
    const net = Object.fromEntries(
      (await db.knex.raw(`SELECT attributes->>'LongName' AS room, (quantity_sets->'BaseQuantities'->>'NetFloorArea')::float8 AS area FROM bim_elements WHERE model_id = ? AND ifc_class = 'IfcSpace'`, [MODEL])).rows.map((r: { room: string; area: number }) => [r.room, r.area]),
    );
    for (const [room, min] of [['Schlafzimmer', 9], ['Wohnen', 10], ['Küche', 4], ['Bad', 2.5]] as const) {
      const m = measurements.find((x) => x.checkId === 'gb50096-room-area' && x.name?.endsWith(room));
      assert.ok(m, room);
      close(m.measured, net[room], 0.005, room);
      assert.equal(m.required, `≥ ${min}`);
      assert.equal(m.unit, 'm²');
      assert.equal(m.passed, true);
    }
    close(net.Schlafzimmer, 21.41, 0.01, 'bedroom net area');
    const area = report.checks.find((c) => c.id === 'gb50096-room-area')!;
    assert.deepEqual([area.status, area.applicable, area.passed], ['pass', 4, 4]);
    const gallery = report.findings.find((f) => f.checkId === 'gb50096-room-area' && f.severity === 'info')!;
    assert.match(gallery.message, /not recognised from "Galerie/);
    assert.equal(gallery.measured, null);

    const door = report.findings.find((f) => f.checkId === 'gb50096-door-opening' && f.name === 'Innentuer-1')!;
    assert.equal(door.measured, 0.885);
    assert.equal(door.required, '≥ 0.9 (height ≥ 2)');
    assert.equal(door.clause, 'GB 50096-2011 5.8.7');
    assert.equal(report.verdict, 'fail');

    // A bigger minimum makes the bedroom fail with the area it read.
    const strict = await evaluateRulePack(db.knex, { modelId: MODEL, packId: 'gb-50096', parameters: { 'gb50096-room-area.minAreas': { 'bedroom-double': { minArea: 25 } } } });
    const bedroom = strict.findings.find((f) => f.checkId === 'gb50096-room-area' && f.severity === 'error')!;
    assert.equal(bedroom.name, '4 Schlafzimmer');
    close(bedroom.measured, net.Schlafzimmer, 0.005, 'failing bedroom');
    assert.equal(bedroom.clause, 'GB 50096-2011 5.2.1');
  });

  test('GB 50016: exit doors, corridor, stair without data, storey compartments, exits and evacuation distances', async () => {
    const { report, measurements } = await measureRulePack(db.knex, { modelId: MODEL, packId: 'gb-50016' });
    const status = Object.fromEntries(report.checks.map((c) => [c.id, c.status]));
    assert.deepEqual(status, {
      'gb50016-fire-compartment-area': 'pass',
      'gb50016-exit-door-width': 'fail',
      'gb50016-corridor-width': 'pass',
      'gb50016-stair-width': 'fail',
      'gb50016-exit-count': 'pass',
      'gb50016-evacuation-distance': 'pass',
    });
    assert.match(report.checks[0].description ?? '', /single-multi-storey \(height 4\.61 m/);

    // External doors found from the plan: front door 1.01 m and terrace door 2.01 m wide, less the 0.10 m frame.
    const front = measured(measurements, 'gb50016-exit-door-width', 'Haustuer');
    close(front.measured, 0.91, 1e-9, 'front door clear width');
    assert.equal(front.required, '≥ 1.1');
    assert.equal(front.passed, false);
    assert.equal(measured(measurements, 'gb50016-exit-door-width', 'Terrassentuer').measured, 1.91);
    assert.equal(measurements.filter((m) => m.checkId === 'gb50016-exit-door-width').length, 2);

    // Corridor: the rectangle with the Flur's net area and perimeter.
    const [area, perimeter] = [11.185458, 17.7];
    close(measured(measurements, 'gb50016-corridor-width', '1 Flur').measured, (perimeter / 2 - Math.sqrt((perimeter / 2) ** 2 - 4 * area)) / 2, 0.001, 'corridor width');

    const stair = report.findings.find((f) => f.checkId === 'gb50016-stair-width')!;
    assert.equal(stair.name, 'Wendeltreppe');
    assert.equal(stair.measured, null);
    assert.match(stair.message, /no IfcStairFlight and no clear-width property/);

    close(measured(measurements, 'gb50016-fire-compartment-area', 'Erdgeschoss').measured, 120, 0.01, 'ground storey area');
    assert.equal(measured(measurements, 'gb50016-fire-compartment-area', 'Erdgeschoss').required, '≤ 2500');
    assert.equal(measured(measurements, 'gb50016-exit-count', 'Erdgeschoss').measured, 2);
    assert.equal(measured(measurements, 'gb50016-exit-count', 'Dachgeschoss').measured, 1);
    // Bedroom box 7.65..11.70 × 4.25..9.70, door centre (7.46, 5.0): farthest corner (11.70, 9.70).
    close(measured(measurements, 'gb50016-evacuation-distance', '4 Schlafzimmer').measured, Math.hypot(11.7 - 7.46, 9.7 - 5.0), 0.01, 'bedroom evacuation distance');
  });

  test('GB 50016: a compartment zone over the limit fails, and passes with sprinklers doubling it', async () => {
    const storey = (await db.knex('bim_elements').where({ model_id: MODEL, ifc_class: 'IfcBuildingStorey', name: 'Erdgeschoss' }).first('global_id')).global_id;
    const ids = ['SYNTHSPACE000000000001', 'SYNTHSPACE000000000002', 'SYNTHZONE0000000000001'];
    await db.knex('bim_elements').insert([
      ...ids.slice(0, 2).map((globalId, i) => ({ model_id: MODEL, express_id: 900001 + i, global_id: globalId, ifc_class: 'IfcSpace', name: `S${i}`, storey_global_id: storey, quantity_sets: JSON.stringify({ cimtwin_space: { grossFloorArea: 1400 } }) })),
      { model_id: MODEL, express_id: 900010, global_id: ids[2], ifc_class: 'IfcZone', name: '防火分区-1', members: JSON.stringify(ids.slice(0, 2)) },
    ]);
    try {
      const plain = await measureRulePack(db.knex, { modelId: MODEL, packId: 'gb-50016' });
      const zone = plain.report.findings.find((f) => f.checkId === 'gb50016-fire-compartment-area' && f.globalId === ids[2])!;
      assert.equal(zone.measured, 2800);
      assert.equal(zone.required, '≤ 2500');
      assert.equal(zone.unit, 'm²');
      assert.match(zone.clause ?? '', /GB 50016-2014\(2018年版\) 5\.3\.1; GB 55037-2022 4\.3\.16/);
      // The zone covers the ground storey; the roof storey is still checked whole.
      assert.deepEqual(plain.measurements.filter((m) => m.checkId === 'gb50016-fire-compartment-area').map((m) => m.name), ['防火分区-1', 'Dachgeschoss']);
      const sprinklered = await evaluateRulePack(db.knex, { modelId: MODEL, packId: 'gb-50016', parameters: { sprinklers: true } });
      assert.equal(sprinklered.checks.find((c) => c.id === 'gb50016-fire-compartment-area')!.status, 'pass');
    } finally {
      await db.knex('bim_elements').whereIn('global_id', ids).delete();
    }
  });

  test('GB 50352: gallery guards 1.00 m fail 1.05 m; flight riser counts and step sizes, implausible feet reported', async () => {
    const report = await evaluateRulePack(db.knex, { modelId: MODEL, packId: 'gb-50352' });
    const guards = report.findings.filter((f) => f.checkId === 'gb50352-guard-height');
    assert.equal(guards.length, 2);
    for (const g of guards) {
      assert.equal(g.measured, 1);
      assert.equal(g.required, '≥ 1.05');
      assert.equal(g.ifcClass, 'IfcRailing');
      assert.equal(g.clause, 'GB 50352-2019 6.7.3');
    }
    assert.equal(report.checks.find((c) => c.id === 'gb50352-stair-handrail-height')!.status, 'not-applicable');
    assert.equal(report.findings.find((f) => f.checkId === 'gb50352-flight-risers')!.measured, null);

    const flights = [
      { global_id: 'SYNTHFLIGHT00000000001', attributes: { NumberOfRiser: 20, RiserHeight: 0.16, TreadLength: 0.28 } },
      { global_id: 'SYNTHFLIGHT00000000002', attributes: { NumberOfRisers: 12, RiserHeight: 0.6356627296588328, TreadLength: 0.8202099737532809 } },
    ];
    await db.knex('bim_elements').insert(flights.map((f, i) => ({ model_id: MODEL, express_id: 900100 + i, ifc_class: 'IfcStairFlight', name: `Flight ${i}`, global_id: f.global_id, attributes: JSON.stringify(f.attributes) })));
    try {
      const { measurements } = await measureRulePack(db.knex, { modelId: MODEL, packId: 'gb-50352' });
      assert.equal(measured(measurements, 'gb50352-flight-risers', 'Flight 0').passed, false);
      assert.equal(measured(measurements, 'gb50352-flight-risers', 'Flight 0').measured, 20);
      assert.equal(measured(measurements, 'gb50352-flight-risers', 'Flight 1').passed, true);
      assert.equal(measured(measurements, 'gb50352-step-dimensions', 'Flight 0').passed, true);
      const feet = measured(measurements, 'gb50352-step-dimensions', 'Flight 1');
      assert.equal(feet.passed, null);
      assert.match(feet.message, /attributes\.RiserHeight = 0\.6357 \(≈ 0\.194 m if it were feet\)/);
    } finally {
      await db.knex('bim_elements').whereIn('global_id', flights.map((f) => f.global_id)).delete();
    }
  });

  test('unknown pack, unknown model and bad parameters are DataErrors that list the options', async () => {
    await assert.rejects(evaluateRulePack(db.knex, { modelId: MODEL, packId: 'gb-99999' }), (e: unknown) => isDataError(e) && /valid packs: planning-conditions, gb-50016, gb-50352, gb-50096/.test((e as Error).message));
    await assert.rejects(evaluateRulePack(db.knex, { modelId: 'nope', packId: 'gb-50016' }), (e: unknown) => isDataError(e) && /no BIM model "nope".*ac20-fzk-haus/.test((e as Error).message));
    await assert.rejects(evaluateRulePack(db.knex, { modelId: MODEL, packId: 'gb-50016', parameters: { sprinkler: true } }), (e: unknown) => isDataError(e) && /no parameter "sprinkler"; valid parameters: .*sprinklers/.test((e as Error).message));
    await assert.rejects(evaluateRulePack(db.knex, { modelId: MODEL, packId: 'gb-50016', parameters: { buildingUse: 'hotel' } }), (e: unknown) => isDataError(e) && /expected one of: auto, residential, public/.test((e as Error).message));
    await assert.rejects(
      evaluateRulePack(db.knex, { modelId: MODEL, packId: 'planning-conditions', parameters: { parcel: { layerId: 'parcels', featureName: 'A-01' }, 'planning-site-coverage.maxSiteCoverage': 30 } }),
      (e: unknown) => isDataError(e) && /layer "parcels", which does not exist/.test((e as Error).message),
    );
  });
});
