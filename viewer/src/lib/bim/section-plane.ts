import { Cartesian3, ClippingPlane, ClippingPlaneCollection, Color, type Cesium3DTileset } from 'cesium';

/** Colour of the cut edge. */
export const SECTION_EDGE_COLOR = '#ffb300';

/**
 * Cuts a tileset horizontally at `height` metres of the model frame, or removes the cut with
 * null. Cesium places a tileset's clipping planes in its root tile's frame when the root's
 * bounding volume is not on the globe (as with the BIM tiles, whose root transform maps model
 * metres, z up, to ECEF), so the normal (0, 0, -1) at distance h keeps everything below h.
 */
export function applySection(tileset: Cesium3DTileset, height: number | null): void {
  if (height === null) {
    if (tileset.clippingPlanes) tileset.clippingPlanes.enabled = false;
    return;
  }
  if (!tileset.clippingPlanes) {
    tileset.clippingPlanes = new ClippingPlaneCollection({
      planes: [new ClippingPlane(new Cartesian3(0, 0, -1), height)],
      edgeWidth: 1.5,
      edgeColor: Color.fromCssColorString(SECTION_EDGE_COLOR),
    });
  }
  const plane = tileset.clippingPlanes.get(0);
  plane.distance = height;
  tileset.clippingPlanes.enabled = true;
}
