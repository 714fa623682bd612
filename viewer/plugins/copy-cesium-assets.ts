import { cpSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/** Options of {@link copyCesiumAssets}. */
export interface CopyCesiumAssetsOptions {
  /** Folder under the build output that receives Cesium's static files. */
  target: string;
  /** Folders of `cesium/Build/Cesium` to copy. */
  folders: readonly string[];
}

/** Defaults of {@link copyCesiumAssets}: everything Cesium loads at run time. */
export const COPY_CESIUM_ASSETS_DEFAULTS: CopyCesiumAssetsOptions = {
  target: 'cesium',
  folders: ['Workers', 'Assets', 'Widgets', 'ThirdParty'],
};

/** Where the installed `cesium` package keeps its prebuilt static files. */
export function findCesiumBuildFolder(): string {
  const require = createRequire(import.meta.url);
  const folder = join(dirname(require.resolve('cesium/package.json')), 'Build', 'Cesium');
  if (!existsSync(folder)) {
    throw new Error(`copy-cesium-assets: ${folder} is missing; reinstall the cesium package`);
  }
  return folder;
}

/**
 * Vite plugin that copies Cesium's workers, assets, widget styles and third-party files into
 * the build output, so the viewer runs from local files only (the dev server serves them too).
 */
export function copyCesiumAssets(options: Partial<CopyCesiumAssetsOptions> = {}): Plugin {
  const settings = { ...COPY_CESIUM_ASSETS_DEFAULTS, ...options };
  let config: ResolvedConfig | undefined;
  return {
    name: 'cimtwin:copy-cesium-assets',
    configResolved(resolved) {
      config = resolved;
    },
    configureServer(server) {
      const source = findCesiumBuildFolder();
      const prefix = `/${settings.target}/`;
      server.middlewares.use((request, _response, next) => {
        if (request.url?.startsWith(prefix)) {
          request.url = `/@fs${source}/${request.url.slice(prefix.length)}`;
        }
        next();
      });
    },
    writeBundle() {
      if (!config) return;
      const source = findCesiumBuildFolder();
      const destination = resolve(config.root, config.build.outDir, settings.target);
      for (const folder of settings.folders) {
        cpSync(join(source, folder), join(destination, folder), { recursive: true });
      }
    },
  };
}
