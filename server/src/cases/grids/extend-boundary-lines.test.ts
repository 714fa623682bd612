import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extendLooseEnds, type Box, type Position } from './extend-boundary-lines.ts';

const BOX: Box = [0, 0, 10, 10];

test('a loose end is carried straight on to the edge of the box', () => {
  // A line heading east-south-east that stops at x = 8: on to x = 10 along its last segment.
  const [line] = extendLooseEnds([[[2, 6], [8, 5]]], BOX);
  assert.deepEqual(line[0], [0, 6 + 2 / 6]);
  assert.deepEqual(line.at(-1), [10, 5 - 2 / 6]);
  assert.equal(line.length, 4);
});

test('ends that meet another line stay; the chain is extended at its two loose ends only', () => {
  const chain: Position[][] = [
    [[3, 9], [3, 5]],
    [[3, 5], [6, 2]],
  ];
  const [north, south] = extendLooseEnds(chain, BOX);
  assert.deepEqual(north, [[3, 10], [3, 9], [3, 5]]);
  assert.deepEqual(south, [[3, 5], [6, 2], [8, 0]]);
});

test('an end on or outside the box edge, and a line of one point, are left alone', () => {
  const lines: Position[][] = [[[0, 5], [5, 5], [12, 5]], [[4, 4]]];
  assert.deepEqual(extendLooseEnds(lines, BOX), lines);
});
