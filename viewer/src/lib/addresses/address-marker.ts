import { Cartesian3, Color, type Entity, type Viewer } from 'cesium';

/** Entity id of the marker, for tests reading it through `viewer.entities`. */
export const ADDRESS_MARKER_ID = 'address-marker';

const MARKER_COLOUR = Color.fromCssColorString('#ff3d00');

/**
 * A dot at the door-plate point of the picked address. The twin's ground is the ellipsoid, so
 * the dot stands at height 0 rather than clamped: clamping would also put it on the roof of a
 * building whose footprint holds the point. It is drawn through buildings so a facade never
 * hides it.
 */
export class AddressMarker {
  private entity: Entity | undefined;

  constructor(private readonly viewer: Viewer) {}

  /** Puts the marker at a `[lon, lat]` point, or removes it with null or undefined. */
  show(point: [number, number] | null | undefined): void {
    if (this.entity) this.viewer.entities.remove(this.entity);
    this.entity = undefined;
    if (point) {
      this.entity = this.viewer.entities.add({
        id: ADDRESS_MARKER_ID,
        position: Cartesian3.fromDegrees(point[0], point[1], 0),
        point: {
          pixelSize: 12,
          color: MARKER_COLOUR,
          outlineColor: Color.WHITE,
          outlineWidth: 2,
          disableDepthTestDistance: Number.POSITIVE_INFINITY,
        },
      });
    }
    this.viewer.scene.requestRender();
  }

  /** Whether a `scene.pick` result is the marker (a click on it means the building beneath). */
  owns(picked: unknown): boolean {
    return this.entity !== undefined && typeof picked === 'object' && picked !== null && (picked as { id?: unknown }).id === this.entity;
  }
}
