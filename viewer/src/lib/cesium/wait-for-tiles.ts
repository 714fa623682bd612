import type { Cesium3DTileset, Scene } from 'cesium';

/**
 * Resolves once the tileset has loaded the tiles the current view needs. Cesium raises
 * `initialTilesLoaded` only once and `allTilesLoaded` only on a change, so the `tilesLoaded`
 * flag is also checked after every frame. A hidden tileset loads nothing and counts as done.
 */
export function waitForTilesLoaded(scene: Scene, tileset: Cesium3DTileset): Promise<void> {
  return new Promise((resolve) => {
    const removers: (() => void)[] = [];
    const finish = () => {
      removers.forEach((remove) => remove());
      resolve();
    };
    removers.push(
      tileset.initialTilesLoaded.addEventListener(finish),
      tileset.allTilesLoaded.addEventListener(finish),
      scene.postRender.addEventListener(() => {
        if (tileset.isDestroyed() || !tileset.show || tileset.tilesLoaded) finish();
      }),
    );
    scene.requestRender();
  });
}

/**
 * Resolves once the globe and every shown tileset have nothing left to load for
 * `settleFrames` frames in a row, so a screenshot taken then is stable.
 */
export function waitForSceneIdle(scene: Scene, settleFrames = 3): Promise<void> {
  return new Promise((resolve) => {
    let quietFrames = 0;
    const remove = scene.postRender.addEventListener(() => {
      quietFrames = isSceneIdle(scene) ? quietFrames + 1 : 0;
      if (quietFrames >= settleFrames) {
        remove();
        resolve();
      } else {
        scene.requestRender();
      }
    });
    scene.requestRender();
  });
}

function isSceneIdle(scene: Scene): boolean {
  if (!scene.globe.tilesLoaded) return false;
  for (let index = 0; index < scene.primitives.length; index++) {
    const primitive = scene.primitives.get(index) as Partial<Cesium3DTileset>;
    if (primitive.show !== false && primitive.tilesLoaded === false) return false;
  }
  return true;
}
