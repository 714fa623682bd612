/** A longitude/latitude pair in degrees. */
export type LonLat = [number, number];

/** What is drawn: a cross-section line (two points) or an excavation outline (a polygon). */
export type DrawingKind = 'line' | 'polygon';

/** The state of a drawing on the ground: idle, collecting points, or finished. */
export type DrawingState =
  | { status: 'idle' }
  | { status: 'drawing'; kind: DrawingKind; points: LonLat[] }
  | { status: 'done'; kind: DrawingKind; points: LonLat[] };

/** No drawing. */
export const IDLE_DRAWING: DrawingState = Object.freeze({ status: 'idle' });

/** Points that close a line; a polygon needs at least {@link MIN_POLYGON_POINTS}. */
export const LINE_POINTS = 2;
/** Fewest points of an excavation outline. */
export const MIN_POLYGON_POINTS = 3;

/** Closer than this (degrees, about 5 cm) a click repeats the previous point, as a double-click's clicks do. */
const SAME_POINT = 5e-7;

/** Starts drawing a line or a polygon, dropping whatever was drawn. */
export function startDrawing(kind: DrawingKind): DrawingState {
  return { status: 'drawing', kind, points: [] };
}

/**
 * Adds a clicked point. A line finishes at its second point; a point on top of the previous one
 * (the second click of a double-click) is ignored. Outside drawing nothing changes.
 */
export function addDrawingPoint(state: DrawingState, point: LonLat): DrawingState {
  if (state.status !== 'drawing') return state;
  const last = state.points[state.points.length - 1];
  if (last && Math.abs(last[0] - point[0]) < SAME_POINT && Math.abs(last[1] - point[1]) < SAME_POINT) return state;
  const points = [...state.points, point];
  if (state.kind === 'line' && points.length >= LINE_POINTS) return { status: 'done', kind: 'line', points };
  return { ...state, points };
}

/** Closes a polygon (double-click or Enter) once it has enough points; else nothing changes. */
export function finishDrawing(state: DrawingState): DrawingState {
  if (state.status !== 'drawing') return state;
  const needed = state.kind === 'line' ? LINE_POINTS : MIN_POLYGON_POINTS;
  if (state.points.length < needed) return state;
  return { status: 'done', kind: state.kind, points: state.points };
}

/** Escape: drops the drawing. */
export function cancelDrawing(): DrawingState {
  return IDLE_DRAWING;
}

/** The points to draw, with the point under the pointer appended while drawing. */
export function drawnPoints(state: DrawingState, pointer?: LonLat): LonLat[] {
  if (state.status === 'idle') return [];
  if (state.status === 'drawing' && pointer) return [...state.points, pointer];
  return state.points;
}
