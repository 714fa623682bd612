import { Ion } from 'cesium';

declare global {
  interface Window {
    /** Where Cesium loads its workers and assets from; read by Cesium's `buildModuleUrl`. */
    CESIUM_BASE_URL?: string;
  }
}

/** Folder, next to the page, that the build copies Cesium's static files into. */
export const CESIUM_ASSETS_FOLDER = 'cesium/';

/**
 * Points Cesium at the assets shipped beside the page and switches Cesium ion off, so the
 * viewer never reaches beyond its own server. Call before creating a viewer.
 */
export function configureOfflineCesium(pageUrl: string = document.baseURI): void {
  window.CESIUM_BASE_URL = new URL(CESIUM_ASSETS_FOLDER, pageUrl).href;
  Ion.defaultAccessToken = '';
}
