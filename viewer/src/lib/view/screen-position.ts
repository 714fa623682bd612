import { Cartesian3, SceneTransforms, type Scene } from 'cesium';

/**
 * Where a geographic point appears in the page viewport (CSS pixels), or undefined when it is
 * behind the camera or outside the canvas.
 */
export function screenPositionOf(
  scene: Scene,
  longitude: number,
  latitude: number,
  height = 0,
): { x: number; y: number } | undefined {
  const world = Cartesian3.fromDegrees(longitude, latitude, height);
  const onCanvas = SceneTransforms.worldToWindowCoordinates(scene, world);
  if (!onCanvas) return undefined;
  const canvas = scene.canvas;
  if (onCanvas.x < 0 || onCanvas.y < 0 || onCanvas.x > canvas.clientWidth || onCanvas.y > canvas.clientHeight) {
    return undefined;
  }
  const bounds = canvas.getBoundingClientRect();
  return { x: bounds.left + onCanvas.x, y: bounds.top + onCanvas.y };
}
