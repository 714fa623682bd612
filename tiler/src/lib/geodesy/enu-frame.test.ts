import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEnuFrame, enuToEcefTransform, lonLatToEnu } from './enu-frame.ts';
import { geodeticToEcef, WGS84_SEMI_MAJOR_AXIS } from './wgs84-ellipsoid.ts';

function applyColumnMajor(matrix: number[], point: number[]): number[] {
  return [0, 1, 2].map((row) => matrix[row] * point[0] + matrix[4 + row] * point[1] + matrix[8 + row] * point[2] + matrix[12 + row]);
}

describe('WGS84 and ENU frames', () => {
  it('places the equator/prime meridian and the pole on the ellipsoid axes', () => {
    const equator = geodeticToEcef(0, 0, 0);
    assert.deepEqual(Array.from(equator), [WGS84_SEMI_MAJOR_AXIS, 0, 0]);
    const pole = geodeticToEcef(0, 90, 0);
    assert.ok(Math.abs(pole[2] - 6356752.314245) < 1e-3, `polar radius ${pole[2]}`);
  });

  it('builds a column-major ENU-to-ECEF matrix whose axes are east, north and up', () => {
    const matrix = enuToEcefTransform(0, 0, 0);
    assert.deepEqual(matrix.slice(0, 3).map((v) => Math.round(v * 1e12) / 1e12 + 0), [0, 1, 0]); // east = +y at (0, 0)
    assert.deepEqual(matrix.slice(4, 7).map((v) => Math.round(v * 1e12) / 1e12 + 0), [0, 0, 1]); // north = +z
    assert.deepEqual(matrix.slice(8, 11).map((v) => Math.round(v * 1e12) / 1e12 + 0), [1, 0, 0]); // up = +x
    assert.deepEqual(matrix.slice(12), [WGS84_SEMI_MAJOR_AXIS, 0, 0, 1]);
  });

  it('round-trips lon/lat through ENU and the transform back to ECEF', () => {
    const frame = createEnuFrame(24.94, 60.17);
    const matrix = enuToEcefTransform(24.94, 60.17);
    for (const [lon, lat, h] of [[24.95, 60.18, 0], [24.9, 60.1, 120], [25.2, 60.3, 5]]) {
      const enu = Array.from(lonLatToEnu(frame, lon, lat, h));
      const ecef = applyColumnMajor(matrix, enu);
      const expected = Array.from(geodeticToEcef(lon, lat, h));
      for (let k = 0; k < 3; k++) assert.ok(Math.abs(ecef[k] - expected[k]) < 1e-6, `axis ${k}: ${ecef[k]} vs ${expected[k]}`);
    }
  });

  it('keeps true distances and lets the ground fall away with the curvature', () => {
    const frame = createEnuFrame(24.94, 60.17);
    const origin = Array.from(lonLatToEnu(frame, 24.94, 60.17, 0));
    assert.ok(origin.every((v) => Math.abs(v) < 1e-6));
    // One arc-minute of latitude is 1856.9 m at 60°N (meridian radius 6 383 km); the ground drops ~0.27 m.
    const north = Array.from(lonLatToEnu(frame, 24.94, 60.17 + 1 / 60, 0));
    assert.ok(Math.abs(north[0]) < 1e-6);
    assert.ok(Math.abs(north[1] - 1856.9) < 0.2, `north ${north[1]}`);
    assert.ok(north[2] < -0.2 && north[2] > -0.35, `drop ${north[2]}`);
  });
});
