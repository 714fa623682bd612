import { ScreenSpaceEventHandler, ScreenSpaceEventType, type Cartesian2, type Scene } from 'cesium';
import type { LayerRegistry } from '../layers/layer-registry.ts';
import type { FeatureHighlighter } from './feature-highlighter.ts';
import { featureOfPicked } from './pick-feature.ts';

/** What a click on the canvas does at a canvas position (CSS pixels from its top-left corner). */
export type ClickHandler = (x: number, y: number) => void;

/** What else follows the mouse: the object under it (a `scene.pick` result) and where it is. */
export type HoverHandler = (picked: unknown, x: number, y: number) => void;

/**
 * Wires the mouse to the twin: a click goes to `onClick`, a move highlights the feature under
 * the pointer and hands the picked object to `onHover` (sensor labels, grid cell codes).
 * Picking renders the scene once more, so moves are coalesced to one pick per animation frame.
 * Returns a function that removes the handlers.
 */
export function attachPointerPicking(
  scene: Scene,
  registry: LayerRegistry,
  highlighter: FeatureHighlighter,
  onClick: ClickHandler,
  onHover?: HoverHandler,
): () => void {
  const handler = new ScreenSpaceEventHandler(scene.canvas);
  let pendingMove: Cartesian2 | undefined;
  let frame: number | undefined;

  handler.setInputAction((event: ScreenSpaceEventHandler.PositionedEvent) => {
    onClick(event.position.x, event.position.y);
  }, ScreenSpaceEventType.LEFT_CLICK);

  handler.setInputAction((event: ScreenSpaceEventHandler.MotionEvent) => {
    pendingMove = event.endPosition;
    frame ??= requestAnimationFrame(() => {
      frame = undefined;
      const position = pendingMove;
      if (!position) return;
      const object: unknown = scene.pick(position);
      const picked = featureOfPicked(object, registry);
      highlighter.hover(picked && { layerId: picked.layerId, id: picked.id });
      onHover?.(object, position.x, position.y);
    });
  }, ScreenSpaceEventType.MOUSE_MOVE);

  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    handler.destroy();
  };
}
