import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clusterRects, doorSitsInRoomWall, equivalentRectangleWidth, farthestFromTargets, rectDistance } from './plan-geometry.ts';

describe('plan geometry', () => {
  test('farthest point of a room from one door is a corner', () => {
    const result = farthestFromTargets({ x0: 0, y0: 0, x1: 4, y1: 3 }, [[0, 1.5]]);
    assert.ok(result);
    assert.ok(Math.abs(result.distance - Math.hypot(4, 1.5)) < 1e-9);
  });
  test('with two doors the farthest point lies where the nearest door changes', () => {
    // Doors at both ends of a 10 × 2 room: the worst point is mid-way on a long side.
    const result = farthestFromTargets({ x0: 0, y0: 0, x1: 10, y1: 2 }, [[0, 1], [10, 1]])!;
    assert.ok(Math.abs(result.distance - Math.hypot(5, 1)) < 1e-9, String(result.distance));
    assert.ok(Math.abs(result.point[0] - 5) < 1e-9);
  });
  test('three doors: the Voronoi vertex inside the room can be the worst point', () => {
    const result = farthestFromTargets({ x0: 0, y0: 0, x1: 10, y1: 10 }, [[0, 0], [10, 0], [5, 10]])!;
    // The circumcentre of the three doors is (5, 3.75) at 6.25 m; corners are 5 m or less from a door... (0,10) is 5.59 m.
    assert.ok(Math.abs(result.distance - 6.25) < 1e-9, String(result.distance));
    assert.equal(farthestFromTargets({ x0: 0, y0: 0, x1: 1, y1: 1 }, []), null);
  });
  test('equivalent rectangle width is exact for straight and L-shaped corridors', () => {
    assert.ok(Math.abs(equivalentRectangleWidth(1.5 * 8, 2 * (1.5 + 8))! - 1.5) < 1e-9);
    // L of arms 6 m and 4 m (outer), width 1.2: area 1.2*(6+4-1.2), perimeter 2*(6+4).
    assert.ok(Math.abs(equivalentRectangleWidth(1.2 * 8.8, 20)! - 1.2) < 1e-9);
    assert.equal(equivalentRectangleWidth(100, 10), null);
  });
  test('a door sits in the wall of the rooms on its two sides, not of a room it passes at a corner', () => {
    const bedroom = { x0: 7.65, y0: 4.25, x1: 11.7, y1: 9.7 };
    const hall = { x0: 0.3, y0: 4.01, x1: 7.41, y1: 5.75 };
    const door = { x0: 7.41, y0: 4.5575, x1: 7.51, y1: 5.4425 };
    assert.ok(doorSitsInRoomWall(bedroom, door));
    assert.ok(doorSitsInRoomWall(hall, door));
    const kitchen = { x0: 0.3, y0: 0.3, x1: 4.695, y1: 4.01 };
    assert.equal(doorSitsInRoomWall(kitchen, { x0: 4.9, y0: 4.01, x1: 5.8, y1: 4.25 }), false);
    assert.ok(doorSitsInRoomWall(kitchen, { x0: 3.0, y0: 4.01, x1: 3.9, y1: 4.25 }));
  });
  test('rectangles cluster by distance', () => {
    assert.equal(rectDistance({ x0: 0, y0: 0, x1: 1, y1: 1 }, { x0: 4, y0: 5, x1: 5, y1: 6 }), 5);
    assert.deepEqual(clusterRects([{ x0: 0, y0: 0, x1: 1, y1: 3 }, { x0: 1.5, y0: 0, x1: 2.5, y1: 3 }, { x0: 40, y0: 0, x1: 41, y1: 3 }], 1).map((g) => g.sort()), [[0, 1], [2]]);
  });
});
