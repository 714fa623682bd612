import {
  CallbackProperty,
  Cartesian2,
  Cartesian3,
  Cartographic,
  Color,
  Math as CesiumMath,
  PolygonHierarchy,
  ScreenSpaceEventHandler,
  ScreenSpaceEventType,
  type Entity,
  type Viewer,
} from 'cesium';
import {
  addDrawingPoint,
  cancelDrawing,
  drawnPoints,
  finishDrawing,
  IDLE_DRAWING,
  startDrawing,
  type DrawingKind,
  type DrawingState,
  type LonLat,
} from './drawing-state.ts';

/** Drawn lines and outlines float this far above the ellipsoid, the twin's ground. */
const DRAWING_HEIGHT = 0.3;
/** How long after its last click a drawing still claims clicks, ms. */
const CLICK_GRACE_MS = 250;
const DRAWING_COLOUR = Color.fromCssColorString('#ffeb3b');

/**
 * Draws a line or polygon on the ground with the mouse: clicks add points (picked on the
 * ellipsoid, so a translucent globe does not matter), a double-click or Enter closes a polygon,
 * Escape cancels. The drawing stays shown as entities until the next one or {@link clear}.
 */
export class GroundDrawing {
  private state: DrawingState = IDLE_DRAWING;
  private pointer: LonLat | undefined;
  private readonly handler: ScreenSpaceEventHandler;
  private entity: Entity | undefined;
  private finished: ((points: LonLat[] | undefined) => void) | undefined;
  private lastClick = -Infinity;

  constructor(
    private readonly viewer: Viewer,
    private readonly onStateChange: (state: DrawingState) => void = () => {},
  ) {
    // The viewer's own double-click zooms to the entity under it: the drawing's outline.
    viewer.cesiumWidget.screenSpaceEventHandler.removeInputAction(ScreenSpaceEventType.LEFT_DOUBLE_CLICK);
    this.handler = new ScreenSpaceEventHandler(viewer.scene.canvas);
    this.handler.setInputAction((event: ScreenSpaceEventHandler.PositionedEvent) => {
      if (this.state.status !== 'drawing') return;
      this.lastClick = performance.now();
      const point = this.groundAt(event.position);
      if (point) this.update(addDrawingPoint(this.state, point));
    }, ScreenSpaceEventType.LEFT_CLICK);
    this.handler.setInputAction(() => this.update(finishDrawing(this.state)), ScreenSpaceEventType.LEFT_DOUBLE_CLICK);
    this.handler.setInputAction((event: ScreenSpaceEventHandler.MotionEvent) => {
      if (this.state.status !== 'drawing') return;
      this.pointer = this.groundAt(event.endPosition);
      viewer.scene.requestRender();
    }, ScreenSpaceEventType.MOUSE_MOVE);
    document.addEventListener('keydown', (event) => {
      if (this.state.status !== 'drawing') return;
      if (event.key === 'Escape') this.update(cancelDrawing());
      if (event.key === 'Enter') this.update(finishDrawing(this.state));
    });
  }

  /** Whether points are being collected (clicks then belong to the drawing, not to picking). */
  get active(): boolean {
    return this.state.status === 'drawing';
  }

  /**
   * Whether a click now belongs to the drawing: while drawing, and just after the click that
   * closed it (the picking handler may see that click after this one has finished the line).
   */
  get capturesClicks(): boolean {
    return this.active || performance.now() - this.lastClick < CLICK_GRACE_MS;
  }

  /** What is being drawn, if anything. */
  get kind(): DrawingKind | undefined {
    return this.state.status === 'drawing' ? this.state.kind : undefined;
  }

  /** Starts drawing; resolves with the points once closed, or undefined if cancelled. */
  draw(kind: DrawingKind): Promise<LonLat[] | undefined> {
    this.finished?.(undefined);
    this.update(startDrawing(kind));
    return new Promise((resolve) => (this.finished = resolve));
  }

  /** Shows a drawing given as points (the page API's drawings), replacing the last one. */
  show(kind: DrawingKind, points: LonLat[]): void {
    this.finished?.(undefined);
    this.finished = undefined;
    this.update({ status: 'done', kind, points });
  }

  /** Cancels a drawing and removes what was drawn. */
  clear(): void {
    this.update(cancelDrawing());
  }

  private update(next: DrawingState): void {
    if (next === this.state) return;
    const previous = this.state;
    this.state = next;
    if (previous.status !== 'drawing' || next.status === 'idle') this.redraw();
    this.viewer.scene.requestRender();
    this.onStateChange(next);
    if (next.status !== 'drawing' && previous.status === 'drawing') {
      const finished = this.finished;
      this.finished = undefined;
      finished?.(next.status === 'done' ? next.points : undefined);
    }
  }

  private redraw(): void {
    if (this.entity) this.viewer.entities.remove(this.entity);
    this.entity = undefined;
    if (this.state.status === 'idle') return;
    const kind = this.state.kind;
    const positions = new CallbackProperty(() => toCartesians(drawnPoints(this.state, this.pointer), kind === 'polygon'), false);
    this.entity = this.viewer.entities.add({
      polyline: { positions, width: 3, material: DRAWING_COLOUR, depthFailMaterial: DRAWING_COLOUR },
      ...(kind === 'polygon'
        ? {
            polygon: {
              hierarchy: new CallbackProperty(() => new PolygonHierarchy(toCartesians(drawnPoints(this.state, this.pointer), false)), false),
              height: DRAWING_HEIGHT,
              material: DRAWING_COLOUR.withAlpha(0.25),
            },
          }
        : {}),
    });
  }

  private groundAt(position: Cartesian2): LonLat | undefined {
    const scene = this.viewer.scene;
    const world = scene.camera.pickEllipsoid(position, scene.globe.ellipsoid);
    if (!world) return undefined;
    const place = Cartographic.fromCartesian(world);
    return [CesiumMath.toDegrees(place.longitude), CesiumMath.toDegrees(place.latitude)];
  }
}

function toCartesians(points: LonLat[], closed: boolean): Cartesian3[] {
  const ring = closed && points.length > 2 ? [...points, points[0]] : points;
  return ring.map(([lon, lat]) => Cartesian3.fromDegrees(lon, lat, DRAWING_HEIGHT));
}
