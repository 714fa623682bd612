import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import proj4 from 'proj4';
import { isDataError } from '@cimtwin/schemas';
import { compoundPlaneAngleToDegrees } from './compound-plane-angle.ts';
import { chooseScale, resolveGeoreference, rotationFromTrueNorth } from './resolve-georeference.ts';
import type { IfcGeoreferenceInput } from './ifc-records.ts';

const IFC_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/data/ifc');
const UTM32 = '+proj=utm +zone=32 +ellps=GRS80 +units=m +no_defs';
const crsDefinition = async (epsg: number) => (epsg === 25832 ? UTM32 : undefined);

/** Metres between two lon/lat points (equirectangular; fine over metres). */
function distance([lon1, lat1]: number[], [lon2, lat2]: number[]): number {
  const r = 6371008.8;
  const x = ((lon2 - lon1) * Math.PI) / 180 * Math.cos((((lat1 + lat2) / 2) * Math.PI) / 180);
  const y = ((lat2 - lat1) * Math.PI) / 180;
  return Math.hypot(x, y) * r;
}

/** The IfcMapConversion of geographic-referencing-utm.ifc, read from the file text. */
function readUtmSample(): IfcGeoreferenceInput {
  const text = fs.readFileSync(path.join(IFC_DIR, 'geographic-referencing-utm.ifc'), 'latin1');
  const match = /IFCMAPCONVERSION\(#\d+,#\d+,([^,]+),([^,]+),([^,]+),([^,]+),([^,]+),([^)]+)\)/.exec(text);
  assert.ok(match, 'the sample holds an IfcMapConversion');
  const [e, n, h, a, b, s] = match.slice(1).map(Number);
  assert.match(text, /IFCSIUNIT\(\*,\.LENGTHUNIT\.,\.MILLI\.,\.METRE\.\)/);
  return {
    lengthUnitScale: 0.001,
    mapConversion: { crsName: 'EPSG:25832', eastings: e, northings: n, orthogonalHeight: h, xAxisAbscissa: a, xAxisOrdinate: b, scale: s, mapUnitScale: 1 },
    site: { refLatitude: [49, 5, 43, 983700], refLongitude: [8, 26, 1, 247300], refElevation: 113700 },
  };
}

test('map conversion of the UTM sample lands where its numbers say', async () => {
  const input = readUtmSample();
  const map = input.mapConversion!;
  const geo = await resolveGeoreference(input, { crsDefinition });
  assert.equal(geo.method, 'map-conversion');
  assert.equal(geo.crs, 'EPSG:25832');
  assert.ok(Math.abs(geo.scale! - 1) < 1e-9, 'Scale 1000 on a millimetre model means 1 map metre per model metre');
  assert.ok(geo.warnings.some((w) => /Scale 1000/.test(w)));
  const angle = Math.atan2(map.xAxisOrdinate!, map.xAxisAbscissa!);
  assert.ok(Math.abs(geo.rotationDeg - (angle * 180) / Math.PI) < 1e-9);
  // Independent expectation: model metres → rotated by the X axis direction → added to E/N.
  for (const [x, y, z] of [[0, 0, 0], [10, 0, 0], [0, 25, 4], [-30, 12, 2]]) {
    const e = map.eastings + Math.cos(angle) * x - Math.sin(angle) * y;
    const n = map.northings + Math.sin(angle) * x + Math.cos(angle) * y;
    const expected = proj4(UTM32, 'EPSG:4326', [e, n]);
    const actual = geo.toGeographic(x, y, z);
    assert.ok(distance(actual, expected) < 1, `(${x}, ${y}) lands ${distance(actual, expected)} m off`);
    assert.ok(Math.abs(actual[2] - (113.7 + z)) < 1e-6);
  }
  // The site reference of the same file agrees within a few metres (it is rounded DMS).
  const site = [8 + 26 / 60 + 1.2473 / 3600, 49 + 5 / 60 + 43.9837 / 3600];
  assert.ok(distance([geo.origin.lon, geo.origin.lat], site) < 5);
});

test('an unknown CRS and a missing georeference are DataErrors', async () => {
  const input = readUtmSample();
  input.mapConversion!.crsName = 'EPSG:99999';
  await assert.rejects(resolveGeoreference(input, { crsDefinition }), (e: unknown) => isDataError(e) && /EPSG:99999, which is unknown/.test((e as Error).message));
  input.mapConversion!.crsName = 'Local grid';
  await assert.rejects(resolveGeoreference(input, { crsDefinition }), (e: unknown) => isDataError(e) && /'Local grid' is not an EPSG code/.test((e as Error).message));
  await assert.rejects(resolveGeoreference({ lengthUnitScale: 1 }, { crsDefinition }), (e: unknown) => isDataError(e) && /pass --origin/.test((e as Error).message));
  const noSite = { lengthUnitScale: 1, site: { refLatitude: [0, 0, 0], refLongitude: [0, 0, 0], refElevation: 0 } };
  await assert.rejects(resolveGeoreference(noSite, { crsDefinition }), /pass --origin/);
});

test('compound plane angles: degrees, minutes, seconds, millionths and sign', () => {
  assert.ok(Math.abs(compoundPlaneAngleToDegrees([49, 6, 1, 566000]) - (49 + 6 / 60 + 1.566 / 3600)) < 1e-12);
  assert.ok(Math.abs(compoundPlaneAngleToDegrees([-87, -38, -21, -839999]) + (87 + 38 / 60 + 21.839999 / 3600)) < 1e-12);
  assert.ok(Math.abs(compoundPlaneAngleToDegrees([-71, 3, 35]) + (71 + 3 / 60 + 35 / 3600)) < 1e-12, 'sign of the degrees only');
  assert.ok(Math.abs(compoundPlaneAngleToDegrees([0, -30, 0]) + 0.5) < 1e-12);
  assert.throws(() => compoundPlaneAngleToDegrees([10, 75, 0]), /out of range/);
});

test('site reference with true north rotates model axes', async () => {
  // True north along model +Y: no rotation. Along model +X: model +X points north, +Y west.
  assert.equal(rotationFromTrueNorth([0, 1]), 0);
  assert.equal(rotationFromTrueNorth([1, 0]), 90);
  assert.equal(rotationFromTrueNorth([-1, 0]), -90);
  const input: IfcGeoreferenceInput = {
    lengthUnitScale: 0.001,
    site: { refLatitude: [52, 30, 0, 0], refLongitude: [13, 24, 0, 0], refElevation: 34000 },
    trueNorth: [1, 0],
  };
  const geo = await resolveGeoreference(input, { crsDefinition });
  assert.equal(geo.method, 'site-reference');
  assert.deepEqual([geo.origin.lon, geo.origin.lat, geo.origin.height], [13.4, 52.5, 34]);
  const [lon0, lat0, h0] = geo.toGeographic(0, 0, 0);
  assert.ok(Math.abs(lon0 - 13.4) < 1e-12 && Math.abs(lat0 - 52.5) < 1e-12 && h0 === 34);
  const [lon, lat, h] = geo.toGeographic(100, 0, 3);
  assert.ok(lat > 52.5 && Math.abs(lon - 13.4) < 1e-9, 'model +X goes north');
  assert.ok(Math.abs(distance([lon, lat], [13.4, 52.5]) - 100) < 0.5, "100 m, within the sphere-versus-ellipsoid difference");
  assert.equal(h, 37);
  const [westLon] = geo.toGeographic(0, 100, 0);
  assert.ok(westLon < 13.4, 'model +Y goes west');
});

test('a user placement fills in, and can override the file', async () => {
  const userPlacement = { origin: [114.05, 22.54, 5] as [number, number, number], rotationDeg: 30 };
  const fallback = await resolveGeoreference({ lengthUnitScale: 1 }, { crsDefinition, userPlacement });
  assert.equal(fallback.method, 'user');
  const [lon, lat] = fallback.toGeographic(50, 0, 0);
  assert.ok(lon > 114.05 && lat > 22.54, 'rotated +X heads north-east');
  const override = await resolveGeoreference(readUtmSample(), { crsDefinition, userPlacement, overrideFile: true });
  assert.equal(override.method, 'user');
  const kept = await resolveGeoreference(readUtmSample(), { crsDefinition, userPlacement });
  assert.equal(kept.method, 'map-conversion');
});

test('chooseScale reads IfcMapConversion.Scale the way that gives about 1', () => {
  assert.equal(chooseScale(0.001, 0.001, 1), 1);
  assert.equal(chooseScale(null, 0.001, 1), 1);
  assert.equal(chooseScale(1000, 0.001, 1), 1);
  assert.equal(chooseScale(0.9996, 1, 1), 0.9996);
  const warnings: string[] = [];
  assert.equal(chooseScale(42, 1, 1, warnings), 1);
  assert.match(warnings[0], /fits no known reading/);
});
