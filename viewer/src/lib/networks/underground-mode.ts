import type { Scene } from 'cesium';

/** How see-through underground mode makes the ground. */
export interface UndergroundModeOptions {
  /** Opacity of the globe seen from above. */
  frontFaceAlpha: number;
  /** Opacity of the globe seen from below. */
  backFaceAlpha: number;
  /** Opacity of the city layers (buildings, land use, water) while the mode is on. */
  layerOpacity: number;
}

/** Defaults of {@link UndergroundMode}: the ground a third opaque, city layers faint. */
export const UNDERGROUND_MODE_DEFAULTS: Readonly<UndergroundModeOptions> = Object.freeze({
  frontFaceAlpha: 0.35,
  backFaceAlpha: 0.08,
  layerOpacity: 0.35,
});

interface SavedScene {
  translucency: boolean;
  frontFaceAlpha: number;
  backFaceAlpha: number;
  collision: boolean;
}

/**
 * Underground mode (地下模式): a translucent globe and no camera collision with the surface,
 * so the camera can go below the ground to look at the pipes, and faint city layers. The scene's
 * settings are saved when the mode goes on and put back when it goes off.
 */
export class UndergroundMode {
  private saved: SavedScene | undefined;
  private readonly listeners = new Set<(on: boolean) => void>();

  constructor(
    private readonly scene: Scene,
    private readonly setLayerOpacity: (opacity: number) => void,
    private readonly options: UndergroundModeOptions = UNDERGROUND_MODE_DEFAULTS,
  ) {}

  /** Whether the mode is on. */
  get on(): boolean {
    return this.saved !== undefined;
  }

  /** Calls `listener` when the mode changes; returns a function that stops it. */
  onChange(listener: (on: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Switches the mode on or off. */
  set(on: boolean): void {
    if (on === this.on) return;
    const globe = this.scene.globe;
    const controller = this.scene.screenSpaceCameraController;
    if (on) {
      this.saved = {
        translucency: globe.translucency.enabled,
        frontFaceAlpha: globe.translucency.frontFaceAlpha,
        backFaceAlpha: globe.translucency.backFaceAlpha,
        collision: controller.enableCollisionDetection,
      };
      globe.translucency.enabled = true;
      globe.translucency.frontFaceAlpha = this.options.frontFaceAlpha;
      globe.translucency.backFaceAlpha = this.options.backFaceAlpha;
      controller.enableCollisionDetection = false;
      this.setLayerOpacity(this.options.layerOpacity);
    } else {
      const saved = this.saved!;
      this.saved = undefined;
      globe.translucency.enabled = saved.translucency;
      globe.translucency.frontFaceAlpha = saved.frontFaceAlpha;
      globe.translucency.backFaceAlpha = saved.backFaceAlpha;
      controller.enableCollisionDetection = saved.collision;
      this.setLayerOpacity(1);
    }
    this.scene.requestRender();
    this.listeners.forEach((listener) => listener(on));
  }
}
