import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import proj4 from 'proj4';
import { DataError } from '@cimtwin/schemas';
import { localFrame, networkPlanCentre } from './local-frame.ts';

/** EPSG:4549, CGCS2000 / 3-degree Gauss-Kruger CM 120E (as PostGIS spatial_ref_sys gives it). */
const EPSG_4549 = '+proj=tmerc +lat_0=0 +lon_0=120 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
/** EPSG:2229, NAD83 / California zone 5 (ftUS). */
const EPSG_2229 =
  '+proj=lcc +lat_1=35.46666666666667 +lat_2=34.03333333333333 +lat_0=33.5 +lon_0=-118 +x_0=2000000.0001016 +y_0=500000.0001016 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=us-ft +no_defs';

// WGS84 written out here, independently of the tiler's geodesy.
const A = 6378137;
const F = 1 / 298.257223563;
const E2 = F * (2 - F);
const RAD = Math.PI / 180;

function ecef(lon: number, lat: number, h: number): number[] {
  const [l, p] = [lon * RAD, lat * RAD];
  const n = A / Math.sqrt(1 - E2 * Math.sin(p) ** 2);
  return [(n + h) * Math.cos(p) * Math.cos(l), (n + h) * Math.cos(p) * Math.sin(l), (n * (1 - E2) + h) * Math.sin(p)];
}

/** East, north, up of `point` (ECEF) at the geodetic origin. */
function enu(point: number[], lon: number, lat: number, h: number): number[] {
  const o = ecef(lon, lat, h);
  const d = [point[0] - o[0], point[1] - o[1], point[2] - o[2]];
  const [l, p] = [lon * RAD, lat * RAD];
  const east = [-Math.sin(l), Math.cos(l), 0];
  const north = [-Math.sin(p) * Math.cos(l), -Math.sin(p) * Math.sin(l), Math.cos(p)];
  const up = [Math.cos(p) * Math.cos(l), Math.cos(p) * Math.sin(l), Math.sin(p)];
  return [east, north, up].map((axis) => axis[0] * d[0] + axis[1] * d[1] + axis[2] * d[2]);
}

function apply(matrix: number[], p: number[]): number[] {
  return [0, 1, 2].map((row) => matrix[row] * p[0] + matrix[4 + row] * p[1] + matrix[8 + row] * p[2] + matrix[12 + row]);
}

const distance = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('localFrame', () => {
  const centre: [number, number] = [520_000, 3_450_000]; // near Suzhou, 20 km east of the central meridian
  const offset = 9.5; // geoid height of the height datum, m

  test('a point 3 km east of the centre lands within 1 cm of geodetic → ECEF → ENU, below the tangent plane', () => {
    const frame = localFrame(EPSG_4549, centre, offset);
    const [lon0, lat0] = proj4(EPSG_4549, 'EPSG:4326').forward(centre);
    const [lon, lat] = proj4(EPSG_4549, 'EPSG:4326').forward([centre[0] + 3000, centre[1]]);
    const expected = enu(ecef(lon, lat, 12 + offset), lon0, lat0, offset);
    const actual = frame.toLocal(centre[0] + 3000, centre[1], 12);
    assert.ok(distance(actual, expected) < 0.01, `off by ${distance(actual, expected)} m`);
    // 3 km of grid is 3 km on the ground (scale 1.000005 this far from the meridian), turned by
    // the grid convergence, and the curved earth drops 3000² / 2R ≈ 0.71 m below the plane.
    assert.ok(Math.abs(Math.hypot(actual[0], actual[1]) - 3000) < 0.05, `horizontal ${Math.hypot(actual[0], actual[1])}`);
    assert.ok(Math.abs(actual[1]) < 10 && actual[1] !== 0, `convergence turns grid east off true east: ${actual[1]}`);
    assert.ok(actual[2] - 12 < -0.65 && actual[2] - 12 > -0.76, `drop ${actual[2] - 12}`);
  });

  test('modelToEcef takes the origin to the centre and local points back to their ECEF', () => {
    const frame = localFrame(EPSG_4549, centre, offset);
    const [lon0, lat0] = proj4(EPSG_4549, 'EPSG:4326').forward(centre);
    assert.ok(distance(apply(frame.modelToEcef, [0, 0, 0]), ecef(lon0, lat0, offset)) < 1e-3);
    assert.ok(distance(frame.toLocal(centre[0], centre[1], 0), [0, 0, 0]) < 1e-6);
    for (const [dx, dy, z] of [[3000, 0, 5], [-2500, 1800, -3], [100, -4000, 40]]) {
      const [lon, lat] = proj4(EPSG_4549, 'EPSG:4326').forward([centre[0] + dx, centre[1] + dy]);
      const back = apply(frame.modelToEcef, frame.toLocal(centre[0] + dx, centre[1] + dy, z));
      assert.ok(distance(back, ecef(lon, lat, z + offset)) < 0.01);
    }
  });

  test('an origin elevation moves the local zero up; feet of a State Plane CRS become metres', () => {
    const raised = localFrame(EPSG_4549, [centre[0], centre[1], 1890], 0);
    assert.ok(Math.abs(raised.toLocal(centre[0], centre[1], 1890)[2]) < 1e-6);
    assert.ok(Math.abs(raised.origin.height - 1890) < 1e-9);
    const feet = localFrame(EPSG_2229, [6_500_000, 1_850_000]);
    const east = feet.toLocal(6_503_000, 1_850_000, 0);
    assert.ok(Math.abs(Math.hypot(east[0], east[1]) - 3000 * 0.3048006096) < 0.05, `3000 US ft is ${Math.hypot(east[0], east[1])} m`);
  });

  test('an unknown CRS or a centre outside it is a DataError', () => {
    assert.throws(() => localFrame('EPSG:4549', centre), DataError);
    assert.throws(() => localFrame('+proj=longlat +datum=WGS84 +no_defs', [500_000, 3_450_000]), DataError);
  });

  test('networkPlanCentre is the middle of the nodes and axes', () => {
    const centreOf = networkPlanCentre({ nodes: [{ x: 0, y: 0 }, { x: 10, y: 2 }], links: [{ axis: [[0, 0, 0], [-4, 8, 0], [10, 2, 0]] }] });
    assert.deepEqual(centreOf, [3, 4]);
  });
});
