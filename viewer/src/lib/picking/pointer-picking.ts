import { ScreenSpaceEventHandler, ScreenSpaceEventType, type Cartesian2, type Scene } from 'cesium';
import type { LayerRegistry } from '../layers/layer-registry.ts';
import type { FeatureHighlighter } from './feature-highlighter.ts';
import { pickFeature } from './pick-feature.ts';

/** What a click on the canvas does at a canvas position (CSS pixels from its top-left corner). */
export type ClickHandler = (x: number, y: number) => void;

/**
 * Wires the mouse to the twin: a click goes to `onClick`, a move highlights the feature under the pointer.
 * Picking renders the scene once more, so moves are coalesced to one pick per animation frame.
 * Returns a function that removes the handlers.
 */
export function attachPointerPicking(
  scene: Scene,
  registry: LayerRegistry,
  highlighter: FeatureHighlighter,
  onClick: ClickHandler,
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
      const picked = pickFeature(scene, registry, position.x, position.y);
      highlighter.hover(picked && { layerId: picked.layerId, id: picked.id });
    });
  }, ScreenSpaceEventType.MOUSE_MOVE);

  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    handler.destroy();
  };
}
