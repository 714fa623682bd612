import {
  buildModuleUrl,
  Color,
  EllipsoidTerrainProvider,
  ImageryLayer,
  TileMapServiceImageryProvider,
  Viewer,
} from 'cesium';
import type { RenderMode } from '../config/viewer-settings.ts';

/** Options of {@link createOfflineViewer}. */
export interface OfflineViewerOptions {
  renderMode: RenderMode;
  /** Globe colour where no imagery is drawn (and if the bundled imagery fails). */
  globeColor: string;
}

/** Defaults of {@link createOfflineViewer}. */
export const OFFLINE_VIEWER_DEFAULTS: OfflineViewerOptions = {
  renderMode: 'on-demand',
  globeColor: '#2b3a4a',
};

/**
 * A Cesium viewer that needs no network beyond its own server: Natural Earth II imagery from
 * Cesium's bundled assets, an ellipsoid globe, and none of the widgets that call ion or
 * geocoding services.
 */
export function createOfflineViewer(container: HTMLElement, options: Partial<OfflineViewerOptions> = {}): Viewer {
  const settings = { ...OFFLINE_VIEWER_DEFAULTS, ...options };
  const imagery = TileMapServiceImageryProvider.fromUrl(buildModuleUrl('Assets/Textures/NaturalEarthII'));
  const viewer = new Viewer(container, {
    baseLayer: ImageryLayer.fromProviderAsync(imagery, {}),
    terrainProvider: new EllipsoidTerrainProvider(),
    baseLayerPicker: false,
    geocoder: false,
    homeButton: false,
    sceneModePicker: false,
    navigationHelpButton: false,
    animation: false,
    timeline: false,
    fullscreenButton: false,
    infoBox: false,
    selectionIndicator: false,
    requestRenderMode: settings.renderMode === 'on-demand',
    maximumRenderTimeChange: Infinity,
  });
  viewer.scene.globe.baseColor = Color.fromCssColorString(settings.globeColor);
  imagery.catch((error: unknown) => console.warn('viewer: bundled imagery unavailable, plain globe shown', error));
  return viewer;
}
