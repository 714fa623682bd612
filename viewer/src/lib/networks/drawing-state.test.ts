import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDrawingPoint, cancelDrawing, drawnPoints, finishDrawing, IDLE_DRAWING, startDrawing, type DrawingState } from './drawing-state.ts';

test('a line finishes at its second point', () => {
  let state = startDrawing('line');
  state = addDrawingPoint(state, [121.5029, 31.2345]);
  assert.equal(state.status, 'drawing');
  state = addDrawingPoint(state, [121.5032, 31.235]);
  assert.deepEqual(state, { status: 'done', kind: 'line', points: [[121.5029, 31.2345], [121.5032, 31.235]] });
  assert.equal(addDrawingPoint(state, [121.6, 31.3]), state, 'a finished drawing takes no more points');
});

test('a polygon collects points until it is closed, and needs three', () => {
  let state: DrawingState = startDrawing('polygon');
  state = addDrawingPoint(state, [0, 0]);
  state = addDrawingPoint(state, [0.001, 0]);
  assert.equal(finishDrawing(state), state, 'two points do not close a polygon');
  state = addDrawingPoint(state, [0.001, 0.001]);
  state = addDrawingPoint(state, [0.001, 0.001]);
  assert.equal(state.status === 'drawing' && state.points.length, 3, 'the repeated click of a double-click is dropped');
  state = finishDrawing(state);
  assert.equal(state.status, 'done');
  assert.equal(state.status === 'done' && state.points.length, 3);
});

test('escape cancels and idle ignores points', () => {
  const state = addDrawingPoint(startDrawing('polygon'), [1, 1]);
  assert.equal(cancelDrawing(), IDLE_DRAWING);
  assert.equal(addDrawingPoint(IDLE_DRAWING, [1, 1]), IDLE_DRAWING);
  assert.deepEqual(drawnPoints(state, [2, 2]), [[1, 1], [2, 2]]);
  assert.deepEqual(drawnPoints(IDLE_DRAWING, [2, 2]), []);
});
